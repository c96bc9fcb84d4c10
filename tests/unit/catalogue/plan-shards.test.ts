// One file per plan: a plan's features read from the base's arcs and its own are the features of the one
// topology the build made, arc for arc; the files of the compiled plans together are the whole catalogue.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import { feature, quantize } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection } from 'geojson';
import { joinParts, readShard, splitCatalogue, type PlanShard } from '../../../src/lib/catalogue/plan-shards';
import type { FeatureSummary, PlanFrame } from '../../../src/lib/catalogue/catalogue-types';
import { compiledCatalogue } from '../present/catalogue-fixture';

const square = (x: number, y: number): number[][][] => [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]];
const summary = (id: string, seeds: string[]) => ({ id, seeds, frames: [], name: { zh: id, en: id }, kind: 'zone', schematic: false, recipe: 'x' }) as unknown as FeatureSummary;
const polygon = (coordinates: number[][][], properties: object): Feature => ({ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates } });

// Two counties sharing an edge (the basemap); plan A's feature is their union (the counties' arcs, one of them
// reversed), plan B's a square of its own; one feature is in both plans.
const counties: FeatureCollection = { type: 'FeatureCollection', features: [polygon(square(0, 0), { adcode: '1' }), polygon(square(1, 0), { adcode: '2' })] };
const features: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    polygon([[[0, 0], [1, 0], [2, 0], [2, 1], [1, 1], [0, 1], [0, 0]]], summary('union', ['A'])),
    polygon(square(5, 5), summary('own', ['B'])),
    polygon(square(1, 0), summary('shared', ['A', 'B'])),
  ],
};
const whole = quantize(topology({ features, counties } as never) as never, 1e5) as Topology;
const frames = [{ id: 'fa', seed: 'A' }, { id: 'fb', seed: 'B' }] as unknown as PlanFrame[];
const geometries = (fc: FeatureCollection) => fc.features.map((f) => [(f.properties as FeatureSummary).id, f.geometry]);

describe('the catalogue split by plan', () => {
  const { base, shards } = splitCatalogue(whole, frames, ['A', 'B'], (f) => f.seeds);

  it('keeps the basemap whole in the base, with only the arcs it uses', () => {
    expect(feature(base, base.objects.counties as GeometryCollection)).toEqual(feature(whole, whole.objects.counties as GeometryCollection));
    expect(base.arcs.length).toBeLessThan(whole.arcs.length);
    expect(shards.find((s) => s.plan === 'A')!.arcs).toEqual([]); // made of the counties' arcs alone
    expect(shards.find((s) => s.plan === 'B')!.arcs.length).toBeGreaterThan(0);
  });

  it('reads each plan with the same coordinates as the whole topology, and joins plans in catalogue order', () => {
    const all = feature(whole, whole.objects.features as GeometryCollection) as FeatureCollection;
    const parts = shards.map((s) => readShard(base, s));
    expect(parts.map((p) => p.features.map((f) => f.properties.id))).toEqual([['union', 'shared'], ['own', 'shared']]);
    expect(parts.map((p) => p.frames.map((f) => f.id))).toEqual([['fa'], ['fb']]);
    const joined = joinParts([...parts].reverse());
    expect(geometries(joined.features as FeatureCollection)).toEqual(geometries(all));
    expect(joined.frames.map((f) => f.id)).toEqual(['fa', 'fb']);
    expect(geometries(joinParts([parts[1]]).features as FeatureCollection)).toEqual(geometries(all).slice(1));
  });

  it('joins an area’s coordinates from the arcs when they are first read, keeps them, and lets them be written', () => {
    const shape = readShard(base, shards.find((s) => s.plan === 'A')!).features[0]!.geometry!;
    const made = () => Object.getOwnPropertyDescriptor(shape, 'coordinates')!;
    expect(shape.type).toBe('Polygon');
    expect(made().get).toBeDefined(); // the type is known, the coordinates not made yet
    const all = feature(whole, whole.objects.features as GeometryCollection) as FeatureCollection;
    const first = (shape as { coordinates: unknown }).coordinates;
    expect(first).toEqual((all.features[0]!.geometry as { coordinates: unknown }).coordinates);
    expect(made().get).toBeUndefined();
    expect((shape as { coordinates: unknown }).coordinates).toBe(first); // made once
    expect(Object.keys(shape)).toEqual(['type', 'coordinates']);
    expect(JSON.parse(JSON.stringify(shape))).toEqual(all.features[0]!.geometry);
    const other = readShard(base, shards.find((s) => s.plan === 'A')!).features[0]!.geometry as { coordinates: unknown };
    other.coordinates = [];
    expect(other.coordinates).toEqual([]);
  });
});

