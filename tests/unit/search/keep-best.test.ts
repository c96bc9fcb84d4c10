// A keystroke keeps only the best few names of each kind (the box shows six features and four places) and
// counts the rest: what it keeps must be exactly the first of the whole ranking, and the count all of it.
import { describe, expect, it } from 'vitest';
import { loadRealIndex } from './real-index';
import { firstInOrder, searchNames } from '../../../src/lib/search/search-names';

describe('firstInOrder', () => {
  it('is the first k of a stable sort, ties included', () => {
    // Deterministic pseudo-random values with many ties; the tag tells equal values apart by input order.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const byValue = (a: { v: number }, b: { v: number }) => b.v - a.v;
    for (let round = 0; round < 200; round++) {
      const items = Array.from({ length: next() % 60 }, (_, tag) => ({ v: next() % 7, tag }));
      for (const k of [0, 1, 2, 6, items.length, items.length + 3]) {
        const sorted = [...items].sort(byValue).slice(0, k);
        expect(firstInOrder([...items], k, byValue)).toEqual(sorted);
      }
    }
  });
});

describe('name search keeping the best few', () => {
  const { file, index } = loadRealIndex();
  const names = [...file.features, ...file.places];
  // One- to three-character beginnings of the English names and pinyin, and of the Chinese names: the queries
  // that match most names.
  const queries = [...new Set(names.flatMap((n) => [n.en, n.py.replace(/ /g, ''), n.zh].flatMap((s) => [1, 2, 3].map((k) => s.slice(0, k)))))]
    .filter(Boolean);

  it('keeps the first of the whole ranking and counts every match', () => {
    expect(queries.length).toBeGreaterThan(1000);
    let many = 0;
    for (const q of queries) {
      const all = searchNames(index, q);
      const kept = searchNames(index, q, { features: 6, places: 4 });
      expect(kept.features, q).toEqual(all.features.slice(0, 6));
      expect(kept.places, q).toEqual(all.places.slice(0, 4));
      expect(kept.total, q).toEqual({ features: all.features.length, places: all.places.length });
      if (all.features.length > 6) many++;
    }
    // Not a vacuous check: many queries match more names than are kept.
    expect(many).toBeGreaterThan(100);
  });
});
