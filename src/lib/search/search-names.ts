// Name search over features and places: every name is prepared once into comparison keys, then each
// keystroke scores the entries that could match (exact > prefix > word start > substring; Chinese, English,
// pinyin, initials), found through the candidate lists of name-candidates.ts.
import type { IndexedName, SearchFeatureEntry, SearchIndexFile, SearchPlaceEntry } from './search-index-types';
import { compact, initials, isLatin, pinyinKey } from './normalize';
import { addCandidates, candidates, emptyCandidates, type NameCandidates } from './name-candidates';
import type { NameKeys, Query } from './name-keys';

export type MatchField = 'zh' | 'en' | 'py' | 'ini';

export interface Prepared<T extends IndexedName> { item: T; keys: NameKeys }

export interface SearchIndex {
  features: Prepared<SearchFeatureEntry>[];
  places: Prepared<SearchPlaceEntry>[];
  documents: SearchIndexFile['documents'];
  frames: SearchIndexFile['frames'];
  /** Which features and places (positions in the lists above) a query could match. */
  candidates: { features: NameCandidates; places: NameCandidates };
  /**
   * Each Latin letter's results, found once as the index is prepared: a letter has the most candidates (thousands
   * at fifty plans: 3–9 ms a keystroke in node), and every Latin query starts with one.
   */
  oneLetter: Map<string, NameResults>;
}

export interface NameHit<T> { item: T; score: number; field: MatchField }

export interface NameResults {
  /** The best matches, best first (all of them unless the search was asked to keep fewer). */
  features: NameHit<SearchFeatureEntry>[];
  places: NameHit<SearchPlaceEntry>[];
  /** How many match in all. */
  total: { features: number; places: number };
}

/** How many of the best matches of each kind a search keeps (the rest are only counted). */
export interface NameKeep { features: number; places: number }

export function prepareQuery(raw: string): Query {
  return { raw, zh: compact(raw), latin: compact(raw), py: pinyinKey(raw), isLatin: isLatin(raw) };
}

// Place names are also found without their 市/县/区 suffix: "太原" is an exact match for 太原市.
const PLACE_SUFFIX = /(市|县|区)$/;

function keysOf(name: IndexedName, place: boolean): NameKeys {
  // The key of a concatenation is the concatenation of the keys: each syllable is keyed once, and the offsets
  // where they start stand for the keys from each syllable on (fifty plans' names would make 100 000 strings).
  const syllables = name.py.split(' ').filter(Boolean).map(pinyinKey);
  const pyStarts: number[] = [];
  let pyAll = '';
  for (const s of syllables) { pyStarts.push(pyAll.length); pyAll += s; }
  const zh = [compact(name.zh)];
  let py = pyAll;
  if (place) {
    for (const part of name.zh.split('·')) {
      const stem = part.replace(PLACE_SUFFIX, '');
      if (stem.length >= 2) zh.push(compact(stem));
    }
    if (PLACE_SUFFIX.test(name.zh) && name.zh.length > 2) py = syllables.slice(0, -1).join('');
  }
  return {
    zh,
    en: compact(name.en),
    enWords: name.en.split(/[^\p{L}\p{N}]+/u).map(compact).filter(Boolean),
    py,
    pyAll,
    pyStarts,
    ini: initials(name.py),
  };
}

/**
 * How many names are prepared between two yields of `preparingIndex` (3–5 ms in node at fifty plans): a key
 * pressed during a step waits for its end, and a user may type while the index is prepared.
 */
const NAMES_PER_STEP = 100;
/** The letters whose results the index keeps ready, one a step (3–9 ms each at fifty plans), and how many of the best matches each keeps. */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const LETTER_KEEP = 12;

/**
 * The index prepared in steps: it yields after every `perStep` names and between the letters' results, so a
 * caller can let the page answer input in between (fifty plans' names take a few hundred milliseconds in all).
 */
export function* preparingIndex(file: SearchIndexFile, perStep = NAMES_PER_STEP): Generator<void, SearchIndex> {
  const candidates = { features: emptyCandidates(), places: emptyCandidates() };
  const prepare = function* <T extends IndexedName>(items: T[], place: boolean, into: NameCandidates) {
    const out: Prepared<T>[] = [];
    for (const item of items) {
      const keys = keysOf(item, place);
      addCandidates(into, keys, out.length);
      out.push({ item, keys });
      if (out.length % perStep === 0) yield;
    }
    return out;
  };
  const features = yield* prepare(file.features, false, candidates.features);
  const places = yield* prepare(file.places, true, candidates.places);
  const index: SearchIndex = { features, places, documents: file.documents, frames: file.frames, candidates, oneLetter: new Map() };
  for (let i = 0; i < LETTERS.length; i++) {
    if (i > 0) yield;
    index.oneLetter.set(LETTERS[i], findNames(index, prepareQuery(LETTERS[i]), { features: LETTER_KEEP, places: LETTER_KEEP }));
  }
  return index;
}

