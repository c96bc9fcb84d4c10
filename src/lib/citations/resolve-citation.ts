// Exact citation matching: a quote must occur exactly once in the document's paragraphs and
// headings (after prefix/suffix filtering). No fuzzy matching: anything else is an error naming
// the item and the quote.
import type { Heading, Paragraph, PlanDocument } from '../documents/document-types';
import { normalizeQuote } from './normalize-quote';
import type { Citation, CitationErrorReason, CitationFailure, ResolvedCitation } from './citation-types';

export class CitationError extends Error {
  constructor(
    readonly reason: CitationErrorReason,
    message: string,
    readonly matches: number,
  ) {
    super(message);
    this.name = 'CitationError';
  }
}

/** Resolves a citation or throws a CitationError whose message names `itemId` and the quote. */
export function resolveCitation(doc: PlanDocument, citation: Citation, itemId = '(unnamed item)'): ResolvedCitation {
  const result = tryResolveCitation(doc, citation, itemId);
  if (!result.ok) throw new CitationError(result.reason, result.message, result.matches);
  const { ok: _ok, ...resolved } = result;
  return resolved;
}

/** Like resolveCitation, but returns the failure instead of throwing. */
export function tryResolveCitation(
  doc: PlanDocument,
  citation: Citation,
  itemId = '(unnamed item)',
): ({ ok: true } & ResolvedCitation) | CitationFailure {
  const fail = (reason: CitationErrorReason, detail: string, matches = 0): CitationFailure => ({
    ok: false,
    reason,
    matches,
    message: `${itemId}: ${detail} in ${doc.id}: «${citation.quote}»`,
  });
  if (citation.seed !== doc.id) return fail('wrong-document', `citation is for ${citation.seed}, not`);
  const quote = normalizeQuote(citation.quote);
  const prefix = normalizeQuote(citation.prefix ?? '');
  const suffix = normalizeQuote(citation.suffix ?? '');
  if (!quote) return fail('not-found', 'empty quote');

  // Reading text: headings and paragraphs in order, so a prefix may reach back into the previous block.
  const reading = readingText(doc);
  const hits: { block: ReadingBlock; start: number }[] = [];
  for (const block of reading.blocks) {
    for (let i = block.text.indexOf(quote); i !== -1; i = block.text.indexOf(quote, i + 1)) {
      const at = block.offset + i;
      if (prefix && reading.text.slice(at - prefix.length, at) !== prefix) continue;
      if (suffix && reading.text.slice(at + quote.length, at + quote.length + suffix.length) !== suffix) continue;
      hits.push({ block, start: i });
    }
  }
  if (hits.length === 0) {
    // A table cell the export broke over two lines (研究与试验发展(R&D)经 / 费投入强度) reads as one.
    const cells = tableCellHits(doc, quote, prefix, suffix);
    if (cells.length === 1) return { ok: true, ...cells[0]! };
    if (cells.length > 1) return fail('ambiguous', `quote found ${cells.length}× in table cells (add a prefix or suffix)`, cells.length);
    return fail('not-found', 'quote not found');
  }
  if (hits.length > 1) return fail('ambiguous', `quote found ${hits.length}× (add a prefix or suffix)`, hits.length);

  const { block, start } = hits[0]!;
  const end = start + quote.length;
  const titles = new Map(doc.headings.map((h) => [h.id, h.text]));
  if (block.paragraph) {
    return {
      ok: true,
      paragraphId: block.paragraph.id,
      start,
      end,
      headingPath: block.paragraph.headingPath.map((id) => titles.get(id) ?? id),
      lines: [lineAt(block.paragraph, start), lineAt(block.paragraph, end - 1)],
    };
  }
  const heading = block.heading!;
  const next = doc.paragraphs[heading.paragraphIndex];
  if (!next) return fail('no-paragraph', 'quote is in a heading no paragraph follows', 1);
  return {
    ok: true,
    paragraphId: next.id,
    headingId: heading.id,
    start,
    end,
    headingPath: [...headingAncestors(doc, heading), heading].map((h) => h.text),
    lines: heading.lines,
  };
}

/** Where a quote occurs in table cells made of several lines (cells of one line are found above). */
function tableCellHits(doc: PlanDocument, quote: string, prefix: string, suffix: string): ResolvedCitation[] {
  const paragraphs = new Map(doc.paragraphs.map((p) => [p.id, p]));
  const titles = new Map(doc.headings.map((h) => [h.id, h.text]));
  const hits: ResolvedCitation[] = [];
  for (const table of doc.tables ?? []) {
    for (const cell of table.rows.flatMap((r) => r.cells)) {
      if (new Set(cell.parts.map((p) => p.paragraphId)).size < 2) continue;
      for (let i = cell.text.indexOf(quote); i !== -1; i = cell.text.indexOf(quote, i + 1)) {
        if ((prefix && !cell.text.slice(0, i).endsWith(prefix)) || (suffix && !cell.text.slice(i + quote.length).startsWith(suffix))) continue;
        // The part (line) the quote starts in, and the one it ends in.
        let offset = 0;
        const spans = cell.parts.map((part) => ({ part, from: offset, to: (offset += part.end - part.start) }));
        const first = spans.find((s) => i < s.to)!;
        const last = spans.find((s) => i + quote.length <= s.to)!;
        const paragraph = paragraphs.get(first.part.paragraphId)!;
        const start = first.part.start + i - first.from;
        hits.push({
          paragraphId: paragraph.id,
          start,
          end: first === last ? start + quote.length : first.part.end,
          headingPath: paragraph.headingPath.map((id) => titles.get(id) ?? id),
          lines: [paragraph.lines[0], paragraphs.get(last.part.paragraphId)!.lines[0]],
        });
      }
    }
  }
  return hits;
}

function headingAncestors(doc: PlanDocument, heading: Heading): Heading[] {
  const byId = new Map(doc.headings.map((h) => [h.id, h]));
  const chain: Heading[] = [];
  for (let h = heading.parentId ? byId.get(heading.parentId) : undefined; h; h = h.parentId ? byId.get(h.parentId) : undefined) {
    chain.unshift(h);
  }
  return chain;
}

interface ReadingBlock {
  text: string;
  offset: number;
  paragraph?: Paragraph;
  heading?: Heading;
}

const readingCache = new WeakMap<PlanDocument, { text: string; blocks: ReadingBlock[] }>();

function readingText(doc: PlanDocument): { text: string; blocks: ReadingBlock[] } {
  const cached = readingCache.get(doc);
  if (cached) return cached;
  const ordered = [
    ...doc.headings.filter((h) => !h.runIn).map((h) => ({ line: h.lines[0], text: h.text, heading: h })),
    ...doc.paragraphs.map((p) => ({ line: p.lines[0], text: p.text, paragraph: p })),
  ].sort((a, b) => a.line - b.line);
  const blocks: ReadingBlock[] = [];
  let offset = 0;
  for (const b of ordered) {
    blocks.push({ ...b, offset });
    offset += b.text.length;
  }
  const result = { text: ordered.map((b) => b.text).join(''), blocks };
  readingCache.set(doc, result);
  return result;
}

/** Seed line holding character `offset` of the paragraph. */
export function lineAt(paragraph: Paragraph, offset: number): number {
  let line = paragraph.lines[0];
  for (const [at, lineNo] of paragraph.lineStarts ?? []) {
    if (at > offset) break;
    line = lineNo;
  }
  return line;
}
