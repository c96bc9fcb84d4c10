// Each catalogue check fails on a small bad record, naming the feature, and passes once the record
// is fixed or carries its declared exception.
import { describe, expect, it } from 'vitest';
import { buildCatalogue, CatalogueError } from '../../../src/lib/catalogue/build-catalogue';
import type { CatalogueFile, InputFeature } from '../../../src/lib/catalogue/catalogue-input';
import type { ShanxiContext } from '../../../src/lib/catalogue/catalogue-checks';
import { nearlySameName, statedCounts } from '../../../src/lib/catalogue/catalogue-checks';
import type { PlaceIndex } from '../../../src/lib/geo/recipes';

// A toy province: the square 111–113 °E × 37–38 °N, with a county seat at its centre.
const rect = (w: number, s: number, e: number, n: number): GeoJSON.Polygon =>
  ({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });
const shanxi: ShanxiContext = { province: rect(111, 37, 113, 38), seats: [{ names: ['城区', '甲市城区'], lonlat: [112, 37.5] }] };
const ring = (w: number, s: number, e: number, n: number) => [[w, s], [w, n], [e, n], [e, s], [w, s]];
const shapes: Record<string, GeoJSON.Geometry> = {
  inside: rect(111.2, 37.2, 112.8, 37.8),
  halfOut: rect(112.5, 37.2, 113.5, 37.8),
  holed: { type: 'Polygon', coordinates: [rect(111.2, 37.2, 112.8, 37.8).coordinates[0], ring(111.9, 37.4, 112.1, 37.6)] },
};
const rivers: Record<string, GeoJSON.Geometry> = {
  内河: { type: 'LineString', coordinates: [[111.2, 37.5], [112.8, 37.5]] },
  外河: { type: 'LineString', coordinates: [[113.5, 37.5], [114.5, 37.5]] },
  画河: { type: 'LineString', coordinates: [[111.5, 37.2], [111.6, 37.8]] },
};
const index: PlaceIndex = {
  union: (_level, names) => (shapes[names[0]] ? { geometry: shapes[names[0]] as GeoJSON.Polygon, unknown: [] } : { geometry: null, unknown: names }),
  point: (n) => ({ 甲: [111.5, 37.5], 乙: [112.5, 37.5], 丙: [111.5, 37.55] } as Record<string, [number, number]>)[n],
  river: (n) => rivers[n],
  riverAuthored: (n) => n === '画河',
  route: (n) => (n === '甲乙线' ? { type: 'LineString', coordinates: [[111.5, 37.5], [112.5, 37.5]] } : undefined),
};
const build = (features: InputFeature[], extra: Partial<CatalogueFile> = {}) =>
  buildCatalogue({
    files: [{ name: 'f.json', content: { seed: 'doc', features, ...extra } }],
    resolveCitation: (c) => ({ seed: c.seed, quote: c.quote, paragraphId: 'p0001', start: 0, end: 1, headingPath: [], lines: [1, 1] }),
    placeIndex: () => index,
    shanxi,
  });
const problems = (features: InputFeature[]) => {
  try {
    build(features);
    return [];
  } catch (e) {
    if (e instanceof CatalogueError) return e.problems;
    throw e;
  }
};
const record = (id: string, zh: string, quote: string, geometry: InputFeature['geometry'], more: Partial<InputFeature> = {}): InputFeature =>
  ({ id, name: { zh, en: id }, kind: 'zone', citations: [{ seed: 'doc', quote }], geometry, ...more });
const zone = (id: string, names: string[], more: Partial<InputFeature> = {}) =>
  record(id, `${id}区`, `建设${id}区`, { type: 'counties', names }, more);

