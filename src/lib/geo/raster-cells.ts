// Areas as sets of grid cells (scanline fill, even–odd rule, cell centres), for fast overlap measures
// between many polygons: exact polygon intersection is far too slow for hundreds of county unions.
import type { Polygon, MultiPolygon, Position } from 'geojson';

/** Cell size in degrees (≈ 3 km north–south at Shanxi's latitude). */
export const CELL_DEG = 0.03;
const COLS = Math.round(360 / CELL_DEG);

export function rasterCells(geometry: Polygon | MultiPolygon, cell = CELL_DEG): Set<number> {
  const rings: Position[][] = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  let south = Infinity;
  let north = -Infinity;
  for (const ring of rings) for (const [, y] of ring) { south = Math.min(south, y); north = Math.max(north, y); }
  const cells = new Set<number>();
  const cols = cell === CELL_DEG ? COLS : Math.round(360 / cell);
  for (let row = Math.floor(south / cell); row * cell <= north; row++) {
    const yc = (row + 0.5) * cell;
    const xs: number[] = [];
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [x1, y1] = ring[j];
        const [x2, y2] = ring[i];
        if (y1 <= yc !== y2 <= yc) xs.push(x1 + ((yc - y1) * (x2 - x1)) / (y2 - y1));
      }
    }
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      for (let col = Math.ceil(xs[k] / cell - 0.5); (col + 0.5) * cell <= xs[k + 1]; col++) cells.add(row * cols + col + cols / 2);
    }
  }
  return cells;
}

/** Intersection over union of two cell sets (0 when both are empty). */
export function cellIou(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const c of small) if (large.has(c)) inter++;
  const union = a.size + b.size - inter;
  return union ? inter / union : 0;
}
