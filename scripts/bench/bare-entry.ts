// A bare maplibre page for `npm run bench`: no React, no store. It fetches the same data files as
// the app (from the app's data/ one level up) and draws them with the same layer styles, so the
// app's time to first idle can be divided by this page's.
import { Map as MaplibreMap, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Topology } from 'topojson-specification';
import { joinParts, readShard, type PlanShard } from '../../src/lib/catalogue/plan-shards';
import { plansOfGroups, type PlanSummary } from '../../src/lib/plans/plan-summary';
import type { FeatureCollection } from 'geojson';
import { basemapLayers, withTopLayers } from '../../src/features/map/basemap-layers';
import { planLayers, PLAN_SOURCE } from '../../src/features/map/plan-layers';
import { BASEMAP_SOURCE_IDS, basemapSources } from '../../src/features/map/basemap-sources';
import { mapFontFaces } from '../../src/features/map/font-faces';
import { visibleFeatureIds } from '../../src/lib/catalogue/layer-visibility';
import { defaultLayers } from 'virtual:plan-registry';
import type { FeatureSummary } from '../../src/lib/catalogue/catalogue-types';
import { EXTENT_PADDING, SHANXI_EXTENT } from '../../src/lib/geo/shanxi-extent';

declare global {
  interface Window { __atlasMap?: MaplibreMap }
}

setWorkerUrl(workerUrl);
const appBase = new URL('../', document.baseURI).href;
const getJson = <T>(path: string): Promise<T> => fetch(new URL(`data/${path}`, appBase)).then((r) => r.json() as Promise<T>);
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

const map = new MaplibreMap({
  container: 'map',
  style: {
    version: 8,
    'font-faces': mapFontFaces(appBase),
    sources: Object.fromEntries([
      ...BASEMAP_SOURCE_IDS.map((id) => [id, { type: 'geojson', data: EMPTY }]),
      [PLAN_SOURCE, { type: 'geojson', data: EMPTY, promoteId: 'id' }],
    ]),
    layers: withTopLayers(basemapLayers('name'), planLayers('nameZh')),
  },
  bounds: SHANXI_EXTENT,
  fitBoundsOptions: { padding: EXTENT_PADDING },
  attributionControl: false,
  canvasContextAttributes: { preserveDrawingBuffer: true },
});
window.__atlasMap = map;

const loaded = new Promise((done) => map.once('load', done));
// The base holds the basemap's objects and the arcs every plan's file continues (src/lib/catalogue/plan-shards.ts).
// As the app, it fetches the files of the plans the default layers show.
const data = Promise.all([getJson<Topology>('catalogue/base.topo.json'), getJson<FeatureCollection>('overlay.json'), getJson<PlanSummary[]>('plans.json')])
  .then(async ([base, overlay, plans]) => ({ base, overlay, shards: await Promise.all(plansOfGroups(defaultLayers, plans).map((id) => getJson<PlanShard>(`catalogue/${id}.json`))) }));

void Promise.all([data, loaded]).then(([{ base, overlay, shards }]) => {
  for (const [id, fc] of Object.entries(basemapSources(base, overlay))) (map.getSource(id) as GeoJSONSource).setData(fc);
  const features = joinParts(shards.map((shard) => readShard(base, shard))).features.features as unknown as { properties: FeatureSummary; geometry: unknown }[];
  const visible = new Set(visibleFeatureIds(features, defaultLayers, null));
  (map.getSource(PLAN_SOURCE) as GeoJSONSource).setData({
    type: 'FeatureCollection',
    features: features
      .filter((f) => f.geometry && visible.has(f.properties.id))
      .map((f) => ({ ...f, properties: { id: f.properties.id, nameZh: f.properties.name.zh, nameEn: f.properties.name.en, kind: f.properties.kind, schematic: f.properties.schematic } })),
  } as unknown as FeatureCollection);
});
