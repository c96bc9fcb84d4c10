/**
 * One mapshaper session turns the (vintage-fixed, WGS84) county polygons of Shanxi and its
 * neighbours into every boundary layer, so all levels come from the same cleaned, simplified arcs:
 * counties → prefectures → province (dissolves), ranked border lines, clipped neighbours.
 */
import mapshaper from 'mapshaper';
import type { Feature, FeatureCollection, GeometryCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { CONTEXT_BOX, PROVINCE_NAME, SIMPLIFY_BOUNDARIES_M } from './basemap-config.ts';

export interface BoundaryInputProps {
  adcode: string;
  name: string;
  prefecture: string;
  /** Province display name, e.g. 山西省, 河北省. */
  prov: string;
}

export type BorderRank = 'province' | 'prefecture' | 'county';

export interface BoundaryLayers {
  counties: Array<Feature<Polygon | MultiPolygon, { adcode: string; name: string; prefecture: string }>>;
  prefectures: Array<Feature<Polygon | MultiPolygon, { prefecture: string }>>;
  province: Array<Feature<Polygon | MultiPolygon, Record<string, never>>>;
  neighbours: Array<Feature<Polygon | MultiPolygon, { name: string }>>;
  borders: Array<Feature<LineString, { rank: BorderRank }>>;
}

const js = (s: string) => JSON.stringify(s).replace(/'/g, "\\'");

/** mapshaper `-lines prefecture` RANK/TYPE → our ranks. */
export function borderRank(type: string): BorderRank {
  if (type === 'outer') return 'province';
  if (type === 'prefecture') return 'prefecture';
  if (type === 'inner') return 'county';
  throw new Error(`mapshaper -lines: unexpected boundary TYPE ${type}`);
}

function asFeatures<T>(text: string | Uint8Array | undefined, label: string): T[] {
  if (text === undefined) throw new Error(`mapshaper: missing output ${label}`);
  const obj = JSON.parse(typeof text === 'string' ? text : Buffer.from(text).toString('utf8')) as FeatureCollection | GeometryCollection;
  if (obj.type === 'FeatureCollection') return obj.features as T[];
  return obj.geometries.map((g) => ({ type: 'Feature', properties: {}, geometry: g })) as T[];
}

export async function buildBoundaryLayers(input: FeatureCollection<Polygon | MultiPolygon, BoundaryInputProps>): Promise<BoundaryLayers> {
  const [w, s, e, n] = CONTEXT_BOX;
  const inProv = `prov === ${js(PROVINCE_NAME)}`;
  const cmd = [
    '-i all.json name=all',
    '-clean',
    // Vintage merges arrive as several features with the same (current) adcode: dissolve them here,
    // after -clean, so the removed internal edges are exact.
    '-dissolve adcode copy-fields=name,prefecture,prov name=all',
    `-simplify visvalingam interval=${SIMPLIFY_BOUNDARIES_M}m keep-shapes`,
    `-filter '${inProv}' + name=counties`,
    '-dissolve prefecture target=counties + name=prefectures',
    '-dissolve target=counties + name=province',
    '-lines prefecture target=counties + name=borders',
    `-filter '!(${inProv})' target=all + name=nb`,
    `-clip bbox=${w},${s},${e},${n} target=nb`,
    '-dissolve prov target=nb name=neighbours',
    '-o format=geojson target=counties,prefectures,province,neighbours,borders',
  ].join(' ');
  let out: Record<string, string | Uint8Array>;
  try {
    out = await mapshaper.applyCommands(cmd, { 'all.json': input });
  } catch (err) {
    throw new Error(`mapshaper (boundaries): ${(err as Error).message}`, { cause: err });
  }
  const counties = asFeatures<BoundaryLayers['counties'][number] & { properties: { prov?: string } }>(out['counties.json'], 'counties');
  const prefectures = asFeatures<BoundaryLayers['prefectures'][number]>(out['prefectures.json'], 'prefectures');
  const province = asFeatures<BoundaryLayers['province'][number]>(out['province.json'], 'province');
  const nbRaw = asFeatures<Feature<Polygon | MultiPolygon, { prov: string }>>(out['neighbours.json'], 'neighbours');
  const bordersRaw = asFeatures<Feature<LineString | MultiLineString, { TYPE: string }>>(out['borders.json'], 'borders');
  const borders: BoundaryLayers['borders'] = [];
  for (const f of bordersRaw) {
    const rank = borderRank(f.properties.TYPE);
    const parts = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const c of parts) borders.push({ type: 'Feature', properties: { rank }, geometry: { type: 'LineString', coordinates: c } });
  }
  return {
    counties: counties.map((f) => ({ ...f, properties: { adcode: f.properties.adcode, name: f.properties.name, prefecture: f.properties.prefecture } })),
    prefectures,
    province,
    neighbours: nbRaw.map((f) => ({ ...f, properties: { name: f.properties.prov } })),
    borders,
  };
}
