// The picture's hit test: what a tap on the build-time picture selects, from the same geometry the
// picture was drawn from, and the view a pan or zoom of the picture shows.
import { PLAN_STYLE } from '../../../src/lib/style/map-tokens';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { boxToPicture, hitPicture, pathRings, pictureToLonLat, pictureView, type PictureHits } from '../../../src/lib/preview/picture-hit';

const square = (x: number, y: number, size: number) => [x, y, x + size, y, x + size, y + size, x, y + size];
const toy: PictureHits = {
  viewBox: [0, 0, 100, 200],
  mercator: { scale: 100, x0: 0, y0: 0 },
  shapes: [
    { id: 'big', shape: 'area', rings: [square(0, 0, 100)] },
    { id: 'small', shape: 'area', rings: [square(10, 10, 20)] },
    { id: 'road', shape: 'line', rings: [[0, 50, 100, 50]] },
    { id: 'town', shape: 'point', rings: [[60, 50]] },
  ],
};

describe('reading the drawn paths', () => {
  it('reads absolute and relative moves and lines, closing rings', () => {
    expect(pathRings('M1,2L3,4L5,6Z M10,10L11,11')).toEqual([[1, 2, 3, 4, 5, 6], [10, 10, 11, 11]]);
    expect(pathRings('m1,2l2,2 2,2zm10,10l-1,.5')).toEqual([[1, 2, 3, 4, 5, 6], [11, 12, 10, 12.5]]);
  });
});

describe('what a tap hits', () => {
  it('prefers a point, then a line, then the smallest area, and misses outside everything', () => {
    expect(hitPicture(toy, 61, 51, 2)).toBe('town');
    expect(hitPicture(toy, 20, 51, 2)).toBe('road');
    expect(hitPicture(toy, 20, 20, 2)).toBe('small');
    expect(hitPicture(toy, 80, 80, 2)).toBe('big');
    expect(hitPicture(toy, 150, 150, 2)).toBeNull();
  });

  it('maps a point of a wider box to the centred picture', () => {
    // A 400 × 200 box shows the 100 × 200 picture at scale 1, centred: 150 px on each side.
    expect(boxToPicture(toy.viewBox, 400, 200, 160, 20)).toEqual({ x: 10, y: 20, scale: 1 });
  });
});

describe('the compiled picture', () => {
  const hits = JSON.parse(readFileSync('public/data/preview-hits.json', 'utf8')) as PictureHits;
  const svg = readFileSync('public/data/preview-zh.svg', 'utf8');

  it('has the picture\'s own viewBox and a dot in the picture for every point it can hit', () => {
    expect(svg).toContain(`viewBox="${hits.viewBox.join(' ')}"`);
    const points = hits.shapes.filter((s) => s.shape === 'point');
    const circles = [...svg.matchAll(new RegExp(`<circle cx="([\\d.]+)" cy="([\\d.]+)" r="${PLAN_STYLE.pointRadius.rest}"`, 'g'))].map((m) => [Number(m[1]), Number(m[2])]);
    expect(points.length).toBe(circles.length);
    for (const p of points) expect(circles.some(([x, y]) => Math.abs(x - p.rings[0][0]) <= 0.5 && Math.abs(y - p.rings[0][1]) <= 0.5)).toBe(true);
  });

  it('hits a feature on the outline of each of the largest areas it shows', () => {
    for (const s of hits.shapes.filter((x) => x.shape === 'area').slice(0, 5)) {
      const r = s.rings[0];
      const [x, y] = [r[0], r[1]]; // on its own outline
      expect(hitPicture(hits, x, y, 1)).not.toBeNull();
    }
  });

  it('opens on Shanxi as the live map does, and a zoom about the centre keeps the centre', () => {
    const [w, h] = [390, 700];
    const view = pictureView(hits, w, h, { k: 1, tx: 0, ty: 0 });
    expect(view.lon).toBeCloseTo((110.2 + 114.6) / 2, 0);
    expect(view.lat).toBeGreaterThan(37);
    expect(view.lat).toBeLessThan(38.5);
    expect(view.zoom).toBeGreaterThan(5);
    expect(view.zoom).toBeLessThan(7.5);
    const zoomed = pictureView(hits, w, h, { k: 2, tx: -w / 2, ty: -h / 2 });
    expect(zoomed.zoom).toBeCloseTo(view.zoom + 1, 5);
    expect(zoomed.lon).toBeCloseTo(view.lon, 5);
    const [lon, lat] = pictureToLonLat(hits, hits.mercator.x0, hits.mercator.y0);
    expect([lon, lat]).toEqual([0, 0]);
  });
});
