// A slogan equal to or containing the query finds its frame, first among the results.
import { describe, expect, it } from 'vitest';
import { matchFrames, withFrames } from '../../../src/lib/search/search-frames';
import type { GroupedResults } from '../../../src/lib/search/search-options';

const frames = [
  { id: 'a', name: { zh: '一核两翼', en: 'One core, two wings' }, seed: 's1' },
  { id: 'b', name: { zh: '一核两翼多组团', en: 'One core, two wings, many groups' }, seed: 's2' },
  { id: 'c', name: { zh: '三圈', en: 'Three circles' }, seed: 's1' },
];

describe('frames in search', () => {
  it('finds a slogan equal to the query first, then slogans containing it (shorter first)', () => {
    expect(matchFrames(frames, '一核两翼').map((f) => f.id)).toEqual(['a', 'b']);
    expect(matchFrames(frames, '两翼多').map((f) => f.id)).toEqual(['b']);
    expect(matchFrames(frames, 'two wings').map((f) => f.id)).toEqual(['a', 'b']);
    expect(matchFrames(frames, '核')).toEqual([]); // one character: too little
    expect(matchFrames(frames, '太原')).toEqual([]);
  });

  it('puts the frames group before features and places, and a frame is a match', () => {
    const results: GroupedResults = { query: '三圈', groups: [{ key: 'suggestions', options: [], total: 0 }], noNameMatch: true, textPending: false, needles: [] };
    const out = withFrames(results, frames);
    expect(out.groups.map((g) => g.key)).toEqual(['frames']);
    expect(out.noNameMatch).toBe(false);
    const named: GroupedResults = { query: '一核两翼', groups: [{ key: 'features', options: [], total: 3 }], noNameMatch: false, textPending: false, needles: [] };
    expect(withFrames(named, frames).groups.map((g) => g.key)).toEqual(['frames', 'features']);
    expect(withFrames({ ...named, query: '汾河' }, frames)).toEqual({ ...named, query: '汾河' });
  });
});
