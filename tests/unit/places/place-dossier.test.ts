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

describe('named in the text, and the plan order', () => {
  it('groups the paragraphs by plan in the given order, unknown plans last', async () => {
    const { textByPlan, shortestQuote } = await import('../../../src/lib/places/place-dossier');
    const hits = [{ seed: 'old', p: 'p1', snippet: 'a' }, { seed: 'x', p: 'p9', snippet: 'c' }, { seed: 'new', p: 'p2', snippet: 'b' }, { seed: 'old', p: 'p3', snippet: 'd' }];
    expect(textByPlan(hits, ['new', 'old']).map((g) => [g.seed, g.hits.map((h) => h.p)])).toEqual([['new', ['p2']], ['old', ['p1', 'p3']], ['x', ['p9']]]);
    expect(shortestQuote(['长一些的引文', '短引文', '最长的一段引文文字'])).toBe('短引文');
    expect(shortestQuote([])).toBeUndefined();
  });

  it("orders plans newest first by the registry's time order", async () => {
    const { newestFirst } = await import('../../../src/lib/explorer/plan-spans');
    expect(newestFirst([{ id: 'a', order: 1 }, { id: 'b', order: 5 }, { id: 'c', order: 4 }, { id: 'e', order: 3 }]))
      .toEqual(['b', 'c', 'e', 'a']);
  });
});
