// Geometry from a quantized topology's arcs, as topojson-client's `feature` reads it, but with each arc decoded
// once (delta-decoded and transformed) rather than at every geometry that uses it: the plans' county unions
// share the base's arcs, which every plan's file would otherwise decode again. Positions are shared between
// the geometries that use the same arc (treat them as read-only). A line's or an area's coordinates are joined
// from the arcs when first read, so a plan's features are ready (names, kinds, geometry types) before its shapes
// are: a selection's panel does not wait for them, the map reads them after it has painted. Pure.
import type { Feature, Geometry, Position } from 'geojson';
import type { Arc, GeometryObject, Transform } from 'topojson-specification';

/** Arcs as positions (absolute, transformed when the topology is quantized), by index. */
export type DecodedArcs = (index: number) => Position[];

function decodeArc(arc: Arc, transform: Transform | undefined): Position[] {
  if (!transform) return arc as Position[];
  const [kx, ky] = transform.scale;
  const [dx, dy] = transform.translate;
  let x = 0;
  let y = 0;
  return arc.map((p) => {
    x += p[0];
    y += p[1];
    return p.length > 2 ? [x * kx + dx, y * ky + dy, ...p.slice(2)] : [x * kx + dx, y * ky + dy];
  });
}

/** `arcs` decoded each when first asked for, and kept: arcs no geometry uses are never decoded. */
export function decodedArcs(arcs: Arc[], transform: Transform | undefined): DecodedArcs {
  const decoded: Position[][] = [];
  return (i) => (decoded[i] ??= decodeArc(arcs[i], transform));
}

/** A point's position (points are not delta-encoded). */
const pointAt = (p: Position, transform: Transform | undefined): Position =>
  !transform ? p : [p[0] * transform.scale[0] + transform.translate[0], p[1] * transform.scale[1] + transform.translate[1], ...p.slice(2)];

/** Arcs joined end to end: arc `~i` is arc `i` reversed; each joint once. */
function line(indices: number[], arcs: DecodedArcs): Position[] {
  const points: Position[] = [];
  for (const i of indices) {
    const arc = arcs(i < 0 ? ~i : i);
    if (points.length) points.pop();
    if (i < 0) for (let k = arc.length - 1; k >= 0; k--) points.push(arc[k]);
    else for (const p of arc) points.push(p);
  }
  if (points.length < 2) points.push(points[0]);
  return points;
}

function ring(indices: number[], arcs: DecodedArcs): Position[] {
  const points = line(indices, arcs);
  while (points.length < 4) points.push(points[0]);
  return points;
}

/**
 * A geometry of `type` whose coordinates are made when first read, then kept as a plain property (as they are
 * when written to). Enumerable, so spreading, JSON and structured cloning see them as any other property.
 */
function lazyCoordinates<G extends Geometry>(type: G['type'], make: () => unknown): G {
  const geometry = { type } as G;
  const keep = (value: unknown) => Object.defineProperty(geometry, 'coordinates', { value, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(geometry, 'coordinates', {
    enumerable: true,
    configurable: true,
    get: () => { const value = make(); keep(value); return value; },
    set: keep,
  });
  return geometry;
}

type Topo = GeometryObject & { arcs?: unknown; coordinates?: unknown; geometries?: Topo[] };

function arcGeometry(o: Topo, arcs: DecodedArcs, transform: Transform | undefined): Geometry | null {
  switch (o.type) {
    case 'GeometryCollection': return { type: o.type, geometries: o.geometries!.map((g) => arcGeometry(g, arcs, transform)!) };
    case 'Point': return { type: o.type, coordinates: pointAt(o.coordinates as Position, transform) };
    case 'MultiPoint': return { type: o.type, coordinates: (o.coordinates as Position[]).map((p) => pointAt(p, transform)) };
    case 'LineString': return lazyCoordinates(o.type, () => line(o.arcs as number[], arcs));
    case 'MultiLineString': return lazyCoordinates(o.type, () => (o.arcs as number[][]).map((l) => line(l, arcs)));
    case 'Polygon': return lazyCoordinates(o.type, () => (o.arcs as number[][]).map((r) => ring(r, arcs)));
    case 'MultiPolygon': return lazyCoordinates(o.type, () => (o.arcs as number[][][]).map((p) => p.map((r) => ring(r, arcs))));
    default: return null;
  }
}

/** A feature as topojson-client's `feature` makes it (`id` and `bbox` only when the object has them). */
export function arcFeature(o: Topo, arcs: DecodedArcs, transform: Transform | undefined): Feature {
  const { id, bbox } = o as { id?: string | number; bbox?: Feature['bbox'] };
  return {
    type: 'Feature',
    ...(id != null ? { id } : {}),
    ...(bbox != null ? { bbox } : {}),
    properties: (o as { properties?: Feature['properties'] }).properties ?? {},
    geometry: arcGeometry(o, arcs, transform)!,
  };
}
