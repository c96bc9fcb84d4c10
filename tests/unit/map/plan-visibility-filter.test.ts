// The plan layers' filter says which features the layers draw by their groups, not by listing them: it draws
// exactly what visibleFeatureIds computes over the real catalogue, for layer sets, selections, frames and a
// place's dossier, and its size does not grow with the catalogue.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { planSourceData, planVisibilityFilter } from '../../../src/features/map/plan-source';
import { planGroup, visibleFeatureIds } from '../../../src/lib/catalogue/layer-visibility';
import type { AtlasFeatureCollection } from '../../../src/lib/catalogue/catalogue-types';

const catalogue = JSON.parse(readFileSync('public/data/features.geojson', 'utf8')) as AtlasFeatureCollection;
const source = planSourceData(catalogue).features;
const seeds = [...new Set(catalogue.features.flatMap((f) => f.properties.seeds))].sort();
const frames = [...new Set(catalogue.features.flatMap((f) => f.properties.frames.map((m) => m.frame)))].sort();

/** The ids the filter draws (each feature's shape; its label point follows the same filter). */
function drawn(layers: string[], selectedId: string | null, focus: string[] | null, parts: string[] = []): string[] {
  const filter = featureFilter(planVisibilityFilter(layers, focus, selectedId ? [selectedId, ...parts] : parts), 'layers[0].filter');
  const ids = source.filter((f) => !f.properties!.labelOnly && filter.filter({ zoom: 7 }, { type: 3, properties: f.properties!, geometry: [] } as never)).map((f) => f.properties!.id as string);
  return [...new Set(ids)].sort();
}
// Features without a shape are not in the source.
const mapped = new Set(source.map((f) => f.properties!.id as string));
const expected = (layers: string[], selectedId: string | null, focus: string[] | null, parts: string[] = []) =>
  [...new Set([...visibleFeatureIds(catalogue.features, layers, selectedId, focus), ...parts])].filter((id) => mapped.has(id)).sort();

describe('the plan layers’ visibility filter', () => {
  const someFeature = catalogue.features[Math.floor(catalogue.features.length / 2)].properties.id;
  const cases: [string, string[], string | null, string[] | null][] = [
    ['no layer', [], null, null],
    ['one plan', [planGroup(seeds[0])], null, null],
    ['every plan', seeds.map(planGroup), null, null],
    ['a plan and a frame of another', [planGroup(seeds[seeds.length - 1]), frames[0]], null, null],
    ['frames only', frames.slice(0, 3), null, null],
    ['a selection with its layer off', [planGroup(seeds[0])], someFeature, null],
    ['a place’s dossier', seeds.map(planGroup), null, catalogue.features.slice(0, 7).map((f) => f.properties.id)],
  ];
  it.each(cases)('%s: draws what visibleFeatureIds says', (_, layers, selectedId, focus) => {
    const ids = drawn(layers, selectedId, focus);
    expect(ids).toEqual(expected(layers, selectedId, focus));
    if (layers.length && !focus) expect(ids.length).toBeGreaterThan(0);
  });
  it('draws a frame’s parts whatever the layers', () => {
    const parts = catalogue.features.filter((f) => f.properties.frames.some((m) => m.frame === frames[1])).map((f) => f.properties.id);
    expect(parts.length).toBeGreaterThan(0);
    expect(drawn([], null, null, parts)).toEqual(expected([], null, null, parts));
  });
  it('names the layers and the ids it is given, never the catalogue', () => {
    const size = JSON.stringify(planVisibilityFilter(seeds.map(planGroup), null, [someFeature])).length;
    expect(size).toBeLessThan(80 * (seeds.length + 2));
  });
});
