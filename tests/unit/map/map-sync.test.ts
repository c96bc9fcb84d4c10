// How the map controller diffs store states (MapController.apply → MapSync): which store changes lead
// to which map calls, on a fake map that records them. Camera intents are applied once each; a
// selection without an intent moves nothing; features are fitted into the free area beside the panel.
import { beforeEach, describe, expect, it } from 'vitest';
import { MapSync, type SyncedMap } from '../../../src/features/map/map-sync';
import { initialAtlasState, type AtlasState, type Catalogue } from '../../../src/store/atlas-store';
import type { AtlasFeature } from '../../../src/lib/catalogue/catalogue-types';
import { mapInset } from '../../../src/lib/camera/map-inset';

const feature = (id: string, coordinates: [number, number][][], frame: string): AtlasFeature => ({
  type: 'Feature',
  geometry: { type: 'Polygon', coordinates },
  properties: { id, name: { zh: id, en: id }, kind: 'core', frames: [{ frame, label: '' }], seeds: ['s'], schematic: false, recipe: 'union' },
});
const square = (x: number, y: number): [number, number][][] => [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]];
const catalogue: Catalogue = {
  features: { type: 'FeatureCollection', features: [feature('a', square(111, 36), 'f1'), feature('b', square(113, 38), 'f2')] },
  frames: [],
};

type Call = [string, ...unknown[]];
function fakeMap() {
  const calls: Call[] = [];
  const record = (name: string) => (...args: unknown[]) => { calls.push([name, ...args]); };
  const map: SyncedMap = {
    getSource: () => ({ setData: record('setData'), updateData: record('updateData') }),
    setLayoutProperty: record('setLayoutProperty'),
    setPaintProperty: record('setPaintProperty'),
    setFilter: record('setFilter'),
    setFeatureState: record('setFeatureState'),
    fitBounds: record('fitBounds'),
    easeTo: record('easeTo'),
    jumpTo: record('jumpTo'),
  };
  const names = () => [...new Set(calls.map((c) => c[0]))].sort();
  return { map, calls, names, clear: () => { calls.length = 0; } };
}

const BOX = { width: 1280, height: 740, panelWidth: 400 };

