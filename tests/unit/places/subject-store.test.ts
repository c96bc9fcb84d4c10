// One selection: feature, place, frame or plan; what a map click opens; what a place dossier draws.
import { beforeEach, describe, expect, it } from 'vitest';
import { initialAtlasState, useAtlasStore } from '../../../src/store/atlas-store';
import { focusIds } from '../../../src/lib/places/focus-ids';
import type { AtlasFeature, PlanFrame } from '../../../src/lib/catalogue/catalogue-types';

const feature = (id: string, seeds: string[]): AtlasFeature => ({
  type: 'Feature', geometry: { type: 'Point', coordinates: [112, 37] },
  properties: { id, name: { zh: id, en: id }, kind: 'core', frames: [], seeds, schematic: false, recipe: 'point' },
});
const frame: PlanFrame = { id: 'frame-a', name: { zh: '一核', en: 'One core' }, seed: 'plan-1', citations: [], provenance: [], groups: [{ label: '核', count: 1, members: ['a'] }] };
const catalogue = { features: { type: 'FeatureCollection' as const, features: [feature('a', ['plan-1']), feature('b', ['plan-2'])] }, frames: [frame] };

describe('the selection', () => {
  beforeEach(() => useAtlasStore.setState({ ...initialAtlasState, catalogue, layers: ['x'] }));
  const s = () => useAtlasStore.getState();

  it('is one of four kinds; the feature mirror follows it', () => {
    s().select('a');
    expect(s().subject).toEqual({ kind: 'feature', id: 'a' });
    expect(s().selectedId).toBe('a');
    s().openSubject({ kind: 'place', id: '140300' });
    expect(s().selectedId).toBeNull();
    expect(s().camera).toBeNull(); // opening moves nothing
    s().select(null);
    expect(s().subject).toBeNull();
  });

  it('shown: a place is framed by its code, a frame by its parts with its layer on, a plan by its features', () => {
    s().showSubject({ kind: 'place', id: '140300' });
    expect(s().camera).toMatchObject({ target: { place: '140300' }, inset: { panel: true } });
    s().showSubject({ kind: 'frame', id: 'frame-a' });
    expect(s().camera?.target).toEqual({ ids: ['a'] });
    expect(s().layers).toEqual(['x', 'frame-a']);
    s().showSubject({ kind: 'plan', id: 'plan-2' });
    expect(s().camera?.target).toEqual({ ids: ['b'] });
    expect(s().layers).toEqual(['x', 'frame-a', 'plan:plan-2']);
  });

  it('a map click: one feature opens, several are listed, none opens the county, nothing outside clears', () => {
    s().pickAt(['a'], '140302');
    expect(s().subject).toEqual({ kind: 'feature', id: 'a' });
    s().pickAt(['a', 'b'], '140302');
    expect(s().here).toEqual({ ids: ['a', 'b'], place: '140302' });
    expect(s().subject).toEqual({ kind: 'feature', id: 'a' }); // unchanged until one is chosen
    s().pickAt([], '140302');
    expect(s().subject).toEqual({ kind: 'place', id: '140302' });
    expect(s().here).toBeNull();
    s().pickAt([], null);
    expect(s().subject).toBeNull();
  });

  it("a place dossier draws its own features once its entry matches the place", () => {
    const entry = { links: [{ f: 'a', r: 'covers' as const, s: 1 }], text: [] };
    expect(focusIds({ subject: { kind: 'place', id: '140300' }, placeEntry: null })).toBeNull();
    expect(focusIds({ subject: { kind: 'place', id: '140300' }, placeEntry: { id: '140300', entry } })).toEqual(['a']);
    expect(focusIds({ subject: { kind: 'place', id: '140400' }, placeEntry: { id: '140300', entry } })).toBeNull();
    expect(focusIds({ subject: { kind: 'feature', id: 'a' }, placeEntry: { id: '140300', entry } })).toBeNull();
  });
});
