// Frames in search: a query equal to a frame's slogan, or contained in it, finds the frame and ranks it
// above every other result (the slogan is how people name a plan's layout). Pure.
import type { GroupedResults, SearchFrameEntry } from './search-options';
import type { FrameName } from './search-index-types';
import { compact, isLatin } from './normalize';

// Each frame's slogans as compared, made once per list of frames (a corpus has hundreds: not at every keystroke).
const keysOf = new WeakMap<FrameName[], { zh: string; en: string }[]>();
const frameKeys = (frames: FrameName[]) => {
  let keys = keysOf.get(frames);
  if (!keys) keysOf.set(frames, (keys = frames.map((f) => ({ zh: compact(f.name.zh), en: compact(f.name.en) }))));
  return keys;
};

/** Frames whose slogan equals or contains the query: exact first, then shorter slogans. */
export function matchFrames(frames: FrameName[], raw: string): SearchFrameEntry[] {
  const q = compact(raw);
  const latin = isLatin(raw);
  if (q.length < (latin ? 3 : 2)) return [];
  const keys = frameKeys(frames);
  const scored = frames.flatMap((f, i) => {
    const key = latin ? keys[i].en : keys[i].zh;
    if (!key.includes(q)) return [];
    return [{ entry: { id: f.id, zh: f.name.zh, en: f.name.en, seed: f.seed }, exact: key === q, length: key.length }];
  });
  return scored.sort((a, b) => Number(b.exact) - Number(a.exact) || a.length - b.length).map((s) => s.entry);
}

/** The results with the matching frames as the first group. */
export function withFrames(results: GroupedResults, frames: FrameName[], limit = 4): GroupedResults {
  const hits = matchFrames(frames, results.query);
  if (!hits.length) return results;
  const groups = results.groups.filter((g) => g.key !== 'suggestions');
  return {
    ...results,
    noNameMatch: false,
    groups: [{ key: 'frames', options: hits.slice(0, limit).map((item) => ({ type: 'frame' as const, item })), total: hits.length }, ...groups],
  };
}
