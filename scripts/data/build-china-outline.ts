/**
 * The locator inset's data: a very coarse outline of China with Shanxi, from ECharts 4.9.0's
 * `map/json/china.json` (the same verified tarball as the prefecture seats), decoded, converted
 * GCJ-02 → WGS84, dissolved and heavily simplified with mapshaper. Writes
 * `data/basemap/china-outline.json` and upserts its record in `data/sources.json`.
 * Run: `npx tsx scripts/data/build-china-outline.ts` (needs `.cache/` or the npm registry).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import mapshaper from 'mapshaper';
import type { FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { geoArea } from 'd3';
import { CACHE_DIR, ECHARTS4, OUT_DIR, SOURCES_FILE } from './basemap-config.ts';
import { extractTarball, fetchVerifiedTarball } from './fetch-source.ts';
import { decodeFeatureCollection } from './echarts-decode.ts';
import { geometryGcjToWgs } from './gcj.ts';

const MEMBER = 'package/map/json/china.json';
const OUT_FILE = join(OUT_DIR, 'china-outline.json');
const BUDGET_GZIP = 8 * 1024;
/** Visvalingam interval: at inset scale (≈ 120 px for 5,000 km) 20 km is far below a pixel. */
const SIMPLIFY = '20km';

async function main(): Promise<void> {
  const tarball = fetchVerifiedTarball({ ...ECHARTS4, cacheDir: CACHE_DIR });
  const dest = join(CACHE_DIR, `echarts-${ECHARTS4.version}`);
  extractTarball(tarball, dest, [MEMBER]);
  const decoded = decodeFeatureCollection(JSON.parse(readFileSync(join(dest, MEMBER), 'utf8')));
  const cache = new Map<string, [number, number]>();
  const input: FeatureCollection = {
    type: 'FeatureCollection',
    features: decoded.features.map((f) => ({
      type: 'Feature',
      properties: { shanxi: f.properties?.name === '山西' },
      geometry: geometryGcjToWgs(f.geometry as Geometry, cache),
    })),
  };
  const cmd = [
    '-i china.json name=prov',
    '-clean',
    `-simplify visvalingam interval=${SIMPLIFY} keep-shapes`,
    '-filter-islands min-area=2000km2 remove-empty',
    '-dissolve target=prov + name=whole',
    '-each "name = \'china\'" target=whole',
    '-filter shanxi target=prov + name=sx',
    '-each "name = \'shanxi\'" target=sx',
    '-merge-layers target=whole,sx name=outline force',
    '-filter-fields name target=outline',
    '-o format=geojson rfc7946 precision=0.01 target=outline outline.json',
  ].join(' ');
  const out = await mapshaper.applyCommands(cmd, { 'china.json': input });
  const text = out['outline.json'];
  const fc = JSON.parse(typeof text === 'string' ? text : Buffer.from(text!).toString('utf8')) as FeatureCollection;
  // d3-geo draws a spherical polygon's inside on the clockwise side: reverse mapshaper's RFC 7946 rings.
  for (const f of fc.features) {
    const g = f.geometry as Polygon | MultiPolygon;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const poly of polys) for (const ring of poly) ring.reverse();
    if (geoArea(f) > 2 * Math.PI) throw new Error(`china-outline: ${String(f.properties?.name)} is wound inside out`);
  }
  const names = fc.features.map((f) => f.properties?.name).sort();
  if (names.join() !== 'china,shanxi') throw new Error(`china-outline: expected features china and shanxi, got ${names.join()}`);
  const json = `${JSON.stringify(fc)}\n`;
  const gz = gzipSync(json).length;
  if (gz > BUDGET_GZIP) throw new Error(`china-outline: ${gz} bytes gzip exceeds the ${BUDGET_GZIP} budget`);
  writeFileSync(OUT_FILE, json);
  upsertSource();
  console.log(`  ${OUT_FILE}: ${(json.length / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip`);
}

function upsertSource(): void {
  const sources = JSON.parse(readFileSync(SOURCES_FILE, 'utf8')) as { id: string }[];
  const record = {
    id: 'echarts-4-china-outline',
    name: 'ECharts 4 map of China (locator inset outline only)',
    what: 'The outline of China and of 山西 in the locator inset (data/basemap/china-outline.json).',
    package: ECHARTS4.name,
    version: ECHARTS4.version,
    integrity: ECHARTS4.integrity,
    licence: 'Apache-2.0 (package); map data of AutoNavi (高德地图) origin, removed from ECharts 5',
    attribution: '位置示意图（示意，高度简化）: Apache ECharts 4.9.0 map data (Apache-2.0), 源自高德地图',
    transformations: [
      'npm pack + sha512 integrity check; map/json/china.json decoded by the project ("UTF8Encoding")',
      'every vertex converted GCJ-02 → WGS84 with gcoord',
      `mapshaper -clean, Visvalingam simplification at ${SIMPLIFY} (keep-shapes), islands under 2,000 km² dropped`,
      'provinces dissolved into one outline of China; 山西 kept as a second feature; coordinates rounded to 0.01°',
      'rings wound clockwise (exterior), as d3-geo expects; not RFC 7946 order',
    ],
    notes: 'Schematic (示意): a locator drawing a hundred pixels wide, far too coarse for any other use. Small islands, including 南海诸岛, are below its resolution and omitted; it is not a map of China\'s territory and not an approved map (审图号).',
  };
  const i = sources.findIndex((s) => s.id === record.id);
  if (i >= 0) sources[i] = record;
  else sources.push(record);
  writeFileSync(SOURCES_FILE, `${JSON.stringify(sources, null, 2)}\n`);
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
