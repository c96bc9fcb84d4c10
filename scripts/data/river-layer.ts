/**
 * Rivers: WDBII (GSHHG) segments, named by matching against reference lines, joined, clipped to
 * the river box and simplified; plus the authored schematic rivers WDBII lacks.
 */
import mapshaper from 'mapshaper';
import type { Feature, FeatureCollection, LineString, MultiLineString } from 'geojson';
import { RIVER_BOX, SIMPLIFY_RIVERS_M } from './basemap-config.ts';
import { parseGmtMultisegment, joinSegments, PERMANENT_LEVELS, INTERMITTENT_LEVELS } from './gmt-rivers.ts';
import { matchRiverName } from './river-names.ts';
import { REFERENCE_LINES, SCHEMATIC_RIVERS } from './river-references.ts';
import { polylineLengthKm } from './geo-math.ts';

export interface RiverProps {
  name?: string;
  level: number;
  schematic: boolean;
  source: 'gshhg-wdbii' | 'authored';
}

export const KEPT_LEVELS: ReadonlySet<number> = new Set<number>([...PERMANENT_LEVELS, ...INTERMITTENT_LEVELS]);
/** Pieces shorter than this after clipping are dropped (km). */
export const MIN_RIVER_KM = 3;

export async function buildRiverFeatures(gmtText: string): Promise<Array<Feature<LineString, RiverProps>>> {
  const segs = parseGmtMultisegment(gmtText).filter((s) => KEPT_LEVELS.has(s.level));
  if (segs.length < 50) throw new Error(`GSHHG/WDBII: only ${segs.length} river segments in the region — gshhg data missing?`);
  const named = segs.map((s) => ({ ...s, name: matchRiverName(s.coords, REFERENCE_LINES) }));
  const joined = joinSegments(named, (s) => `${s.name ?? ''}|${s.level}`);
  const fc: FeatureCollection<LineString, { name: string; level: number }> = {
    type: 'FeatureCollection',
    features: joined.map((s) => ({ type: 'Feature', properties: { name: s.name ?? '', level: s.level }, geometry: { type: 'LineString', coordinates: s.coords } })),
  };
  const [w, s, e, n] = RIVER_BOX;
  const cmd = [
    '-i rivers.json name=rivers',
    `-clip bbox=${w},${s},${e},${n}`,
    `-simplify visvalingam interval=${SIMPLIFY_RIVERS_M}m`,
    '-explode',
    '-o format=geojson',
  ].join(' ');
  let out: Record<string, string | Uint8Array>;
  try {
    out = await mapshaper.applyCommands(cmd, { 'rivers.json': fc });
  } catch (err) {
    throw new Error(`mapshaper (rivers): ${(err as Error).message}`, { cause: err });
  }
  const text = out['rivers.json'];
  if (text === undefined) throw new Error('mapshaper (rivers): no output');
  const res = JSON.parse(typeof text === 'string' ? text : Buffer.from(text).toString('utf8')) as FeatureCollection<LineString | MultiLineString, { name: string; level: number }>;
  const features: Array<Feature<LineString, RiverProps>> = [];
  for (const f of res.features) {
    if (!f.geometry) continue;
    const parts = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const c of parts) {
      if (polylineLengthKm(c) < MIN_RIVER_KM) continue;
      features.push({
        type: 'Feature',
        properties: { ...(f.properties.name ? { name: f.properties.name } : {}), level: f.properties.level, schematic: false, source: 'gshhg-wdbii' },
        geometry: { type: 'LineString', coordinates: c },
      });
    }
  }
  for (const r of SCHEMATIC_RIVERS) {
    features.push({ type: 'Feature', properties: { name: r.name, level: r.level, schematic: true, source: 'authored' }, geometry: { type: 'LineString', coordinates: r.points } });
  }
  return features;
}
