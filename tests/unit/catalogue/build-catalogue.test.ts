import { describe, expect, it } from 'vitest';
import { buildCatalogue, CatalogueError, type BuildInput } from '../../../src/lib/catalogue/build-catalogue';
import type { CatalogueFile } from '../../../src/lib/catalogue/catalogue-input';
import type { PlaceIndex } from '../../../src/lib/geo/recipes';

// A toy world: two adjacent square "counties" and a few seats.
const square = (x: number): GeoJSON.Polygon => ({ type: 'Polygon', coordinates: [[[x, 37], [x + 1, 37], [x + 1, 38], [x, 38], [x, 37]]] });
const index: PlaceIndex = {
  union: (_level, names) => {
    const known: Record<string, number> = { 甲县: 111, 乙县: 112 };
    const unknown = names.filter((n) => !(n in known));
    if (unknown.length) return { geometry: null, unknown };
    return { geometry: names.length === 1 ? square(known[names[0]]) : { type: 'Polygon', coordinates: [[[111, 37], [113, 37], [113, 38], [111, 38], [111, 37]]] }, unknown };
  },
  point: (n) => ({ 甲县: [111.5, 37.5], 乙县: [112.5, 37.5] } as Record<string, [number, number]>)[n],
  river: () => undefined,
};
const resolveCitation: BuildInput['resolveCitation'] = (c, itemId) => {
  if (c.quote.includes('不存在')) throw new Error(`${itemId}: quote not found «${c.quote}»`);
  return { seed: c.seed, quote: c.quote, paragraphId: 'p0001', start: 0, end: c.quote.length, headingPath: [], lines: [1, 1] };
};
const cite = (quote: string) => [{ seed: 'doc', quote }];
const build = (...contents: CatalogueFile[]) =>
  buildCatalogue({ files: contents.map((content, i) => ({ name: `f${i}.json`, content })), resolveCitation, placeIndex: () => index });

const belt = (id: string) => ({
  id, name: { zh: id, en: id }, kind: 'belt', citations: cite(`带${id}`), geometry: { type: 'line' as const, through: ['甲县', '乙县'] }, schematic: true,
});

