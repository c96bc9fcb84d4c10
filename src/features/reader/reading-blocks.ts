// The document in reading order: headings (those not run into a paragraph) interleaved with paragraphs.
import type { Heading, Paragraph, PlanDocument } from '../../lib/documents/document-types';

export type ReadingBlock = { type: 'heading'; heading: Heading } | { type: 'paragraph'; paragraph: Paragraph; index: number };

export function readingBlocks(doc: PlanDocument): ReadingBlock[] {
  const headingsAt = new Map<number, Heading[]>();
  for (const h of doc.headings) {
    if (h.runIn) continue;
    headingsAt.set(h.paragraphIndex, [...(headingsAt.get(h.paragraphIndex) ?? []), h]);
  }
  const blocks: ReadingBlock[] = [];
  doc.paragraphs.forEach((paragraph, index) => {
    for (const heading of headingsAt.get(index) ?? []) blocks.push({ type: 'heading', heading });
    blocks.push({ type: 'paragraph', paragraph, index });
  });
  for (const heading of headingsAt.get(doc.paragraphs.length) ?? []) blocks.push({ type: 'heading', heading });
  return blocks;
}

/** Splits text into plain and marked runs: the quote (if given) and every occurrence of the search term. */
export function markRuns(text: string, quote: string | undefined, term: string): { text: string; mark?: 'quote' | 'match' }[] {
  const ranges: [number, number, 'quote' | 'match'][] = [];
  if (quote) {
    const i = text.indexOf(quote);
    if (i >= 0) ranges.push([i, i + quote.length, 'quote']);
  }
  if (term) {
    for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) {
      if (!ranges.some(([a, b]) => i < b && i + term.length > a)) ranges.push([i, i + term.length, 'match']);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const runs: { text: string; mark?: 'quote' | 'match' }[] = [];
  let at = 0;
  for (const [a, b, mark] of ranges) {
    if (a > at) runs.push({ text: text.slice(at, a) });
    runs.push({ text: text.slice(a, b), mark });
    at = b;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
