// A frame's parts on the map: in the plan's order, each with its group label (the part's own membership
// label, so a part the text does not name carries the inferred mark), nothing for other subjects.
import { describe, expect, it } from 'vitest';
import { frameFocus, frameIds } from '../../../src/lib/catalogue/frame-focus';
import type { AtlasFeature, PlanFrame } from '../../../src/lib/catalogue/catalogue-types';

const part = (id: string, frames: AtlasFeature['properties']['frames']): AtlasFeature => ({
  type: 'Feature', geometry: null,
  properties: { id, name: { zh: id, en: id }, kind: 'core', frames, seeds: ['s'], schematic: false, recipe: 'union' },
});
const frame = {
  id: 'fr', seed: 's', name: { zh: '一核两带', en: 'One core, two belts' }, citations: [], provenance: [],
  groups: [
    { label: '核', labelEn: 'core', count: 1, members: ['c'] },
    { label: '带（部分推定）', labelEn: 'belt (partly inferred)', count: 2, members: ['b1', 'b2'], inferred: { zh: '理由', en: 'why', members: ['b2'] } },
  ],
} as unknown as PlanFrame;
const catalogue = {
  frames: [frame],
  features: { features: [
    part('c', [{ frame: 'fr', label: '核', labelEn: 'core' }]),
    part('b1', [{ frame: 'other', label: 'x' }, { frame: 'fr', label: '带', labelEn: 'belt' }]),
    part('b2', [{ frame: 'fr', label: '带（推定）', labelEn: 'belt (inferred)', inferred: true }]),
  ] },
};

describe('frameFocus', () => {
  it('lists the parts in the plan order with their own group labels', () => {
    const focus = frameFocus({ kind: 'frame', id: 'fr' }, catalogue);
    expect(focus?.parts).toEqual([
      { id: 'c', label: { zh: '核', en: 'core' } },
      { id: 'b1', label: { zh: '带', en: 'belt' } },
      { id: 'b2', label: { zh: '带（推定）', en: 'belt (inferred)' } },
    ]);
    expect(frameIds(focus)).toEqual(['c', 'b1', 'b2']);
  });

  it('is null for other subjects and unknown frames', () => {
    expect(frameFocus({ kind: 'place', id: 'fr' }, catalogue)).toBeNull();
    expect(frameFocus({ kind: 'frame', id: 'nope' }, catalogue)).toBeNull();
    expect(frameFocus(null, catalogue)).toBeNull();
    expect(frameIds(null)).toEqual([]);
  });
});