describe('MapSync (MapController.apply)', () => {
  let fake: ReturnType<typeof fakeMap>;
  let places: unknown[];
  let online: unknown[];
  let previews: unknown[];
  let loadedData: (() => void)[];
  let state: AtlasState;
  let sync: MapSync;
  /** Moves the store to a new state and applies it; returns what the map was asked to do. */
  const step = (change: Partial<AtlasState>) => {
    const prev = state;
    state = { ...state, ...change };
    fake.clear();
    sync.apply(state, prev);
    return fake;
  };

  beforeEach(() => {
    fake = fakeMap();
    places = [];
    online = [];
    previews = [];
    loadedData = [];
    state = { ...initialAtlasState, catalogue, layers: ['f1'] };
    sync = new MapSync(fake.map, { box: () => BOX, placeBox: () => null, showPlace: (p) => places.push(p), showOnlineBasemap: (c) => online.push(c), showAuthorPreview: (g) => previews.push(g), afterPlanData: (done) => loadedData.push(done) }, () => state);
    sync.apply(state, null);
  });

  it('applies everything on the first state, and nothing when nothing changed', () => {
    fake.clear();
    sync.apply({ ...state }, state);
    expect(fake.calls).toEqual([]);
  });

  it('a hover sets feature state only', () => {
    const { calls, names } = step({ hoveredId: 'a' });
    expect(names()).toEqual(['setFeatureState']);
    expect(calls).toEqual([['setFeatureState', { source: 'plan', id: 'a' }, { hover: true }]]);
    expect(step({ hoveredId: 'b' }).calls).toEqual([
      ['setFeatureState', { source: 'plan', id: 'a' }, { hover: false }],
      ['setFeatureState', { source: 'plan', id: 'b' }, { hover: true }],
    ]);
  });

  it('a selection without a camera intent (a click on the map) highlights and shows it, and moves nothing', () => {
    const { calls, names } = step({ selectedId: 'b' });
    expect(names()).toEqual(['setFeatureState', 'setFilter', 'setLayoutProperty']);
    expect(calls).toContainEqual(['setFeatureState', { source: 'plan', id: 'b' }, { selected: true }]);
    // The selected feature is drawn although its layer group is off.
    expect(JSON.stringify(calls.filter((c) => c[0] === 'setFilter'))).toContain('"b"');
  });

  it('an id that is not a feature never reaches feature state', () => {
    expect(step({ selectedId: '__proto__' }).calls.filter((c) => c[0] === 'setFeatureState')).toEqual([]);
  });

  it('more plans loaded: the data first, the plan filters once maplibre has loaded it (with the layers of then)', () => {
    const more: Catalogue = { ...catalogue, features: { ...catalogue.features, features: [...catalogue.features.features, feature('c', square(112, 37), 'f2')] } };
    const first = step({ catalogue: more });
    expect(first.calls[0]?.[0]).toBe('updateData');
    expect(first.calls.filter((c) => c[0] === 'setFilter' && String(c[1]).startsWith('plan'))).toEqual([]);
    expect(step({ layers: ['f1', 'f2'] }).calls.filter((c) => c[0] === 'setFilter' && String(c[1]).startsWith('plan'))).toEqual([]);
    fake.clear();
    expect(loadedData).toHaveLength(1);
    loadedData[0]!();
    const filters = fake.calls.filter((c) => c[0] === 'setFilter' && String(c[1]).startsWith('plan'));
    expect(filters.length).toBeGreaterThan(0);
    expect(JSON.stringify(filters)).toContain('|f2|'); // f2's features, switched on meanwhile
  });

  it('layers and basemap switches change filters and visibility, not data or camera', () => {
    expect(step({ layers: ['f1', 'f2'] }).names()).toEqual(['setFilter', 'setLayoutProperty']);
    const off = step({ basemapOff: ['basemap-rivers'] });
    expect(off.calls).toContainEqual(['setLayoutProperty', 'rivers', 'visibility', 'none']);
  });

  it('language switches label fields only', () => {
    const { calls, names } = step({ lang: 'en' });
    expect(names()).toEqual(['setLayoutProperty']);
    expect(calls).toContainEqual(['setLayoutProperty', 'plan-labels', 'text-field', ['get', 'nameEn']]);
    // English names, longer, are drawn smaller.
    expect(calls.filter((c) => c[1] === 'plan-labels' && c[2] === 'text-size')).toHaveLength(1);
  });

  it('a frame draws its parts whatever the layers, labels them with their group labels and dims the rest', () => {
    const framed: Catalogue = {
      features: { type: 'FeatureCollection', features: [feature('a', square(111, 36), 'f1'), { ...feature('b', square(113, 38), 'f2'), properties: { ...feature('b', square(113, 38), 'f2').properties, frames: [{ frame: 'f2', label: '圈（推定）', labelEn: 'circle (inferred)', inferred: true }] } }] },
      frames: [{ id: 'f2', seed: 's', name: { zh: '一圈', en: 'One circle' }, groups: [{ label: '圈（推定）', labelEn: 'circle (inferred)', count: 1, members: ['b'] }], citations: [], provenance: [] } as unknown as Catalogue['frames'][number]],
    };
    step({ catalogue: framed });
    for (const loaded of loadedData) loaded(); // maplibre has loaded the new data
    const { calls } = step({ subject: { kind: 'frame', id: 'f2' } });
    // 'b' is drawn although only f1 is switched on.
    expect(JSON.stringify(calls.find((c) => c[0] === 'setFilter' && c[1] === 'plan-fill'))).toContain('"b"');
    const text = JSON.stringify(calls.find((c) => c[0] === 'setLayoutProperty' && c[1] === 'plan-labels' && c[2] === 'text-field'));
    expect(text).toContain('圈（推定）');
    const fill = JSON.stringify(calls.find((c) => c[0] === 'setPaintProperty' && c[1] === 'plan-fill'));
    expect(fill).toContain('["literal",["b"]]');
    expect(JSON.stringify(step({ lang: 'en' }).calls)).toContain('circle (inferred)');
    // Closing the frame takes the dimming and the group labels away.
    const closed = step({ subject: null });
    expect(closed.calls).toContainEqual(['setLayoutProperty', 'plan-labels', 'text-field', ['get', 'nameEn']]);
    expect(JSON.stringify(closed.calls.find((c) => c[0] === 'setPaintProperty' && c[1] === 'plan-fill'))).not.toContain('literal');
  });

  it('the first catalogue is set whole; then only what changed is sent, by key, and nothing when nothing did', () => {
    const keys = (c: Call | undefined) => (c?.[1] as { add: { properties: { key: string } }[]; remove: string[] });
    // The beforeEach's first state set both features (areas without a label point).
    const c = feature('c', square(112, 37), 'f2');
    c.properties.labelAt = [112.5, 37.5]; // its name's point, a feature of its own in the source
    const [a, b] = catalogue.features.features;
    const more = step({ catalogue: { ...catalogue, features: { ...catalogue.features, features: [a!, c, b!] } } });
    expect(more.names()).toEqual(expect.arrayContaining(['updateData']));
    expect(more.names()).not.toContain('setData');
    const added = keys(more.calls.find((x) => x[0] === 'updateData'));
    expect(added.add.map((f) => f.properties.key)).toEqual(['c', 'c/label']);
    expect(added.remove).toEqual([]);
    // The same features in a new catalogue object: nothing is sent, and the filters are not held back.
    expect(step({ catalogue: { ...state.catalogue! } }).names()).not.toContain('updateData');
    // A feature saved by the authoring mode (a new object, the same id) is replaced; one gone is removed.
    const edited = { ...a!, properties: { ...a!.properties } };
    const change = keys(step({ catalogue: { ...catalogue, features: { ...catalogue.features, features: [edited, c] } } }).calls.find((x) => x[0] === 'updateData'));
    expect(change.remove.sort()).toEqual(['a', 'b']);
    expect(change.add.map((f) => f.properties.key)).toEqual(['a']);
    // Every feature changed (the data reloaded): set whole again.
    const reloaded = step({ catalogue: { ...catalogue, features: { ...catalogue.features, features: [feature('a', square(111, 36), 'f1')] } } });
    expect(reloaded.names()).toContain('setData');
    expect(reloaded.names()).not.toContain('updateData');
  });

  it('a place goes to the host’s marker', () => {
    const place = { lon: 112, lat: 37, name: 'x' };
    expect(step({ place }).calls).toEqual([]);
    expect(places.at(-1)).toBe(place);
  });

  it('the online basemap goes to the host, only when it changes', () => {
    expect(online).toEqual([null]);
    const choice = { kind: 'vec' as const, key: 'a'.repeat(32) };
    step({ onlineBasemap: choice });
    step({ hoveredId: 'a' });
    expect(online).toEqual([null, choice]);
  });

  it('the authoring preview goes to the host, only when it changes', () => {
    expect(previews).toEqual([null]);
    const shape = { type: 'LineString' as const, coordinates: [[112, 37], [113, 38]] };
    step({ authorPreview: shape });
    step({ hoveredId: 'a' });
    step({ authorPreview: null });
    expect(previews).toEqual([null, shape, null]);
  });

  it('fits an intent’s features into the area the panel leaves, once', () => {
    const camera = { seq: 1, target: { ids: ['a', 'b'] }, inset: { panel: true }, animate: true };
    const { calls } = step({ selectedId: 'a', camera });
    const fits = calls.filter((c) => c[0] === 'fitBounds');
    expect(fits).toEqual([['fitBounds', [[111, 36], [114, 39]], { padding: mapInset(BOX, { panel: true }), maxZoom: 9, duration: 700 }]]);
    // The same intent again (another change in the store) does not move the map again.
    expect(step({ hoveredId: 'b' }).calls.filter((c) => c[0] === 'fitBounds')).toEqual([]);
  });

  it('eases to a view, or jumps there when the intent is not animated', () => {
    const view = { zoom: 8, lat: 37.5, lon: 112.5 };
    expect(step({ camera: { seq: 1, target: { view }, animate: true } }).calls).toEqual([['easeTo', { center: [112.5, 37.5], zoom: 8, duration: 600 }]]);
    expect(step({ camera: { seq: 2, target: { view }, animate: false } }).calls).toEqual([['jumpTo', { center: [112.5, 37.5], zoom: 8 }]]);
  });

  it('fits a box with the margin asked for, without animation when not asked', () => {
    const box: [[number, number], [number, number]] = [[110, 34], [115, 41]];
    const { calls } = step({ camera: { seq: 1, target: { box }, inset: { margin: 16 }, animate: false } });
    expect(calls).toEqual([['fitBounds', box, { padding: { top: 16, right: 16, bottom: 16, left: 16 }, maxZoom: 9, duration: 0 }]]);
  });

  it('an intent for features waits for the catalogue', () => {
    state = { ...initialAtlasState };
    sync = new MapSync(fake.map, { box: () => BOX, placeBox: () => null, showPlace: () => {}, showOnlineBasemap: () => {}, showAuthorPreview: () => {}, afterPlanData: (done) => done() }, () => state);
    sync.apply(state, null);
    expect(step({ selectedId: 'a', camera: { seq: 1, target: { ids: ['a'] }, animate: true } }).calls.filter((c) => c[0] === 'fitBounds')).toEqual([]);
    const fits = step({ catalogue }).calls.filter((c) => c[0] === 'fitBounds');
    expect(fits).toHaveLength(1);
    expect(fits[0]![1]).toEqual([[111, 36], [112, 37]]);
  });

  it('the view the map opened at is not applied again', () => {
    const view = { zoom: 7, lat: 37, lon: 112 };
    state = { ...initialAtlasState, catalogue, camera: { seq: 3, target: { view }, animate: true } };
    sync = new MapSync(fake.map, { box: () => BOX, placeBox: () => null, showPlace: () => {}, showOnlineBasemap: () => {}, showAuthorPreview: () => {}, afterPlanData: (done) => done() }, () => state, 3);
    fake.clear();
    sync.apply(state, null);
    expect(fake.calls.filter((c) => ['fitBounds', 'easeTo', 'jumpTo'].includes(c[0]))).toEqual([]);
  });
});
