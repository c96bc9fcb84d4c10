/** Assemble the authored overlay (rail, mountains, river labels) as GeoJSON. */
import type { Feature, FeatureCollection, Geometry, LineString, Position } from 'geojson';
import { OUTSIDE_PLACES, RAIL_LINES, MOUNTAINS, RIVER_LABELS } from './overlay-data.ts';
import { distanceKm } from './geo-math.ts';
import { roundLonLat } from './gcj.ts';

export interface OverlayProps {
  layer: 'rail' | 'hsr' | 'mountain' | 'river-label';
  name: string;
  schematic: true;
  approximate: true;
  via?: string[];
  kind?: 'range' | 'peak';
  elevation?: number;
  note?: string;
}

/** Resolve a place name to coordinates: prefecture seat, county seat or an outside place. */
export function makePlaceResolver(prefSeats: Map<string, [number, number]>, countySeats: Map<string, [number, number]>) {
  return (name: string): [number, number] => {
    const p = prefSeats.get(name) ?? countySeats.get(name) ?? OUTSIDE_PLACES[name];
    if (!p) throw new Error(`overlay: unknown place "${name}" (not a prefecture, a unique county name or an OUTSIDE_PLACES entry)`);
    return p;
  };
}

function nearestVertex(lines: Array<Feature<LineString>>, near: Position): Position | undefined {
  let best: Position | undefined;
  let bestD = Infinity;
  for (const f of lines)
    for (const c of f.geometry.coordinates) {
      const d = distanceKm(c, near);
      if (d < bestD) {
        bestD = d;
        best = c;
      }
    }
  return bestD <= 15 ? best : undefined;
}

export function buildOverlay(opts: {
  prefSeats: Map<string, [number, number]>;
  countySeats: Map<string, [number, number]>;
  rivers: Array<Feature<LineString, { name?: string }>>;
}): FeatureCollection<Geometry, OverlayProps> {
  const resolve = makePlaceResolver(opts.prefSeats, opts.countySeats);
  const features: Array<Feature<Geometry, OverlayProps>> = [];
  for (const r of RAIL_LINES) {
    features.push({
      type: 'Feature',
      properties: { layer: r.layer, name: r.name, schematic: true, approximate: true, via: r.via, ...(r.note ? { note: r.note } : {}) },
      geometry: { type: 'LineString', coordinates: r.via.map((v) => roundLonLat(resolve(v), 4)) },
    });
  }
  for (const m of MOUNTAINS) {
    features.push({
      type: 'Feature',
      properties: { layer: 'mountain', name: m.name, schematic: true, approximate: true, kind: m.kind, ...(m.elevation ? { elevation: m.elevation } : {}) },
      geometry: m.points.length === 1 ? { type: 'Point', coordinates: m.points[0]! } : { type: 'LineString', coordinates: m.points },
    });
  }
  for (const l of RIVER_LABELS) {
    const lines = opts.rivers.filter((f) => f.properties.name === l.name);
    if (lines.length === 0) throw new Error(`overlay: river label ${l.name} has no river feature of that name`);
    const at = nearestVertex(lines, l.near);
    if (!at) throw new Error(`overlay: river label ${l.name} anchor ${l.near.join(',')} is more than 15 km from the river`);
    features.push({
      type: 'Feature',
      properties: { layer: 'river-label', name: l.name, schematic: true, approximate: true },
      geometry: { type: 'Point', coordinates: roundLonLat(at, 4) },
    });
  }
  return { type: 'FeatureCollection', features };
}
