// The live map declares the basemap's sources from one list: every source it loads is read by a layer (a source no
// layer reads is tiled in the worker for nothing), and every layer's source is on the list.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { basemapLayers } from '../../../src/features/map/basemap-layers';
import { BASEMAP_SOURCE_IDS, basemapSources } from '../../../src/features/map/basemap-sources';

describe('the basemap sources', () => {
  const layers = basemapLayers('name');
  const read = new Set(layers.flatMap((l) => ('source' in l && typeof l.source === 'string' ? [l.source] : [])));

  it('are the sources the layers read, no more and no fewer', () => {
    expect([...BASEMAP_SOURCE_IDS].sort()).toEqual([...read].sort());
  });

  it('are what the basemap data is turned into', () => {
    const topology = JSON.parse(readFileSync('public/data/basemap.topo.json', 'utf8')) as Topology;
    const overlay = JSON.parse(readFileSync('public/data/overlay.json', 'utf8')) as FeatureCollection;
    const sources = basemapSources(topology, overlay);
    expect(Object.keys(sources).sort()).toEqual([...BASEMAP_SOURCE_IDS].sort());
    for (const id of BASEMAP_SOURCE_IDS) expect(sources[id].features.length, id).toBeGreaterThan(0);
  });
});
