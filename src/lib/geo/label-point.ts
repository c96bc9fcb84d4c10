// Where a polygon's label goes: the point inside it farthest from its edges (pole of inaccessibility),
// found by subdividing square cells and dropping those that cannot hold a better point. For a
// multipolygon, the pole of its largest part. Coordinates are lon/lat; x is scaled by cos(latitude)
// so that distances are roughly even.
import type { Polygon, MultiPolygon, Position } from 'geojson';

type Ring = Position[];

function ringArea(ring: Ring): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return Math.abs(a / 2);
}

function segmentDistanceSq(px: number, py: number, a: Position, b: Position): number {
  let [x, y] = a;
  let dx = b[0] - x;
  let dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) { x = b[0]; y = b[1]; } else if (t > 0) { x += dx * t; y += dy * t; }
  }
  dx = px - x;
  dy = py - y;
  return dx * dx + dy * dy;
}

/** Distance from a point to the polygon's outline, positive inside and negative outside. */
function signedDistance(x: number, y: number, rings: Ring[]): number {
  let inside = false;
  let min = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i];
      const b = ring[j];
      if ((a[1] > y) !== (b[1] > y) && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
      min = Math.min(min, segmentDistanceSq(x, y, a, b));
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(min);
}

interface Cell { x: number; y: number; h: number; d: number; max: number }

function poleOfRings(rings: Ring[], precision: number): Position {
  const outer = rings[0];
  const xs = outer.map((p) => p[0]);
  const ys = outer.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const size = Math.min(maxX - minX, maxY - minY);
  if (size === 0) return [minX, minY];
  const cell = (x: number, y: number, h: number): Cell => {
    const d = signedDistance(x, y, rings);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };
  const queue: Cell[] = [];
  for (let x = minX; x < maxX; x += size) for (let y = minY; y < maxY; y += size) queue.push(cell(x + size / 2, y + size / 2, size / 2));
  // Start from the centre of the bounding box: good enough for convex shapes.
  let best = cell((minX + maxX) / 2, (minY + maxY) / 2, 0);
  while (queue.length) {
    queue.sort((a, b) => a.max - b.max);
    const c = queue.pop()!;
    if (c.d > best.d) best = c;
    if (c.max - best.d <= precision) continue;
    const h = c.h / 2;
    queue.push(cell(c.x - h, c.y - h, h), cell(c.x + h, c.y - h, h), cell(c.x - h, c.y + h, h), cell(c.x + h, c.y + h, h));
  }
  return [best.x, best.y];
}

/** The label point of a polygon or multipolygon, to about `precisionDeg` degrees. */
export function labelPoint(geometry: Polygon | MultiPolygon, precisionDeg = 0.005): [number, number] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = polygons.reduce((a, b) => (ringArea(b[0]) > ringArea(a[0]) ? b : a));
  const k = Math.cos((largest[0].reduce((s, p) => s + p[1], 0) / largest[0].length) * (Math.PI / 180));
  const scaled = largest.map((ring) => ring.map(([x, y]) => [x * k, y]));
  const [x, y] = poleOfRings(scaled, precisionDeg);
  return [Math.round((x / k) * 1e5) / 1e5, Math.round(y * 1e5) / 1e5];
}

/** The middle, by length, of a line (of its longest part): where a line's name goes at a point. */
export function lineLabelPoint(parts: Position[][]): [number, number] {
  const k = Math.cos(((parts[0]?.[0]?.[1] ?? 0) * Math.PI) / 180);
  const len = (a: Position, b: Position) => Math.hypot((b[0] - a[0]) * k, b[1] - a[1]);
  const total = (line: Position[]) => line.slice(1).reduce((s, p, i) => s + len(line[i], p), 0);
  const longest = parts.reduce((a, b) => (total(b) > total(a) ? b : a));
  let rest = total(longest) / 2;
  for (let i = 1; i < longest.length; i++) {
    const d = len(longest[i - 1], longest[i]);
    if (d >= rest && d > 0) {
      const t = rest / d;
      const [a, b] = [longest[i - 1], longest[i]];
      return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
    }
    rest -= d;
  }
  return [longest[0][0], longest[0][1]];
}
