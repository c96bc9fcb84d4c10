// The plan texts as the tests read them, under the build's one quote rule (`normalizeQuote`), so
// "verbatim in seeds/" is checked the way the build checks it.
import { readFileSync } from 'node:fs';
import { normalizeQuote, countOccurrences } from '../../src/lib/citations/normalize-quote';

export function seedText(seed: string): string {
  return normalizeQuote(readFileSync(`seeds/${seed}.txt`, 'utf8'));
}

export const occurrences = countOccurrences;
