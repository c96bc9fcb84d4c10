// The plan texts as the tests read them: line breaks (and the whitespace around them) removed,
// the same rule the citation resolver uses, so "verbatim in seeds/" can be checked directly.
import { readFileSync } from 'node:fs';

export function seedText(seed: string): string {
  return readFileSync(`seeds/${seed}.txt`, 'utf8').replace(/[ \t\u3000]*\r?\n[\s\u3000]*/g, '');
}

export function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) n++;
  return n;
}
