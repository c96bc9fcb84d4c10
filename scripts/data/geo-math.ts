/** Small planar-approximation helpers (km) for matching lines near 37° N. Pure functions. */

const KM_PER_DEG_LAT = 111.32;

/** Local equirectangular projection to km around a reference latitude. */
export function toKm(p: readonly number[], lat0: number): [number, number] {
  return [p[0]! * KM_PER_DEG_LAT * Math.cos((lat0 * Math.PI) / 180), p[1]! * KM_PER_DEG_LAT];
}

export function distanceKm(a: readonly number[], b: readonly number[]): number {
  const lat0 = (a[1]! + b[1]!) / 2;
  const [ax, ay] = toKm(a, lat0);
  const [bx, by] = toKm(b, lat0);
  return Math.hypot(ax - bx, ay - by);
}

/** Distance (km) from point p to the polyline `line`. */
export function pointToPolylineKm(p: readonly number[], line: ReadonlyArray<readonly number[]>): number {
  const lat0 = p[1]!;
  const [px, py] = toKm(p, lat0);
  let best = Infinity;
  for (let i = 0; i < line.length; i++) {
    const [ax, ay] = toKm(line[i]!, lat0);
    if (line.length === 1) return Math.hypot(px - ax, py - ay);
    if (i === 0) continue;
    const [bx, by] = toKm(line[i - 1]!, lat0);
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
    const d = Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    if (d < best) best = d;
  }
  return best;
}

export function polylineLengthKm(line: ReadonlyArray<readonly number[]>): number {
  let s = 0;
  for (let i = 1; i < line.length; i++) s += distanceKm(line[i - 1]!, line[i]!);
  return s;
}
