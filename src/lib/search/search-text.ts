// Plan-text search: paragraphs that contain the query verbatim (Latin letters in any case), spread across
// the plans. It reads the index of where each character occurs (text-index.ts) through `TextReader`: only
// the shards of the query's characters and the chunks of the paragraphs it shows.
import { hasHan, isLatin } from './normalize';
import type { NameResults } from './search-names';
import { SCORE } from './search-names';
import { charShard, foldCase, readNumbers, type CharShard, type ParagraphRow, type TextLayout } from './text-index';

export interface TextHit {
  doc: string;
  paragraph: string;
  /** The matched words exactly as the paragraph has them (what the reader highlights). */
  quote: string;
  before: string;
  after: string;
}

export interface TextResults { hits: TextHit[]; total: number; needles: string[] }

/** Where the index comes from: the app fetches the files, a test builds them in memory. */
export interface TextReader {
  layout: TextLayout;
  /** The plans' ids in the index's order, each with how many paragraphs it has. */
  documents: { id: string; paragraphs: number }[];
  shard(k: number): Promise<CharShard>;
  chunk(c: number): Promise<ParagraphRow[]>;
}

const CONTEXT_BEFORE = 12;
const CONTEXT_AFTER = 28;

/**
 * What to look for in the plans. Chinese (or mixed) text is looked for as typed; for a pinyin or
 * English query the plans are searched for the Chinese names it found ("fenhe" → 汾河).
 */
export function textNeedles(raw: string, names: NameResults): string[] {
  const typed = raw.trim();
  if (!typed) return [];
  const needles = new Set<string>();
  if (hasHan(typed) || !isLatin(typed)) {
    needles.add(typed);
    needles.add(typed.normalize('NFKC'));
  } else {
    const strong = [...names.places, ...names.features].filter((h) => h.score >= SCORE.prefix).sort((a, b) => b.score - a.score);
    for (const h of strong.slice(0, 2)) needles.add(h.item.zh.replace(/(市|县|区)$/, '').split('·')[0]);
    if (typed.length >= 3) needles.add(typed);
  }
  return [...needles].filter((n) => n.length > 0);
}

// Paragraph and offset in one number (offsets stay below 2^20 units; paragraphs below 2^32).
const OFFSET_SPAN = 2 ** 20;

/** A character's occurrences as paragraph·OFFSET_SPAN + offset, decoded from its shard. */
function occurrencesOf(shard: CharShard, unit: string): Set<number> {
  const out = new Set<number>();
  const numbers = Object.hasOwn(shard, unit) ? readNumbers(shard[unit]) : [];
  let paragraph = 0;
  let offset = 0;
  for (let i = 0; i < numbers.length; i += 2) {
    paragraph += numbers[i];
    offset = numbers[i] === 0 ? offset + numbers[i + 1] : numbers[i + 1];
    out.add(paragraph * OFFSET_SPAN + offset);
  }
  return out;
}

/** Where a folded needle starts: where each of its characters (UTF-16 units) occurs at its distance from the first. */
function matchesOf(needle: string, occurrences: Map<string, Set<number>>): number[] {
  const lists = Array.from({ length: needle.length }, (_, i) => occurrences.get(needle[i])!);
  // Start from the rarest character; every other one must occur at its distance from it.
  let anchor = 0;
  lists.forEach((l, i) => { if (l.size < lists[anchor].size) anchor = i; });
  const starts: number[] = [];
  for (const at of lists[anchor]) {
    const start = at - anchor;
    if (start % OFFSET_SPAN > at % OFFSET_SPAN || start < 0) continue; // it would start before its paragraph
    if (lists.every((l, i) => l.has(start + i))) starts.push(start);
  }
  return starts;
}

/** Up to `limit` hits, taking one paragraph from each plan in turn so every plan that matches shows. */
export async function searchText(reader: TextReader, needles: string[], limit = 6): Promise<TextResults> {
  const folded = needles.map(foldCase);
  const units = new Set(folded.flatMap((n) => n.split('')));
  const shardIds = [...new Set([...units].map((u) => charShard(u, reader.layout.shards)))];
  const shards = new Map(await Promise.all(shardIds.map(async (k) => [k, await reader.shard(k)] as const)));
  const occurrences = new Map([...units].map((u) => [u, occurrencesOf(shards.get(charShard(u, reader.layout.shards))!, u)]));

  // Each paragraph's first match: the earliest start, the needle listed first on a tie.
  const best = new Map<number, { offset: number; length: number }>();
  folded.forEach((needle) => {
    for (const start of matchesOf(needle, occurrences)) {
      const paragraph = Math.floor(start / OFFSET_SPAN);
      const offset = start % OFFSET_SPAN;
      const seen = best.get(paragraph);
      if (!seen || offset < seen.offset) best.set(paragraph, { offset, length: needle.length });
    }
  });

  const picked = pickRoundRobin([...best.keys()].sort((a, b) => a - b), reader.documents, limit);
  const hits = await Promise.all(picked.map(async (paragraph) => {
    const rows = await reader.chunk(Math.floor(paragraph / reader.layout.chunk));
    const { offset, length } = best.get(paragraph)!;
    return hitAt(rows[paragraph % reader.layout.chunk], offset, length);
  }));
  return { hits, total: best.size, needles };
}

/** The first `limit` paragraphs of each plan, then one from each plan in turn (the plans in index order). */
function pickRoundRobin(paragraphs: number[], documents: TextReader['documents'], limit: number): number[] {
  const perDoc: number[][] = documents.map(() => []);
  let doc = 0;
  let end = documents[0]?.paragraphs ?? 0;
  for (const p of paragraphs) {
    while (p >= end && doc < documents.length - 1) end += documents[++doc].paragraphs;
    if (perDoc[doc].length < limit) perDoc[doc].push(p);
  }
  const out: number[] = [];
  for (let round = 0; out.length < limit && perDoc.some((h) => h.length > round); round++) {
    for (const docHits of perDoc) if (round < docHits.length && out.length < limit) out.push(docHits[round]);
  }
  return out;
}

function hitAt(row: ParagraphRow, start: number, length: number): TextHit {
  const from = Math.max(0, start - CONTEXT_BEFORE);
  const to = Math.min(row.text.length, start + length + CONTEXT_AFTER);
  return {
    doc: row.doc,
    paragraph: row.id,
    quote: row.text.slice(start, start + length),
    before: (from > 0 ? '…' : '') + row.text.slice(from, start),
    after: row.text.slice(start + length, to) + (to < row.text.length ? '…' : ''),
  };
}
