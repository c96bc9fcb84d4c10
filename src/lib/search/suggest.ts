// "Did you mean": close names when nothing matches — pinyin or English one edit away (two for long
// queries; a swap of neighbours counts as one), or Chinese names sharing the most characters.
import type { SearchFeatureEntry, SearchPlaceEntry } from './search-index-types';
import type { Prepared, SearchIndex } from './search-names';
import { compact, isLatin, pinyinKey } from './normalize';

export type Suggestion =
  | { type: 'feature'; item: SearchFeatureEntry; distance: number }
  | { type: 'place'; item: SearchPlaceEntry; distance: number };

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions), stopping above `max`.
 * Only the diagonal band |i − j| ≤ max is computed: anything outside it is over the limit anyway.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const band = Math.min(max, Math.max(a.length, b.length));
  const over = band + 1;
  // Three rolling rows: the one before the previous (for swaps), the previous and the current.
  let before = new Array<number>(b.length + 1).fill(over);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => (j <= band ? j : over));
  let row = new Array<number>(b.length + 1).fill(over);
  for (let i = 1; i <= a.length; i++) {
    row.fill(over);
    if (i <= band) row[0] = i;
    let rowMin = i <= band ? i : over;
    for (let j = Math.max(1, i - band); j <= Math.min(b.length, i + band); j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [before, prev, row] = [prev, row, before];
  }
  return Math.min(prev[b.length], over);
}

/** Distance of a query from a name key, whole or its beginning (a typo while still typing). */
const keyDistance = (q: string, key: string, max: number) =>
  Math.min(editDistance(q, key, max), key.length > q.length ? editDistance(q, key.slice(0, q.length), max) : max + 1);

function latinDistance(q: string, py: string, e: Prepared<SearchFeatureEntry | SearchPlaceEntry>, max: number): number {
  return Math.min(keyDistance(py, e.keys.py, max), keyDistance(q, e.keys.en, max), ...e.keys.enWords.map((w) => editDistance(q, w, max)));
}

const charSets = new WeakMap<object, Set<string>>();

function sharedCharacters(q: string, e: Prepared<SearchFeatureEntry | SearchPlaceEntry>): number {
  let name = charSets.get(e);
  if (!name) charSets.set(e, (name = new Set(e.keys.zh[0])));
  let shared = 0;
  for (const c of new Set(q)) if (name.has(c)) shared++;
  return shared;
}

export function suggest(index: SearchIndex, raw: string, limit = 5): Suggestion[] {
  const q = compact(raw);
  if (!q) return [];
  const latin = isLatin(raw);
  const py = pinyinKey(raw);
  const max = q.length >= 7 ? 2 : 1;
  const all: Suggestion[] = [
    ...index.places.map((e) => ({ type: 'place' as const, item: e.item, e })),
    ...index.features.map((e) => ({ type: 'feature' as const, item: e.item, e })),
  ].map(({ type, item, e }) => {
    let distance: number;
    if (latin) {
      const d = q.length >= 3 ? latinDistance(q, py, e, max) : max + 1;
      distance = d <= max ? d : Infinity;
    } else {
      // Fewer characters left unshared is closer; at least one must be shared.
      const shared = sharedCharacters(q, e);
      distance = shared > 0 ? q.length - shared + (e.keys.zh[0].length - shared) / 100 : Infinity;
    }
    return { type, item, distance } as Suggestion;
  });
  return all
    .filter((s) => Number.isFinite(s.distance))
    .sort((a, b) => a.distance - b.distance || (a.type === b.type ? 0 : a.type === 'place' ? -1 : 1) || a.item.zh.length - b.item.zh.length)
    .slice(0, limit);
}
