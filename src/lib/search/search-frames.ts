// Frames in search: a query equal to a frame's slogan, or contained in it, finds the frame and ranks it
// above every other result (the slogan is how people name a plan's layout). Pure.
import type { GroupedResults, SearchFrameEntry } from './search-options';
import type { FrameName } from './search-index-types';
import { compact, isLatin } from './normalize';

/** Frames whose slogan equals or contains the query: exact first, then shorter slogans. */
export function matchFrames(frames: FrameName[], raw: string): SearchFrameEntry[] {
  const q = compact(raw);
  const latin = isLatin(raw);
  if (q.length < (latin ? 3 : 2)) return [];
  const scored = frames.flatMap((f) => {
    const key = compact(latin ? f.name.en : f.name.zh);
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
