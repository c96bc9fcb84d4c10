// Simplifies a set of SVG paths together, so that a border two shapes share stays one line: each path is
// cut at its junctions (the vertices where shapes meet or part), and every stretch between two junctions
// is simplified once, the same way wherever it occurs. Pure; works on d3's path data (`M x,y L x,y … Z`).

type Point = number[];
interface Subpath { points: Point[]; closed: boolean }

const key = (p: Point) => `${p[0]},${p[1]}`;

/** Douglas–Peucker: the points that stay within `tolerance` of the simplified line, ends always kept. */
export function simplifyLine(points: Point[], tolerance: number): Point[] {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const spans: [number, number][] = [[0, points.length - 1]];
  while (spans.length) {
    const [a, b] = spans.pop()!;
    const [ax, ay] = points[a];
    const [bx, by] = points[b];
    const length = Math.hypot(bx - ax, by - ay);
    let farthest = -1;
    let distance = tolerance;
    for (let i = a + 1; i < b; i++) {
      const [x, y] = points[i];
      const d = length ? Math.abs((bx - ax) * (ay - y) - (ax - x) * (by - ay)) / length : Math.hypot(x - ax, y - ay);
      if (d > distance) { distance = d; farthest = i; }
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    spans.push([a, farthest], [farthest, b]);
  }
  return points.filter((_, i) => keep[i]);
}

function parse(d: string): Subpath[] {
  return (d.match(/M[^MZ]*Z?/g) ?? []).map((sub) => ({
    closed: sub.endsWith('Z'),
    points: sub.replace(/Z$/, '').slice(1).split('L').map((xy) => xy.split(',').map(Number)),
  }));
}

/** The vertices where paths meet or part: line ends, and points met with different neighbours. */
function junctions(subpaths: Subpath[]): Set<string> {
  const neighbours = new Map<string, string>();
  const found = new Set<string>();
  for (const { points, closed } of subpaths) {
    const n = points.length;
    points.forEach((p, i) => {
      const prev = i > 0 ? points[i - 1] : closed ? points[n - 1] : null;
      const next = i < n - 1 ? points[i + 1] : closed ? points[0] : null;
      const k = key(p);
      if (!prev || !next) return void found.add(k);
      const [a, b] = [key(prev), key(next)].sort();
      const pair = `${a}|${b}`;
      const seen = neighbours.get(k);
      if (seen === undefined) neighbours.set(k, pair);
      else if (seen !== pair) found.add(k);
    });
  }
  return found;
}

/** A stretch simplified the same way in either direction: worked on in a fixed order, given back in its own. */
function simplifyStretch(run: Point[], tolerance: number): Point[] {
  const [first, last] = [key(run[0]), key(run[run.length - 1])];
  const backwards = first === last ? key(run[1]) > key(run[run.length - 2]) : first > last;
  if (!backwards) return simplifyLine(run, tolerance);
  return simplifyLine([...run].reverse(), tolerance).reverse();
}

function simplifySubpath({ points, closed }: Subpath, nodes: Set<string>, tolerance: number): Point[] {
  if (!closed) {
    const out: Point[] = [points[0]];
    let from = 0;
    for (let i = 1; i < points.length; i++) {
      if (i < points.length - 1 && !nodes.has(key(points[i]))) continue;
      out.push(...simplifyStretch(points.slice(from, i + 1), tolerance).slice(1));
      from = i;
    }
    return out;
  }
  // A ring starts at a junction, or (meeting nothing) at its smallest vertex, so that two copies of one
  // ring are cut alike; its direction is kept (it decides holes).
  let start = points.findIndex((p) => nodes.has(key(p)));
  if (start < 0) start = points.reduce((best, p, i) => (key(p) < key(points[best]) ? i : best), 0);
  const ring = [...points.slice(start), ...points.slice(0, start), points[start]];
  const out = simplifySubpath({ points: ring, closed: false }, nodes, tolerance);
  return out.slice(0, -1);
}

/**
 * Simplifies every path in `ds` (within `tolerance`, in path units), borders shared between them alike,
 * rounds coordinates to a tenth and writes relative steps (`m x,y l dx,dy …`), measured between rounded
 * points so nothing drifts. Rings left with fewer than three vertices are dropped.
 */
export function simplifyPaths(ds: string[], tolerance: number): string[] {
  const parsed = ds.map(parse);
  const nodes = junctions(parsed.flat());
  const round = (n: number) => Math.round(n * 10) / 10;
  return parsed.map((subpaths) => subpaths.map((sub) => {
    const kept = simplifySubpath(sub, nodes, tolerance);
    if (sub.closed && kept.length < 3) return '';
    const r = kept.map(([x, y]) => [round(x), round(y)]);
    const steps = r.slice(1).map(([x, y], i) => `${round(x - r[i][0])},${round(y - r[i][1])}`.replace(/(^|,)(-?)0\./g, '$1$2.'));
    return `M${r[0][0]},${r[0][1]}${steps.length ? `l${steps.join(' ')}` : ''}${sub.closed ? 'Z' : ''}`;
  }).join(''));
}
