// The document in reading order: headings (those not run into a paragraph) interleaved with paragraphs
// and the tables rebuilt from table lines.
import type { DocumentTable, Heading, Paragraph, PlanDocument } from '../../lib/documents/document-types';

export type ReadingBlock =
  | { type: 'heading'; heading: Heading }
  | { type: 'paragraph'; paragraph: Paragraph; index: number }
  | { type: 'table'; table: DocumentTable };

export function readingBlocks(doc: PlanDocument): ReadingBlock[] {
  const headingsAt = new Map<number, Heading[]>();
  for (const h of doc.headings) {
    if (h.runIn) continue;
    headingsAt.set(h.paragraphIndex, [...(headingsAt.get(h.paragraphIndex) ?? []), h]);
  }
  // A rebuilt table stands where its first line was, in place of all its lines.
  const tableOf = new Map((doc.tables ?? []).flatMap((table) => table.paragraphIds.map((id) => [id, table] as const)));
  const blocks: ReadingBlock[] = [];
  doc.paragraphs.forEach((paragraph, index) => {
    for (const heading of headingsAt.get(index) ?? []) blocks.push({ type: 'heading', heading });
    const table = tableOf.get(paragraph.id);
    if (!table) blocks.push({ type: 'paragraph', paragraph, index });
    else if (table.paragraphIds[0] === paragraph.id) blocks.push({ type: 'table', table });
  });
  for (const heading of headingsAt.get(doc.paragraphs.length) ?? []) blocks.push({ type: 'heading', heading });
  return blocks;
}

export type RunMark = 'quote' | 'match' | 'unmapped';
export interface Run { text: string; mark?: RunMark; title?: string }
export interface ExtraMark { start: number; end: number; title: string }

/**
 * Splits text into plain and marked runs: the quote (if given), every occurrence of the search term,
 * and (where neither is) the unmapped spatial mentions of the coverage view, titled with their reason.
 */
export function markRuns(text: string, quote: string | undefined, term: string, unmapped: ExtraMark[] = []): Run[] {
  const ranges: [number, number, RunMark, string?][] = [];
  if (quote) {
    const i = text.indexOf(quote);
    if (i >= 0) ranges.push([i, i + quote.length, 'quote']);
  }
  if (term) {
    for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) {
      if (!ranges.some(([a, b]) => i < b && i + term.length > a)) ranges.push([i, i + term.length, 'match']);
    }
  }
  for (const u of unmapped) {
    if (!ranges.some(([a, b]) => u.start < b && u.end > a)) ranges.push([u.start, u.end, 'unmapped', u.title]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const runs: Run[] = [];
  let at = 0;
  for (const [a, b, mark, title] of ranges) {
    if (a > at) runs.push({ text: text.slice(at, a) });
    runs.push({ text: text.slice(a, b), mark, ...(title ? { title } : {}) });
    at = b;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}

/** The element showing a paragraph: its own, or the table row (or table) its line went into. */
export const paragraphSelector = (id: string): string => `[data-paragraph="${CSS.escape(id)}"], [data-paragraphs~="${CSS.escape(id)}"]`;
