// The static first view is enough until the state asks for something a picture cannot show.
import { describe, expect, it } from 'vitest';
import { needsInteractiveMap, type MapDemand } from '../../../src/lib/catalogue/needs-interactive-map';
import { firstLayers as DEFAULT_LAYERS } from '../plans/registry-data';
import { initialAtlasState } from '../../../src/store/atlas-store';

const first: MapDemand = { selectedId: null, subject: null, place: null, view: null, layers: [...DEFAULT_LAYERS], basemapOff: [], present: null, compare: null };

describe('needsInteractiveMap', () => {
  it('is false for a first visit, as the store starts', () => {
    expect(needsInteractiveMap(first, DEFAULT_LAYERS)).toBe(false);
    expect(needsInteractiveMap(initialAtlasState as unknown as MapDemand, DEFAULT_LAYERS)).toBe(false);
  });

  it.each<[string, Partial<MapDemand>]>([
    ['a selection', { selectedId: 'central-shanxi-city-cluster' }],
    ['a place from search', { place: { lon: 112.5, lat: 37.8 } }],
    ['a view from a link', { view: { zoom: 8, lat: 37.8, lon: 112.5 } }],
    ['another layer', { layers: [...DEFAULT_LAYERS, 'plan:001'] }],
    ['no layers', { layers: [] }],
    ['a basemap group switched off', { basemapOff: ['basemap-rivers'] }],
    ['presenting', { present: { tour: false, step: 0 } }],
    ['comparing', { compare: { a: '000', b: '001' } }],
  ])('is true for %s', (_, change) => {
    expect(needsInteractiveMap({ ...first, ...change }, DEFAULT_LAYERS)).toBe(true);
  });

  it('does not care about the order of the layers', () => {
    expect(needsInteractiveMap({ ...first, layers: [...DEFAULT_LAYERS].reverse() }, DEFAULT_LAYERS)).toBe(false);
  });
});
