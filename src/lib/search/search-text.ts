// Plan-text search: paragraphs that contain the query verbatim, spread across the plans.
import { hasHan, isLatin } from './normalize';
import type { NameResults } from './search-names';
import { SCORE } from './search-names';

export interface TextParagraph { id: string; text: string }
export interface TextDocument { id: string; paragraphs: TextParagraph[] }

export interface TextHit {
  doc: string;
  paragraph: string;
  /** The matched words exactly as the paragraph has them (what the reader highlights). */
  quote: string;
  before: string;
  after: string;
}

export interface TextResults { hits: TextHit[]; total: number; needles: string[] }

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

/** Up to `limit` hits, taking one paragraph from each plan in turn so every plan that matches shows. */
export function searchText(documents: TextDocument[], needles: string[], limit = 6): TextResults {
  const perDoc: TextHit[][] = [];
  let total = 0;
  for (const doc of documents) {
    const hits: TextHit[] = [];
    for (const p of doc.paragraphs) {
      const found = firstMatch(p, needles);
      if (!found) continue;
      total++;
      if (hits.length < limit) hits.push(hitAt(doc, p, found.start, found.length));
    }
    perDoc.push(hits);
  }
  const hits: TextHit[] = [];
  for (let round = 0; hits.length < limit && perDoc.some((h) => h.length > round); round++) {
    for (const docHits of perDoc) if (round < docHits.length && hits.length < limit) hits.push(docHits[round]);
  }
  return { hits, total, needles };
}

const lowerCased = new WeakMap<TextParagraph, string>();
const lower = (p: TextParagraph) => {
  let l = lowerCased.get(p);
  if (l === undefined) lowerCased.set(p, (l = p.text.toLowerCase()));
  return l;
};

function firstMatch(p: TextParagraph, needles: string[]): { start: number; length: number } | null {
  let best: { start: number; length: number } | null = null;
  for (const n of needles) {
    // Latin needles ignore case (lower-casing keeps the offsets of Chinese text and ASCII).
    const start = /[a-z]/i.test(n) ? lower(p).indexOf(n.toLowerCase()) : p.text.indexOf(n);
    if (start >= 0 && (!best || start < best.start)) best = { start, length: n.length };
  }
  return best;
}

function hitAt(doc: TextDocument, p: TextParagraph, start: number, length: number): TextHit {
  const from = Math.max(0, start - CONTEXT_BEFORE);
  const to = Math.min(p.text.length, start + length + CONTEXT_AFTER);
  return {
    doc: doc.id,
    paragraph: p.id,
    quote: p.text.slice(start, start + length),
    before: (from > 0 ? '…' : '') + p.text.slice(from, start),
    after: p.text.slice(start + length, to) + (to < p.text.length ? '…' : ''),
  };
}
