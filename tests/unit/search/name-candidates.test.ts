// Name search scores only the candidates of name-candidates.ts: the results must be exactly those of scoring
// every entry (same hits, scores, fields and order), and a query must touch few entries.
import { describe, expect, it } from 'vitest';
import { loadRealIndex } from './real-index';
import {
  prepareIndex, preparingIndex, prepareQuery, scoreKeys, searchNames,
  type NameHit, type Prepared, type SearchIndex,
} from '../../../src/lib/search/search-names';
import { candidates } from '../../../src/lib/search/name-candidates';
import type { IndexedName, SearchIndexFile } from '../../../src/lib/search/search-index-types';

/** The full scan name search did before candidates: every entry scored, the same ranking rule. */
function fullScan(index: SearchIndex, raw: string) {
  const q = prepareQuery(raw);
  const rank = <T extends IndexedName>(entries: Prepared<T>[], bonus: (item: T) => number): NameHit<T>[] => {
    if (!q.zh) return [];
    const hits: NameHit<T>[] = [];
    for (const e of entries) {
      const { score, field } = scoreKeys(e.keys, q);
      if (score > 0) hits.push({ item: e.item, score: score + bonus(e.item) - Math.min(60, e.item.zh.length), field });
    }
    return hits.sort((a, b) => b.score - a.score || a.item.zh.localeCompare(b.item.zh, 'zh'));
  };
  return { features: rank(index.features, () => 0), places: rank(index.places, (p) => (p.kind === 'prefecture' ? 15 : 0)) };
}

/** The queries whose results differ between candidate search and the full scan (none, expected). */
function mismatches(index: SearchIndex, queries: Iterable<string>): string[] {
  // Each hit as its entry's position, score and field: compared cheaply, and the position proves the same object.
  const at = new Map<object, number>([...index.features, ...index.places].map((e, i) => [e.item, i]));
  const rows = (r: ReturnType<typeof fullScan>) =>
    JSON.stringify([r.features, r.places].map((hits: NameHit<object>[]) => hits.map((h) => `${at.get(h.item)}:${h.score}:${h.field}`)));
  const bad: string[] = [];
  for (const q of queries) if (rows(searchNames(index, q)) !== rows(fullScan(index, q))) bad.push(q);
  return bad;
}

const prefixes = (s: string) => Array.from(s, (_, i) => s.slice(0, i + 1));

/** Every 1-, 2- and 3-character substring of the Chinese names, and the names whole. */
function chineseQueries(names: IndexedName[]): Set<string> {
  const out = new Set<string>();
  for (const { zh } of names) {
    for (let n = 1; n <= 3; n++) for (let i = 0; i + n <= zh.length; i++) out.add(zh.slice(i, i + n));
    out.add(zh);
  }
  return out;
}

/** English, pinyin and initials prefixes (from each word or syllable on) in several spellings. */
function latinQueries(names: IndexedName[]): Set<string> {
  const out = new Set<string>();
  for (const { en, py } of names) {
    for (const p of prefixes(en)) out.add(p); // with spaces, punctuation, diacritics and case as written
    for (const w of en.split(/[^\p{L}\p{N}]+/u).filter(Boolean)) for (const p of prefixes(w)) out.add(p);
    const syllables = py.split(' ').filter(Boolean);
    syllables.forEach((_, i) => {
      const from = syllables.slice(i);
      for (const p of prefixes(from.join(''))) { out.add(p); out.add(p.replace(/u/g, 'v')); out.add(p.toUpperCase()); }
      for (const p of prefixes(from.join(' '))) out.add(p);
      for (const p of prefixes(from.map((s) => s[0]).join(''))) out.add(p);
    });
  }
  return out;
}

/** Every k-th of the queries in sorted order, at most about `max`: a sample that is the same on every run. */
const sample = (queries: Set<string>, max: number) => {
  const step = Math.ceil(queries.size / max);
  return [...queries].sort().filter((_, i) => i % step === 0);
};

const JUNK = [
  '', ' ', '·', '—', '!!!', '…', 'xqzwvk', 'q', 'zz', 'ｘ', 'ＴＡＩ', '1', '2', '8', '20', '208', '800', '2号', '1+30', '±800',
  'G', 'G5', 'G55', 'G208', 'S', 'MW', '15MW', 'kV', 'ü', 'lü', 'LÜ', 'nü', '太原 city', 'Taiyuan市', 'taiyuan shi',
  '太原市市', '㐀', '𠀀', '😀', '太😀', 'a-b', 'fen-he', 'Fen River', ' fen  he ', 'v', 'vv', 'u', 'ii', 'a', 'i',
];

