// The one "exact quote" rule: a quote matches a plan's text when both are equal after line breaks, and the
// spaces/tabs/U+3000 around them, are removed (a passage copied across a PDF line break still matches).
// Used by the build's resolver, the reader, the coverage tool and the tests.
import { flattenText } from '../documents/flatten-text';

export function normalizeQuote(text: string): string {
  return flattenText(text.replace(/\r\n?/g, '\n'));
}

/** How many times `needle` occurs in `haystack`, overlapping occurrences included. */
export function countOccurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) n++;
  return n;
}