describe('catalogue checks', () => {
  it('passes a clean record', () => {
    expect(problems([zone('a', ['inside'])])).toEqual([]);
  });

  it('fails on a name no quote contains unless it is flagged descriptive', () => {
    const bad = record('x', '太行城镇圈', '构建长治“双圈”', { type: 'counties', names: ['inside'] });
    expect(problems([bad]).join()).toMatch(/feature x: name «太行城镇圈» occurs in none of its quotes/);
    expect(problems([{ ...bad, descriptiveName: true }])).toEqual([]);
    // Whitespace in the quote does not matter.
    expect(problems([record('y', '汾河谷地', '汾河 谷地', { type: 'counties', names: ['inside'] })])).toEqual([]);
  });

  it('fails on a polygon more than 10 % outside Shanxi, and clips bands to it', () => {
    expect(problems([zone('out', ['halfOut'])]).join()).toMatch(/feature out: 50 % of its area lies outside Shanxi/);
    expect(problems([zone('out', ['halfOut'], { beyondShanxi: true })])).toEqual([]);
    const band = build([record('band', 'band', 'band', { type: 'band', along: ['乙', '甲'], widthKm: 300 }, { kind: 'belt' })]);
    const [w, s, e, n] = bboxOf(band.features.features[0].geometry!);
    expect([w >= 111 - 1e-9, s >= 37 - 1e-9, e <= 113 + 1e-9, n <= 38 + 1e-9]).toEqual([true, true, true, true]);
  });

  it('fails on a river of a Shanxi plan that runs outside it', () => {
    const river = (id: string, name: string) => record(id, id, id, { type: 'river', name }, { kind: 'river' });
    expect(problems([river('far', '外河')]).join()).toMatch(/feature far: only 0 % of the river runs within 3 km of Shanxi/);
    expect(problems([river('near', '内河')])).toEqual([]);
  });

  it('fails on a hole over a county seat unless the record declares it', () => {
    expect(problems([zone('h', ['holed'])]).join()).toMatch(/feature h: its polygon has a hole over the seat of 甲市城区/);
    expect(problems([zone('h', ['holed'], { holes: [{ county: '甲市城区', reason: 'the text lists counties; not this one' }] })])).toEqual([]);
    expect(problems([zone('h', ['holed'], { holes: [{ county: '甲市城区', reason: ' ' }] })]).length).toBe(1);
  });

  it('fails on one concept under two ids unless one declares the other distinct', () => {
    const same = [record('a', '太原铁路枢纽', '太原铁路枢纽', { type: 'point', place: '甲' }), record('b', '太原铁路枢纽', '太原铁路枢纽', { type: 'point', place: '乙' })];
    expect(problems(same).join()).toMatch(/feature b: looks like a/);
    const near = [record('a', '晋城低碳试点', '晋城低碳试点', { type: 'point', place: '甲' }), record('b', '晋城低碳城市试点', '晋城低碳城市试点', { type: 'point', place: '丙' }, { kind: 'core' })];
    expect(problems(near).join()).toMatch(/feature b: looks like a/);
    near[1].distinctFrom = [{ id: 'a', reason: 'two designations' }];
    expect(problems(near)).toEqual([]);
    expect(nearlySameName('晋中国家农高区（山西农谷）', '山西农谷')).toBe(true);
    expect(nearlySameName('晋北煤炭基地', '晋中煤炭基地')).toBe(false);
  });

  it('fails on a hand-drawn line that is not flagged schematic', () => {
    const drawn = record('d', 'd', 'd', { type: 'river', name: '画河' }, { kind: 'river' });
    expect(problems([drawn]).join()).toMatch(/feature d: its geometry is hand-drawn \(authored\); set "schematic": true/);
    expect(problems([{ ...drawn, schematic: true }])).toEqual([]);
  });

  it('fails when the number of sites contradicts the quote unless a note explains it', () => {
    const sites = record('s', 's', '布局建设15个s', { type: 'points', places: ['甲', '乙'] });
    expect(problems([sites]).join()).toMatch(/feature s: 2 point\(s\) but its quote states 15/);
    expect(problems([{ ...sites, countNote: 'sites are not named' }])).toEqual([]);
    expect(statedCounts('三大煤炭基地和15个智创城')).toEqual([3, 15]);
  });

  it('resolves a route defined once (an authored line: flagged schematic); aliases must not be live ids', () => {
    const out = build([record('r', 'r', 'r', { type: 'route', name: '甲乙线', from: '甲', to: '乙' }, { kind: 'axis', aliases: ['old-r'], schematic: true })]);
    const r = out.features.features[0];
    expect(r.geometry?.type).toBe('LineString');
    expect([r.properties.schematic, r.properties.aliases]).toEqual([true, ['old-r']]);
    expect(problems([record('r', 'r', 'r', { type: 'route', name: '无此线' })]).join()).toMatch(/feature r: unknown route «无此线»/);
    expect(problems([zone('a', ['inside'], { aliases: ['b'] }), zone('b', ['inside'], { distinctFrom: [{ id: 'a', reason: 'x' }] })]).join())
      .toMatch(/feature a: alias «b» is also a live id/);
  });
});

function bboxOf(g: GeoJSON.Geometry): number[] {
  const xs: number[] = [];
  const ys: number[] = [];
  const walk = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') { xs.push((c as number[])[0]); ys.push((c as number[])[1]); } else (c as unknown[]).forEach(walk);
  };
  walk((g as GeoJSON.Polygon).coordinates);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}
