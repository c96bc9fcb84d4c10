// What persists, what is renamed and what is new between two sets of plan features (two plans or
// two frames). This is a derivation, not something the plans state: features are matched by id or
// identical Chinese name (persists), else by shape — areas overlapping by IoU ≥ 0.5 (measured on a
// ≈3 km grid), seats within
// 10 km — (renamed, or re-cast under another name); the rest is new (or, on the earlier side, not carried forward).
import { bbox, distance } from '@turf/turf';
import type { Feature, Point, Polygon, MultiPolygon, Geometry } from 'geojson';
import type { AtlasFeature } from '../catalogue/catalogue-types';
import { cellIou, rasterCells } from '../geo/raster-cells';

export type ChangeStatus = 'persists' | 'renamed' | 'new' | 'dropped';

export interface Change {
  status: ChangeStatus;
  /** The earlier feature (absent for `new`). */
  a?: string;
  /** The later feature (absent for `dropped`). */
  b?: string;
  /** How the match was made: `id`, `name`, `overlap` (IoU), `seat` (km apart). */
  basis?: { by: 'id' | 'name' | 'overlap' | 'seat'; value?: number };
}

export const RENAME_IOU = 0.5;
export const SEAT_KM = 10;

type Box = [number, number, number, number];
const boxIou = (p: Box, q: Box) => {
  const w = Math.min(p[2], q[2]) - Math.max(p[0], q[0]);
  const h = Math.min(p[3], q[3]) - Math.max(p[1], q[1]);
  if (w <= 0 || h <= 0) return 0;
  const i = w * h;
  return i / ((p[2] - p[0]) * (p[3] - p[1]) + (q[2] - q[0]) * (q[3] - q[1]) - i);
};

const isArea = (g: Geometry | null): g is Polygon | MultiPolygon => !!g && (g.type === 'Polygon' || g.type === 'MultiPolygon');

/** Each area's cells, computed once per geometry. */
const cellCache = new WeakMap<Geometry, Set<number>>();
const cellsOf = (g: Polygon | MultiPolygon) => {
  let cells = cellCache.get(g);
  if (!cells) cellCache.set(g, (cells = rasterCells(g)));
  return cells;
};

/** Shape similarity of two features: IoU for areas, 1 − km/SEAT_KM for points; 0 when not comparable. */
export function shapeSimilarity(a: AtlasFeature, b: AtlasFeature): { by: 'overlap' | 'seat'; value: number } | null {
  const ga = a.geometry;
  const gb = b.geometry;
  if (!ga || !gb) return null;
  if (ga.type === 'Point' && gb.type === 'Point') {
    const km = distance((a as Feature<Point>).geometry.coordinates, (b as Feature<Point>).geometry.coordinates);
    return km <= SEAT_KM ? { by: 'seat', value: Math.round(km * 10) / 10 } : null;
  }
  if (!isArea(ga) || !isArea(gb)) return null;
  if (boxIou(bbox(ga) as Box, bbox(gb) as Box) < 0.15) return null;
  const iou = cellIou(cellsOf(ga), cellsOf(gb));
  return iou >= RENAME_IOU ? { by: 'overlap', value: Math.round(iou * 100) / 100 } : null;
}

export function compareStructures(earlier: AtlasFeature[], later: AtlasFeature[]): Change[] {
  const changes: Change[] = [];
  const used = new Set<string>();
  for (const b of later) {
    const pb = b.properties;
    let match: Change | null = null;
    const same = earlier.find((a) => !used.has(a.properties.id) && a.properties.id === pb.id)
      ?? earlier.find((a) => !used.has(a.properties.id) && a.properties.name.zh === pb.name.zh);
    if (same) {
      match = { status: 'persists', a: same.properties.id, b: pb.id, basis: { by: same.properties.id === pb.id ? 'id' : 'name' } };
    } else {
      let best: { a: AtlasFeature; by: 'overlap' | 'seat'; value: number } | null = null;
      for (const a of earlier) {
        if (used.has(a.properties.id)) continue;
        const sim = shapeSimilarity(a, b);
        if (!sim) continue;
        const score = sim.by === 'seat' ? 1 - sim.value / SEAT_KM : sim.value;
        const bestScore = best ? (best.by === 'seat' ? 1 - best.value / SEAT_KM : best.value) : -1;
        if (score > bestScore) best = { a, ...sim };
      }
      if (best) match = { status: 'renamed', a: best.a.properties.id, b: pb.id, basis: { by: best.by, value: best.value } };
    }
    if (match) {
      used.add(match.a!);
      changes.push(match);
    } else {
      changes.push({ status: 'new', b: pb.id });
    }
  }
  for (const a of earlier) if (!used.has(a.properties.id)) changes.push({ status: 'dropped', a: a.properties.id });
  const order: Record<ChangeStatus, number> = { persists: 0, renamed: 1, new: 2, dropped: 3 };
  return changes.sort((x, y) => order[x.status] - order[y.status]);
}
