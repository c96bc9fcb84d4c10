import { describe, expect, it } from 'vitest';
import type { FeatureSummary, PlanFrame } from '../../../src/lib/catalogue/catalogue-types';
import { placeDossier } from '../../../src/lib/places/place-dossier';

const summary = (id: string, seeds: string[]): FeatureSummary =>
  ({ id, name: { zh: id, en: id }, kind: 'zone', frames: [], seeds, schematic: false, recipe: 'counties' });
const features = new Map([summary('a', ['old']), summary('b', ['new']), summary('c', ['new', 'old']), summary('d', ['new'])].map((f) => [f.id, f]));
const frame: PlanFrame = {
  id: 'f1', name: { zh: '一核一带', en: 'One core, one belt' }, seed: 'new', citations: [], provenance: [],
  groups: [{ label: '核', count: 1, members: ['d'] }, { label: '带', count: 1, members: ['b'] }],
};

describe('place dossier', () => {
  const dossier = placeDossier(
    [{ f: 'a', r: 'covers' }, { f: 'b', r: 'crosses' }, { f: 'c', r: 'names' }, { f: 'd', r: 'contains' }, { f: 'gone', r: 'covers' }],
    features, [frame], ['new', 'old'],
  );

  it('groups by plan, newest first, with counts; a feature cited by two plans is under both', () => {
    expect(dossier.map((p) => [p.seed, p.count])).toEqual([['new', 3], ['old', 2]]);
  });

  it('lists a plan frame\'s members in the frame\'s order with their role, then the rest by relation', () => {
    const [frameGroup, rest] = dossier[0]!.groups;
    expect(frameGroup!.frame?.id).toBe('f1');
    expect(frameGroup!.rows.map((r) => [r.feature.id, r.role])).toEqual([['d', '核'], ['b', '带']]);
    expect(rest!.frame).toBeNull();
    expect(rest!.rows.map((r) => r.feature.id)).toEqual(['c']);
    expect(dossier[1]!.groups[0]!.rows.map((r) => r.feature.id)).toEqual(['a', 'c']);
  });
});
