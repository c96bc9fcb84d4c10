// Which entries a query could match, so a keystroke scores those and not the whole corpus. scoreKeys gives a
// score above 0 only when a Chinese key contains the query, or an English, pinyin or initials key starts with it
// (the whole name, a word or a syllable on): the lists below index exactly those facts.
import type { NameKeys, Query } from './name-keys';

export interface NameCandidates {
  /** Each character (UTF-16 unit) of any Chinese key → the positions of the entries holding it, ascending. */
  chars: Map<string, number[]>;
  /** The first one and first two characters of any English, English word, pinyin, syllable-on or initials key. */
  starts: Map<string, number[]>;
}

function add(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i); // entries come in order: a repeat is always the last
}

export const emptyCandidates = (): NameCandidates => ({ chars: new Map(), starts: new Map() });

/** Adds the entry at position `i` (entries are added in order) with its keys. */
export function addCandidates({ chars, starts }: NameCandidates, k: NameKeys, i: number): void {
  for (const zh of k.zh) for (let j = 0; j < zh.length; j++) add(chars, zh[j], i);
  const startOf = (key: string, at = 0) => {
    if (at >= key.length) return;
    add(starts, key.slice(at, at + 1), i);
    add(starts, key.slice(at, at + 2), i);
  };
  for (const key of [k.en, ...k.enWords, k.py, k.ini]) startOf(key);
  for (const at of k.pyStarts) startOf(k.pyAll, at);
}

/** Positions, ascending, of every entry that could score above 0 for `q` (and perhaps a few more). */
export function candidates(c: NameCandidates, q: Query): number[] {
  if (!q.latin) return [];
  const startingWith = (s: string) => c.starts.get(s.slice(0, 2)) ?? [];
  // Any query is compared with the English keys; a Latin one also with pinyin and initials (v read as u).
  const lists = [startingWith(q.latin)];
  if (q.isLatin && q.py !== q.latin) lists.push(startingWith(q.py));
  if (!q.isLatin) {
    // A Chinese key containing the query holds every one of its characters: the rarest one's list suffices.
    let rarest: number[] | undefined;
    for (let j = 0; j < q.zh.length; j++) {
      const list = c.chars.get(q.zh[j]);
      if (!list) { rarest = undefined; break; }
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    if (rarest) lists.push(rarest);
  }
  const found = lists.filter((l) => l.length > 0);
  if (found.length <= 1) return found[0] ?? [];
  return [...new Set(found.flat())].sort((a, b) => a - b);
}
