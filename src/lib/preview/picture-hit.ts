// Hit-testing the build-time picture of the map: which plan feature is under a point of the picture, from
// the same geometry the picture was drawn from (data/preview-hits.json, in the picture's own units), so a
// tap on the picture selects at once, without the live map; and the view a pan or zoom of the picture
// shows, for the live map to take over. Pure.
import type { MapView } from '../url/hash-state';

export type HitShapeKind = 'area' | 'line' | 'point';
/** One plan feature as drawn: rings (areas), parts (lines) or one position (points), each flat [x0, y0, x1, y1, …]. */
export interface HitShape { id: string; shape: HitShapeKind; rings: number[][] }
export interface PictureHits {
  /** The picture's viewBox (x, y, width, height), shown centred with `preserveAspectRatio` meet. */
  viewBox: [number, number, number, number];
  shapes: HitShape[];
  /** The picture's Web Mercator: units per radian, and where longitude 0, latitude 0 is. */
  mercator: { scale: number; x0: number; y0: number };
}

/** A pan and zoom of the picture in its box: screen = (tx, ty) + k · unmoved box point. */
export interface PicturePanZoom { k: number; tx: number; ty: number }

/** The radius of a point's dot in the picture, in its units. */
export const POINT_RADIUS = 4;

/** Absolute and relative moves and lines of an SVG path (what d3-geo writes) as flat rings. */
export function pathRings(d: string): number[][] {
  const rings: number[][] = [];
  let ring: number[] = [];
  let x = 0;
  let y = 0;
  let command = 'M';
  const tokens = d.match(/[MLZmlz]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const tk = tokens[i];
    if (/[MLZmlz]/.test(tk)) {
      command = tk;
      if (tk === 'Z' || tk === 'z') {
        if (ring.length) rings.push(ring);
        ring = [];
        if (rings.length) [x, y] = rings[rings.length - 1];
      }
      continue;
    }
    const dx = Number(tk);
    const dy = Number(tokens[++i]);
    const relative = command === 'm' || command === 'l';
    x = relative ? x + dx : dx;
    y = relative ? y + dy : dy;
    if (command === 'M' || command === 'm') {
      if (ring.length) rings.push(ring);
      ring = [];
      command = relative ? 'l' : 'L'; // pairs after a move are lines
    }
    ring.push(x, y);
  }
  if (ring.length) rings.push(ring);
  return rings;
}

/** A point of a box of `width` × `height` pixels, in the picture's units, and the picture's pixels per unit there. */
export function boxToPicture(viewBox: PictureHits['viewBox'], width: number, height: number, px: number, py: number): { x: number; y: number; scale: number } {
  const [vx, vy, vw, vh] = viewBox;
  const scale = Math.min(width / vw, height / vh);
  return { x: vx + (px - (width - vw * scale) / 2) / scale, y: vy + (py - (height - vh * scale) / 2) / scale, scale };
}

function segmentDistance(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len)) : 0;
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

const lineDistance = (rings: number[][], x: number, y: number, closed: boolean): number => {
  let best = Infinity;
  for (const r of rings) {
    const n = r.length / 2;
    for (let i = 0; i < n - 1 + (closed ? 1 : 0); i++) {
      const j = (i + 1) % n;
      best = Math.min(best, segmentDistance(x, y, r[2 * i], r[2 * i + 1], r[2 * j], r[2 * j + 1]));
    }
    if (n === 1) best = Math.min(best, Math.hypot(x - r[0], y - r[1]));
  }
  return best;
};

/** Inside by the even-odd rule over all rings (holes and islands alike). */
function inside(rings: number[][], x: number, y: number): boolean {
  let odd = false;
  for (const r of rings) {
    for (let i = 0, n = r.length / 2, j = n - 1; i < n; j = i++) {
      const [xi, yi, xj, yj] = [r[2 * i], r[2 * i + 1], r[2 * j], r[2 * j + 1]];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

const ringsArea = (rings: number[][]): number => rings.reduce((sum, r) => {
  let a = 0;
  for (let i = 0, n = r.length / 2, j = n - 1; i < n; j = i++) a += (r[2 * j] + r[2 * i]) * (r[2 * j + 1] - r[2 * i + 1]);
  return sum + Math.abs(a / 2);
}, 0);

/**
 * The plan feature under (x, y) in picture units, `tolerance` units around it counted (for fingers), as
 * the live map picks: points first, then lines, then the smallest area; null when there is none.
 */
export function hitPicture(hits: PictureHits, x: number, y: number, tolerance: number): string | null {
  let best: { id: string; rank: number } | null = null;
  for (const s of hits.shapes) {
    let rank: number | null = null;
    if (s.shape === 'point') {
      const d = Math.hypot(x - s.rings[0][0], y - s.rings[0][1]);
      if (d <= POINT_RADIUS + tolerance) rank = d / 1e6; // nearest point first
    } else if (s.shape === 'line') {
      const d = lineDistance(s.rings, x, y, false);
      if (d <= tolerance) rank = 1 + d / 1e6;
    } else if (inside(s.rings, x, y) || lineDistance(s.rings, x, y, true) <= tolerance) {
      rank = 2 + ringsArea(s.rings);
    }
    if (rank !== null && (!best || rank < best.rank)) best = { id: s.id, rank };
  }
  return best?.id ?? null;
}

/** Longitude and latitude of a point in picture units. */
export function pictureToLonLat({ mercator: m }: Pick<PictureHits, 'mercator'>, x: number, y: number): [number, number] {
  const lon = ((x - m.x0) / m.scale) * (180 / Math.PI);
  const lat = (2 * Math.atan(Math.exp((m.y0 - y) / m.scale)) - Math.PI / 2) * (180 / Math.PI);
  return [lon, lat];
}

/**
 * The map view the picture shows in a box of `width` × `height` pixels, panned and zoomed by `pz`: its
 * centre, and the zoom at which maplibre (a world 512 px wide at zoom 0) draws at the same scale.
 */
export function pictureView(hits: Pick<PictureHits, 'viewBox' | 'mercator'>, width: number, height: number, pz: PicturePanZoom): MapView {
  const { x, y, scale } = boxToPicture(hits.viewBox, width, height, (width / 2 - pz.tx) / pz.k, (height / 2 - pz.ty) / pz.k);
  const [lon, lat] = pictureToLonLat(hits, x, y);
  return { lon, lat, zoom: Math.log2((scale * pz.k * hits.mercator.scale * 2 * Math.PI) / 512) };
}
