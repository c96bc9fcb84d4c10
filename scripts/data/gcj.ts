/** GCJ-02 → WGS84 conversion (wrapping gcoord), applied per vertex so shared edges stay shared. */
import gcoord from 'gcoord';
import type { Geometry, Position } from 'geojson';

export function gcjToWgs(p: readonly number[]): [number, number] {
  const r = gcoord.transform([p[0]!, p[1]!] as [number, number], gcoord.GCJ02, gcoord.WGS84) as number[];
  return [r[0]!, r[1]!];
}

/**
 * Convert a geometry's coordinates. Identical input vertices map to identical output vertices,
 * because the conversion is a pure function of the vertex (memoised here for speed).
 */
export function geometryGcjToWgs<G extends Geometry>(g: G, cache = new Map<string, [number, number]>()): G {
  const conv = (p: Position): Position => {
    const k = `${p[0]},${p[1]}`;
    let r = cache.get(k);
    if (!r) {
      r = gcjToWgs(p);
      cache.set(k, r);
    }
    return [r[0], r[1]];
  };
  const walk = (c: unknown): unknown => (typeof (c as number[])[0] === 'number' ? conv(c as Position) : (c as unknown[]).map(walk));
  if (g.type === 'GeometryCollection') {
    return { ...g, geometries: g.geometries.map((x) => geometryGcjToWgs(x, cache)) };
  }
  return { ...g, coordinates: walk((g as Exclude<Geometry, { type: 'GeometryCollection' }>).coordinates) } as G;
}

/** Round a lon/lat pair to `digits` decimals (default 5 ≈ 1 m). */
export function roundLonLat(p: readonly number[], digits = 5): [number, number] {
  const f = 10 ** digits;
  return [Math.round(p[0]! * f) / f, Math.round(p[1]! * f) / f];
}