describe('name search through candidates', () => {
  const { file, index } = loadRealIndex();

  it('gives exactly the results of scoring every entry, over the real index', () => {
    const names = [...file.features, ...file.places];
    const queries = [...chineseQueries(names), ...sample(latinQueries(names), 8000), ...JUNK];
    expect(queries.length).toBeGreaterThan(10000);
    expect(mismatches(index, queries)).toEqual([]);
  });

  it('gives exactly the results of scoring every entry, over names with short, empty and digit keys', () => {
    const entry = (zh: string, en: string, py: string, id = zh) => ({ id, kind: 'node', zh, en, py });
    const place = (zh: string, en: string, py: string, kind: 'prefecture' | 'county') =>
      ({ id: zh, kind, zh, en, py, seat: [112, 37] as [number, number] });
    // Only the names are made up: the rest (frames, plans) is the real file's.
    const names: SearchIndexFile = {
      ...file,
      features: [
        entry('甲', 'A', 'jia'), entry('乙', '', ''), entry('208国道', 'G208 National Road', '2 0 8 guo dao'),
        entry('吕梁山', 'Lüliang Mountains', 'lv liang shan'), entry('女娲庙', 'Nüwa Temple', 'nü wa miao'),
        entry('甲', 'A', 'jia', 'again'), entry('𠀀字', 'X', 'zi'), entry('·', '—', ' '), entry('东西', 'East–West', 'dong xi'),
        entry('二号线', 'Line 2', 'er hao xian'), entry('乙路', 'A Road', 'yi lu'),
        entry('208国道', 'Road', 'er ling ba guo dao', 'x'), entry('208国道', '20 Road', 'er ling ba guo dao', 'y'),
      ],
      places: [place('太原市', 'Taiyuan', 'tai yuan shi', 'prefecture'), place('平城区·云冈区', 'Pingcheng', 'ping cheng qu yun gang qu', 'county'), place('市', 'S', 'shi', 'county')],
    };
    const small = prepareIndex(names);
    const all = [...names.features, ...names.places];
    const queries = [...chineseQueries(all), ...latinQueries(all), ...JUNK, '08', '国道', 'g2', 'nv', 'nuw', 'j', 'ja', 'jia', 'a', 'aa', 'shi', 'ycq'];
    expect(mismatches(small, queries)).toEqual([]);
    // The cases the lists must not lose: one-letter keys, a digit query (not Latin) matching English, ü typed as v.
    expect(searchNames(small, 'a').features.map((h) => h.item.id)).toEqual(['甲', 'again', '乙路']);
    // Equal hits keep index order though found in different lists (y's English starts with "20", x's does not).
    expect(searchNames(small, '208').features.map((h) => `${h.item.id}:${h.field}`)).toEqual(['208国道:zh', 'x:zh', 'y:zh']);
    expect(searchNames(small, 'ar').features.map((h) => h.item.en)).toEqual(['A Road']);
    expect(searchNames(small, 'g208').features.map((h) => h.field)).toEqual(['en']);
    expect(searchNames(small, '2').features.map((h) => h.item.zh)).toContain('二号线');
    expect(searchNames(small, 'nvwa').features.map((h) => h.item.zh)).toEqual(['女娲庙']);
  });

  it('scores few entries for a query: "太原" touches a small part of the index', () => {
    const total = index.features.length + index.places.length;
    const q = prepareQuery('太原');
    const touched = candidates(index.candidates.features, q).length + candidates(index.candidates.places, q).length;
    expect(touched).toBeGreaterThan(0);
    expect(touched).toBeLessThan(total / 5);
    expect(candidates(index.candidates.features, prepareQuery('xqzwvk')).length).toBeLessThan(total / 20);
    expect(candidates(index.candidates.features, prepareQuery(' ·'))).toEqual([]);
  });

  it('prepared in steps, the index is the one prepared at once, with a pause after every hundred names (as asked)', () => {
    const steps = preparingIndex(file, 100);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    // And between each of the 26 letters' results.
    expect(pauses).toBe(Math.floor(file.features.length / 100) + Math.floor(file.places.length / 100) + 25);
    expect(pauses).toBeGreaterThan(3);
    const whole = prepareIndex(file);
    expect(step.value.features).toEqual(whole.features);
    expect(step.value.places).toEqual(whole.places);
    expect(step.value.candidates).toEqual(whole.candidates);
    expect(step.value.oneLetter).toEqual(whole.oneLetter);
  });

  it("a letter's results are ready from the preparation, the same as found for it, in either case", () => {
    const index = prepareIndex(file);
    const found = { ...index, oneLetter: new Map() };
    expect(index.oneLetter.size).toBe(26);
    for (const letter of [...'abcdefghijklmnopqrstuvwxyz', 'T', ' h', 'Ｖ']) {
      for (const keep of [{ features: 6, places: 4 }, { features: 2, places: 12 }, { features: 13, places: 1 }]) {
        expect(searchNames(index, letter, keep), `${letter} ${JSON.stringify(keep)}`).toEqual(searchNames(found, letter, keep));
      }
    }
    // The ready results are the ones used (a stand-in shows through), for the letter in any case.
    const standIn = { features: [], places: [], total: { features: -1, places: -1 } };
    const marked = { ...index, oneLetter: new Map([['t', standIn]]) };
    expect(searchNames(marked, 'T', { features: 6, places: 4 }).total.features).toBe(-1);
    expect(searchNames(marked, 'ta', { features: 6, places: 4 }).total.features).toBeGreaterThan(0);
  });
});