/** The index prepared at once. */
export function prepareIndex(file: SearchIndexFile): SearchIndex {
  const steps = preparingIndex(file, Infinity);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export const SCORE = { exact: 1000, prefix: 700, wordPrefix: 500, substring: 300 } as const;
const FIELD_BONUS: Record<MatchField, number> = { zh: 40, en: 30, py: 20, ini: -100 };

function matchLevel(key: string, q: string): number {
  if (!q || !key) return 0;
  if (key === q) return SCORE.exact;
  if (key.startsWith(q)) return SCORE.prefix;
  return key.includes(q) ? SCORE.substring : 0;
}

/** Best score of one entry for a query, and the field that gave it (score 0: no match). */
export function scoreKeys(keys: NameKeys, q: Query): { score: number; field: MatchField } {
  let best = 0;
  let agreeing = 0;
  let field: MatchField = 'zh';
  const consider = (score: number, f: MatchField) => {
    if (score <= 0) return;
    agreeing++;
    if (score + FIELD_BONUS[f] > best) { best = score + FIELD_BONUS[f]; field = f; }
  };
  if (!q.isLatin) {
    for (const zh of keys.zh) consider(matchLevel(zh, q.zh), 'zh');
  }
  // Latin text (and mixed text such as "G55") is compared with the English name, from a word's start.
  const en = matchLevel(keys.en, q.latin);
  consider(en === SCORE.substring ? (keys.enWords.some((w) => w.startsWith(q.latin)) ? SCORE.wordPrefix : 0) : en, 'en');
  if (q.isLatin) {
    const py = matchLevel(keys.py, q.py);
    // A pinyin substring counts only when it starts on a syllable ("yuan" in "taiyuan", not "aiy").
    consider(py === SCORE.substring ? (keys.pyStarts.some((at) => keys.pyAll.startsWith(q.py, at)) ? SCORE.wordPrefix - 50 : 0) : py, 'py');
    if (q.py.length >= 2) {
      const ini = matchLevel(keys.ini, q.py);
      consider(ini >= SCORE.prefix ? ini : 0, 'ini');
    }
  }
  // A name that matches in several scripts ("taiyuan": pinyin and English) beats one matching in one.
  return { score: best + (agreeing > 1 ? 10 * (agreeing - 1) : 0), field };
}

// One collator for every comparison: what localeCompare(…, 'zh') does, without building one per call.
const byName = new Intl.Collator('zh').compare;

/** Best first; among equal matches, in name order. */
const byScore = <T extends IndexedName>(a: NameHit<T>, b: NameHit<T>) => b.score - a.score || byName(a.item.zh, b.item.zh);

/**
 * The `keep` first of `hits` in `order`, exactly as a stable sort would have them, without sorting the rest:
 * a one-letter query matches thousands of names at fifty plans, and the box shows six.
 */
export function firstInOrder<T>(hits: T[], keep: number, order: (a: T, b: T) => number): T[] {
  if (hits.length <= keep) return hits.sort(order);
  if (keep <= 0) return [];
  const top: T[] = [];
  for (const h of hits) {
    // An equal of the last kept one came later: a stable sort puts it after.
    if (top.length === keep && order(h, top[keep - 1]) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(h, top[mid]) < 0) hi = mid;
      else lo = mid + 1;
    }
    top.splice(lo, 0, h);
    if (top.length > keep) top.pop();
  }
  return top;
}

/** Scores the entries at `positions` (ascending, so equal hits keep the index order); keeps the `keep` best. */
function rank<T extends IndexedName>(entries: Prepared<T>[], positions: number[], q: Query, bonus: (item: T) => number, keep: number): { hits: NameHit<T>[]; total: number } {
  const hits: NameHit<T>[] = [];
  for (const i of positions) {
    const e = entries[i];
    const { score, field } = scoreKeys(e.keys, q);
    // Among equal matches, shorter names first: they are closer to what was typed.
    if (score > 0) hits.push({ item: e.item, score: score + bonus(e.item) - Math.min(60, e.item.zh.length), field });
  }
  return { hits: firstInOrder(hits, keep, byScore), total: hits.length };
}

/** Names matching `raw`, best first; `keep`: how many of each kind to keep (all by default). */
export function searchNames(index: SearchIndex, raw: string, keep: NameKeep = { features: Infinity, places: Infinity }): NameResults {
  const q = prepareQuery(raw);
  // A query is its compact form (prepareQuery): "T" and " t" are the letter t.
  const ready = index.oneLetter.get(q.latin);
  if (ready && keep.features <= LETTER_KEEP && keep.places <= LETTER_KEEP) {
    return { features: ready.features.slice(0, keep.features), places: ready.places.slice(0, keep.places), total: ready.total };
  }
  return findNames(index, q, keep);
}

function findNames(index: SearchIndex, q: Query, keep: NameKeep): NameResults {
  if (!q.zh) return { features: [], places: [], total: { features: 0, places: 0 } };
  const features = rank(index.features, candidates(index.candidates.features, q), q, () => 0, keep.features);
  const places = rank(index.places, candidates(index.candidates.places, q), q, (p) => (p.kind === 'prefecture' ? 15 : 0), keep.places);
  return { features: features.hits, places: places.hits, total: { features: features.total, places: places.total } };
}
