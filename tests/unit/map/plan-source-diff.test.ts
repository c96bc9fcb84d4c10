// The plan source's features are told apart by key, so that maplibre can take more plans as a diff: every key is
// unique over the real catalogue (maplibre refuses `updateData` otherwise), and the diff sends only what changed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planSourceData } from '../../../src/features/map/plan-source';
import { planSourceDiff, sourceKey } from '../../../src/features/map/plan-source-diff';
import type { AtlasFeatureCollection } from '../../../src/lib/catalogue/catalogue-types';

const catalogue = JSON.parse(readFileSync('public/data/features.geojson', 'utf8')) as AtlasFeatureCollection;

describe('the plan source’s keys and diff', () => {
  it('gives every shape and label point of the real catalogue its own key, a shape its feature’s id', () => {
    const source = planSourceData(catalogue).features;
    const keys = source.map(sourceKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of source) expect(sourceKey(f)).toBe(f.properties!.labelOnly ? `${f.properties!.id}/label` : f.properties!.id);
    expect(source.some((f) => f.properties!.labelOnly)).toBe(true);
  });

  it('adds a half’s features to the other half’s, and removes them again, by key', () => {
    const half = Math.floor(catalogue.features.length / 2);
    const first = planSourceData({ ...catalogue, features: catalogue.features.slice(0, half) }).features;
    const all = planSourceData(catalogue).features;
    const shown = new Map(first.map((f) => [sourceKey(f), f]));
    const grown = planSourceDiff(shown, all);
    expect(grown.remove).toEqual([]);
    expect(grown.add.map(sourceKey).sort()).toEqual(all.slice(first.length).map(sourceKey).sort());
    const shrunk = planSourceDiff(new Map(all.map((f) => [sourceKey(f), f])), first);
    expect(shrunk.add).toEqual([]);
    expect(shrunk.remove.sort()).toEqual(all.slice(first.length).map(sourceKey).sort());
    expect(planSourceDiff(shown, first)).toEqual({ add: [], remove: [] });
  });
});