describe('buildCatalogue', () => {
  it('resolves recipes, merges citations by id and derives frame membership', () => {
    const out = build(
      {
        seed: 'doc',
        features: [
          { id: 'core', name: { zh: '核', en: 'Core' }, kind: 'core', citations: cite('一核'), geometry: { type: 'counties', names: ['甲县'] } },
          belt('b1'), belt('b2'),
        ],
        frames: [{
          id: 'frame', name: { zh: '一核两带', en: 'One core two belts' }, seed: 'doc', citations: cite('一核两带'),
          groups: [{ label: '核', count: 1, members: ['core'] }, { label: '带', count: 2, members: ['b1', 'b2'] }],
        }],
      },
      { seed: 'doc2', features: [{ id: 'core', citations: [{ seed: 'doc2', quote: '核心' }] }] },
    );
    const core = out.features.features.find((f) => f.properties.id === 'core')!;
    expect(core.geometry?.type).toBe('Polygon');
    expect(core.properties.citations.map((c) => c.quote)).toEqual(['一核', '核心']);
    expect(core.properties.seeds).toEqual(['doc', 'doc2']);
    expect(core.properties.frames).toEqual([{ frame: 'frame', label: '核' }]);
    expect(out.features.features.find((f) => f.properties.id === 'b1')!.geometry?.type).toBe('LineString');
  });

  it('fails naming the feature for unknown places, bad quotes and slogan mismatches', () => {
    let error: CatalogueError | undefined;
    try {
      build({
        seed: 'doc',
        features: [
          { id: 'x', name: { zh: 'x', en: 'x' }, kind: 'zone', citations: cite('不存在的话'), geometry: { type: 'counties', names: ['丙县'] } },
          belt('b1'),
        ],
        frames: [{ id: 'fr', name: { zh: '一核两带', en: '' }, seed: 'doc', citations: cite('一核两带'), groups: [{ label: '带', count: 1, members: ['b1'] }] }],
      });
    } catch (e) {
      error = e as CatalogueError;
    }
    expect(error).toBeInstanceOf(CatalogueError);
    const text = error!.problems.join('\n');
    expect(text).toContain('x: quote not found «不存在的话»');
    expect(text).toContain('feature x: unknown county «丙县»');
    expect(text).toContain('frame fr: groups (1×带) contradict the slogan «一核两带»');
  });

  it('fails on a duplicate id that defines the structure differently, and merges identical ones', () => {
    const elsewhere = { ...belt('b1'), geometry: { type: 'point' as const, place: '甲县' } };
    expect(() => build({ seed: 'doc', features: [belt('b1')] }, { seed: 'doc2', features: [elsewhere] }))
      .toThrow(/b1 \(f1\.json\): duplicate id — defined differently in f0\.json/);
    const same = build({ seed: 'doc', features: [belt('b1')] }, { seed: 'doc2', features: [{ ...belt('b1'), citations: [{ seed: 'doc2', quote: '另一处' }] }] });
    expect(same.features.features[0].properties.citations.map((c) => c.quote)).toEqual(['带b1', '另一处']);
  });

  it('rejects duplicate kinds, bad ids and group counts that disagree with their members', () => {
    expect(() => build({
      seed: 'doc',
      features: [belt('b1'), { ...belt('b1'), kind: 'axis' }, { ...belt('Bad_Id') }],
      frames: [{ id: 'fr', name: { zh: '甲乙', en: '' }, seed: 'doc', citations: cite('甲乙'), groups: [{ label: '带', count: 'many', members: ['b1'] }] }],
    })).toThrow(/kind «axis» contradicts «belt»[\s\S]*kebab-case[\s\S]*has 1 member\(s\), the slogan says many/);
  });

  it('marks the parts a text does not name: group and member labels say "inferred" in both languages', () => {
    const out = build({
      seed: 'doc',
      features: [belt('b1'), belt('b2'), belt('b3')],
      frames: [
        { id: 'all', name: { zh: '两带', en: 'Two belts' }, seed: 'doc', citations: cite('两带'),
          groups: [{ label: '带', labelEn: 'Belt', count: 2, members: ['b1', 'b2'], inferred: { zh: '原文未点名', en: 'not named' } }] },
        { id: 'some', name: { zh: '三带', en: 'Three belts' }, seed: 'doc', citations: cite('三带'),
          groups: [{ label: '带', labelEn: 'Belt', count: 3, members: ['b1', 'b2', 'b3'], inferred: { zh: '一条未点名', en: 'one not named', members: ['b3'] } }] },
      ],
    });
    const groups = Object.fromEntries(out.frames.map((f) => [f.id, f.groups[0]]));
    expect([groups.all.label, groups.all.labelEn]).toEqual(['带（推定）', 'Belt (inferred)']);
    expect([groups.some.label, groups.some.labelEn]).toEqual(['带（部分推定）', 'Belt (partly inferred)']);
    const frames = (id: string) => out.features.features.find((f) => f.properties.id === id)!.properties.frames;
    expect(frames('b1')).toEqual([{ frame: 'all', label: '带（推定）', labelEn: 'Belt (inferred)', inferred: true }, { frame: 'some', label: '带', labelEn: 'Belt' }]);
    expect(frames('b3')).toEqual([{ frame: 'some', label: '带（推定）', labelEn: 'Belt (inferred)', inferred: true }]);
  });

  it('fails on an inferred mark without its reason in both languages, or naming a part the group lacks', () => {
    expect(() => build({
      seed: 'doc', features: [belt('b1'), belt('b2')],
      frames: [{ id: 'fr', name: { zh: '两带', en: 'Two belts' }, seed: 'doc', citations: cite('两带'),
        groups: [{ label: '带', labelEn: 'Belt', count: 2, members: ['b1', 'b2'], inferred: { zh: '', en: 'not named', members: ['b9'] } }] }],
    })).toThrow(/frame fr: group «带» is marked inferred without its reason[\s\S]*frame fr: group «带» marks «b9» inferred but does not list it/);
  });
});
