// What a tap on the picture hits (data/preview-hits.json): the plan features the picture shows, in the
// picture's own units (≈ 1 px), from the very drawing the picture is made from (previewDrawing), rounded to
// whole units (vertices that round onto the last one dropped): finer than a finger. Written at build time beside the picture; read by the picture's hit test (src/lib/preview).
import type { AtlasFeature } from '../catalogue/catalogue-types';
import type { BasemapInput } from './fallback-geometry';
import { previewDrawing } from './preview-svg';
import { pathRings, type PictureHits } from '../preview/picture-hit';

/** A flat ring rounded to whole units, without repeated vertices. */
function rounded(ring: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < ring.length; i += 2) {
    const [x, y] = [Math.round(ring[i]), Math.round(ring[i + 1])];
    if (out.length && out[out.length - 2] === x && out[out.length - 1] === y) continue;
    out.push(x, y);
  }
  return out;
}

export function previewHits(basemap: BasemapInput, features: AtlasFeature[], svg: string, layers: string[]): PictureHits {
  const box = /viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!box) throw new Error('the picture has no viewBox');
  const { drawing, plan } = previewDrawing(basemap, features, layers);
  const [x0, y0] = drawing.project([0, 0]);
  return {
    viewBox: [Number(box[1]), Number(box[2]), Number(box[3]), Number(box[4])],
    mercator: { scale: drawing.baseScale, x0, y0 },
    shapes: plan.map((p) => ({
      id: p.id,
      shape: p.shape,
      rings: (p.shape === 'point' ? [[p.x, p.y]] : pathRings(p.d)).map(rounded),
    })),
  };
}
