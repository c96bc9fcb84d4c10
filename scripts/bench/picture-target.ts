// Where to tap the first view's picture in the benchmark and the end-to-end tests: a feature the picture
// shows and a point where a tap hits it alone, read from the built hit data (nothing plan-specific here).
import { hitPicture, type PictureHits } from '../../src/lib/preview/picture-hit';

/** A feature and a point of the picture (its units) where a tap hits it, with no other feature within 12 units. */
export function pictureTarget(hits: PictureHits): { id: string; at: [number, number] } | null {
  for (const shape of hits.shapes) {
    const xs = shape.rings.flatMap((r) => r.filter((_, i) => i % 2 === 0));
    const ys = shape.rings.flatMap((r) => r.filter((_, i) => i % 2 === 1));
    const on: [number, number][] = [];
    for (let x = Math.min(...xs); x <= Math.max(...xs); x += 4) {
      for (let y = Math.min(...ys); y <= Math.max(...ys); y += 4) {
        if (hitPicture(hits, x, y, 12) === shape.id && hitPicture(hits, x, y, 0) === shape.id) on.push([x, y]);
      }
    }
    if (on.length > 20) return { id: shape.id, at: on[Math.floor(on.length / 2)] };
  }
  return null;
}

/** Where a point of the picture (its units) is on the page, for the picture's box on the page. */
export function pictureToPage(hits: PictureHits, box: { x: number; y: number; width: number; height: number }, [x, y]: [number, number]): { x: number; y: number } {
  const [vx, vy, vw, vh] = hits.viewBox;
  const s = Math.min(box.width / vw, box.height / vh);
  return { x: box.x + (box.width - vw * s) / 2 + (x - vx) * s, y: box.y + (box.height - vh * s) / 2 + (y - vy) * s };
}
