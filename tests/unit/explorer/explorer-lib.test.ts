import { describe, expect, it } from 'vitest';
import { relatedFeatures, passageIndex } from '../../../src/lib/explorer/related-features';
import { groupVisibleFeatures } from '../../../src/lib/explorer/feature-groups';
import { timelineAxis } from '../../../src/lib/explorer/plan-spans';
import { nextOnTap, snapAfterDrag, step, sheetHeights } from '../../../src/lib/explorer/sheet-states';
import type { FeatureDetails, FeatureSummary, PlanFrame } from '../../../src/lib/catalogue/catalogue-types';

const summary = (id: string, frames: [string, string][] = [], seed = 's1'): FeatureSummary => ({
  id, name: { zh: id, en: id }, kind: 'core', frames: frames.map(([frame, label]) => ({ frame, label })), seeds: [seed], schematic: false, recipe: 'point',
});
const frame = (id: string, groups: [string, string[]][], seed = 's1'): PlanFrame => ({
  id, name: { zh: id, en: id }, seed, citations: [], provenance: [], groups: groups.map(([label, members]) => ({ label, count: members.length, members })),
});
const cite = (seed: string, paragraphId: string) => ({ seed, paragraphId, quote: 'q', start: 0, end: 1, headingPath: [], lines: [1, 1] as [number, number] });
const details = (...c: ReturnType<typeof cite>[]): FeatureDetails => ({ citations: c as FeatureDetails['citations'], provenance: [] });

describe('related features', () => {
  const frames = [frame('f1', [['核', ['a']], ['带', ['b', 'c']]])];
  const d: Record<string, FeatureDetails> = {
    a: details(cite('s1', 'p1'), cite('s2', 'p9')),
    b: details(cite('s1', 'p1')),
    x: details(cite('s1', 'p1')),
    y: details(cite('s2', 'p9')),
    z: details(cite('s2', 'p8')),
  };
  it('lists the frame with its parts and other features citing the same paragraphs', () => {
    const r = relatedFeatures(summary('a', [['f1', '核']]), frames, d.a, passageIndex(d));
    expect(r.frames[0]!.frame.id).toBe('f1');
    expect(r.frames[0]!.label).toBe('核');
    expect(r.frames[0]!.parts).toEqual([{ label: '核', ids: ['a'] }, { label: '带', ids: ['b', 'c'] }]);
    // b is already listed as a frame part; z cites another paragraph.
    expect(r.samePassage).toEqual(['x', 'y']);
  });
  it('builds the paragraph index once per details load, not once per panel', () => {
    expect(passageIndex(d)).toBe(passageIndex(d));
    const reloaded = { ...d, w: details(cite('s2', 'p8')) };
    expect(passageIndex(reloaded)).not.toBe(passageIndex(d));
    expect(passageIndex(reloaded).get('s2#p8')).toEqual(['z', 'w']);
  });
  it('has nothing to list for a feature in no frame without details', () => {
    expect(relatedFeatures(summary('q'), frames, undefined, new Map())).toEqual({ frames: [], samePassage: [] });
  });
});

describe('feature list groups', () => {
  const frames = [frame('f1', [['核', ['a']], ['带', ['b']]]), frame('f2', [['圈', ['c']]], 's2')];
  const features = [
    { properties: summary('a', [['f1', '核']]), geometry: {} },
    { properties: summary('b', [['f1', '带']]), geometry: {} },
    { properties: summary('c', [['f2', '圈']], 's2'), geometry: {} },
    { properties: summary('d', [], 's2'), geometry: {} },
    { properties: summary('e', [], 's2'), geometry: null },
  ];
  it('groups visible features by frame, in layer order, then the rest by plan; unmappable ones are left out', () => {
    const g = groupVisibleFeatures(features, frames, ['plan:s2', 'f1']);
    expect(g.map((x) => x.key)).toEqual(['f1', 'f2', 'plan:s2']);
    expect(g[0]!.items).toEqual([{ id: 'a', label: '核' }, { id: 'b', label: '带' }]);
    expect(g[2]!.items).toEqual([{ id: 'd' }]);
  });
  it('lists only what the layers show', () => {
    expect(groupVisibleFeatures(features, frames, ['f2']).map((x) => x.key)).toEqual(['f2']);
  });
  it('does not head a group with a frame that is off, even when its members are visible', () => {
    const shared = [frame('f1', [['核', ['a']]]), frame('f3', [['极', ['a']]])];
    const two = [{ properties: summary('a', [['f1', '核'], ['f3', '极']]), geometry: {} }];
    expect(groupVisibleFeatures(two, shared, ['f1']).map((x) => x.key)).toEqual(['f1']);
  });
});

describe('the timeline axis', () => {
  it('covers every span, labels its ends and the round years that fit between them', () => {
    expect(timelineAxis([{ start: 2013, end: 2015 }, { start: 2019, end: 2019 }, { start: 2022, end: 2035 }]))
      .toEqual({ first: 2013, last: 2035, ticks: [2013, 2020, 2025, 2030, 2035] });
    // A round year too close to an end is left out, so labels never overlap.
    expect(timelineAxis([{ start: 2024, end: 2031 }])!.ticks).toEqual([2024, 2031]);
    expect(timelineAxis([{ start: 2026, end: 2030 }, { start: 2021, end: 2025 }])).toEqual({ first: 2021, last: 2030, ticks: [2021, 2025, 2030] });
    expect(timelineAxis([{ start: 2019, end: 2019 }])!.ticks).toEqual([2019]);
    expect(timelineAxis([])).toBeNull();
  });
});

describe('bottom sheet states', () => {
  it('taps cycle peek → half → full → half; arrows step and clamp', () => {
    expect(nextOnTap('peek')).toBe('half');
    expect(nextOnTap('half')).toBe('full');
    expect(nextOnTap('full')).toBe('half');
    expect(step('full', 1)).toBe('full');
    expect(step('peek', -1)).toBe('peek');
  });
  it('a slow drag snaps to the nearest height, a flick moves one state', () => {
    const stage = 792;
    expect(sheetHeights(stage).half).toBeLessThanOrEqual(stage / 2);
    expect(snapAfterDrag('half', 700, 0, stage)).toBe('full');
    expect(snapAfterDrag('half', 130, 0, stage)).toBe('peek');
    expect(snapAfterDrag('half', 360, 0.9, stage)).toBe('full');
    expect(snapAfterDrag('half', 360, -0.9, stage)).toBe('peek');
  });
});