describe('the compiled plans’ files', () => {
  it('hold every feature of the open data once joined, in its order, and every frame', () => {
    const openData = JSON.parse(readFileSync('public/data/features.geojson', 'utf8')) as FeatureCollection;
    const frameIds = (JSON.parse(readFileSync('public/data/frames.json', 'utf8')) as PlanFrame[]).map((f) => f.id);
    const { features: joined } = compiledCatalogue();
    expect(joined.features.map((f) => f.properties.id)).toEqual(openData.features.map((f) => (f.properties as FeatureSummary).id));
    const plans = JSON.parse(readFileSync('public/data/plans.json', 'utf8')) as { frames: { id: string }[] }[];
    expect(plans.flatMap((p) => p.frames.map((f) => f.id)).sort()).toEqual([...frameIds].sort());
  });
});

describe('a plan read with each arc decoded once', () => {
  it('has the geometry topojson-client reads from the base and the plan together, for every compiled plan', () => {
    const base = JSON.parse(readFileSync('public/data/catalogue/base.topo.json', 'utf8')) as Topology;
    const plans = JSON.parse(readFileSync('public/data/plans.json', 'utf8')) as { id: string }[];
    expect(plans.length).toBeGreaterThan(0);
    for (const { id } of plans) {
      const shard = JSON.parse(readFileSync(`public/data/catalogue/${id}.json`, 'utf8')) as PlanShard;
      const together = { ...base, arcs: [...base.arcs, ...shard.arcs], objects: { features: shard.features } } as Topology;
      const expected = feature(together, shard.features as GeometryCollection) as FeatureCollection;
      expect(expected.features.length, id).toBeGreaterThan(0);
      expect(readShard(base, shard).features, id).toEqual(expected.features);
    }
  });

  it('reads points, lines, shared and reversed arcs as topojson-client does', () => {
    const kinds: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: summary('site', ['C']), geometry: { type: 'Point', coordinates: [3.25, 4.5] } },
        { type: 'Feature', properties: summary('sites', ['C']), geometry: { type: 'MultiPoint', coordinates: [[3, 4], [3.5, 4.75]] } },
        { type: 'Feature', properties: summary('east', ['C']), geometry: { type: 'LineString', coordinates: [[0, 0], [1, 0], [2, 1]] } },
        { type: 'Feature', properties: summary('west', ['C']), geometry: { type: 'MultiLineString', coordinates: [[[2, 1], [1, 0], [0, 0]], [[5, 5], [6, 6]]] } },
        polygon(square(0, 0), summary('box', ['C'])),
        { type: 'Feature', properties: summary('boxes', ['C']), geometry: { type: 'MultiPolygon', coordinates: [square(1, 0), square(4, 4)] } },
      ],
    };
    const topo = quantize(topology({ features: kinds, counties } as never) as never, 1e4) as Topology;
    const { base, shards } = splitCatalogue(topo, [], ['C'], (f) => f.seeds);
    const expected = feature(topo, topo.objects.features as GeometryCollection) as FeatureCollection;
    expect(readShard(base, shards[0]).features).toEqual(expected.features);
  });
});
