// Path simplification for the static picture: shapes stay within the tolerance, tiny rings go, and a
// border two shapes share is simplified once, so it stays one line instead of two that cross.
import { describe, expect, it } from 'vitest';
import { simplifyLine, simplifyPaths } from '../../../src/lib/geo/simplify-paths';

/** Relative path data (as `simplifyPaths` writes it) back to absolute subpaths. */
function absolute(d: string): [number, number][][] {
  return [...d.matchAll(/M([^lMZ]*)(?:l([^MZ]*))?Z?/g)].map(([, start, steps]) => {
    const points = [start.split(',').map(Number) as [number, number]];
    for (const step of (steps ?? '').trim().split(' ').filter(Boolean)) {
      const [dx, dy] = step.split(',').map(Number);
      const [x, y] = points[points.length - 1];
      points.push([x + dx, y + dy]);
    }
    return points;
  });
}

describe('path simplification', () => {
  const one = (d: string, tolerance = 2) => simplifyPaths([d], tolerance)[0];

  it('drops detail within the tolerance, keeps the ends, and writes relative steps without drift', () => {
    const xs = Array.from({ length: 200 }, (_, i) => [i * 0.13 + 10.04, Math.sin(i / 20) * 8 + 50.01]);
    const d = `M${xs.map(([x, y]) => `${x},${y}`).join('L')}`;
    const out = absolute(one(d));
    expect(out).toHaveLength(1);
    expect(out[0].length).toBeLessThan(xs.length / 3);
    const last = xs[xs.length - 1];
    expect(out[0][out[0].length - 1][0]).toBeCloseTo(last[0], 1);
    expect(out[0][out[0].length - 1][1]).toBeCloseTo(last[1], 1);
    // Every kept vertex is one of the originals, rounded to a tenth: summing 60 steps did not drift.
    for (const [x, y] of out[0]) expect(xs.some(([ox, oy]) => Math.abs(ox - x) < 0.06 && Math.abs(oy - y) < 0.06)).toBe(true);
  });

  it('drops vertices that stay near the line through their neighbours and keeps the corners', () => {
    const wiggle = Array.from({ length: 50 }, (_, i) => [i, i % 2 ? 0.4 : -0.4]);
    expect(simplifyLine([[0, 0], ...wiggle.slice(1, -1), [49, 0]], 1)).toEqual([[0, 0], [49, 0]]);
    const corner = [[0, 0], [5, 0.3], [10, 0], [10, 5], [10.2, 10], [10, 20]];
    expect(simplifyLine(corner, 1)).toEqual([[0, 0], [10, 0], [10, 20]]);
    // Every dropped vertex lies within the tolerance of the kept line.
    const curve = Array.from({ length: 100 }, (_, i) => [i, 20 * Math.sin(i / 15)]);
    const kept = simplifyLine(curve, 1);
    expect(kept.length).toBeLessThan(30);
    for (const [x, y] of curve) {
      const k = kept.findIndex(([kx]) => kx >= x);
      const [ax, ay] = kept[Math.max(0, k - 1)];
      const [bx, by] = kept[k];
      const yOnLine = bx === ax ? ay : ay + ((by - ay) * (x - ax)) / (bx - ax);
      expect(Math.abs(y - yOnLine)).toBeLessThanOrEqual(1.5);
    }
  });

  it('keeps closed rings closed and drops rings too small to see', () => {
    const ring = 'M0,0L10,0L10,10L0,10Z';
    expect(one(ring)).toBe('M0,0l10,0 0,10 -10,0Z');
    expect(one('M0,0L0.5,0L0.5,0.5Z')).toBe('');
    expect(one(`${ring}M20,20L30,20L30,30Z`)).toBe('M0,0l10,0 0,10 -10,0ZM20,20l10,0 0,10Z');
  });
});


describe('borders shared by several paths', () => {
  // Two areas side by side; their common border bulges (3 units) along x = 10, with 40 vertices.
  const border = Array.from({ length: 41 }, (_, i) => [10 + 8 * Math.sin((i * Math.PI) / 40) + (3 * i * Math.sin((3 * i * Math.PI) / 40)) / 40, i / 4]);
  const path = (points: number[][]) => `M${points.map(([x, y]) => `${x},${y}`).join('L')}Z`;
  const west = path([[0, 0], ...border, [0, 10]]);
  const east = path([[20, 10], ...[...border].reverse(), [20, 0]]);
  const onBorder = (d: string) => absolute(d)[0].filter(([x, y]) => x > 9.5 && x < 19 && y > 0.05 && y < 9.95).map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).sort();

  it('keeps the shared border identical in both, though each alone would be cut differently', () => {
    const [w, e] = simplifyPaths([west, east], 0.5);
    expect(onBorder(w).length).toBeGreaterThan(2);
    expect(onBorder(w)).toEqual(onBorder(e));
    const [wAlone] = simplifyPaths([west], 0.5);
    const [eAlone] = simplifyPaths([east], 0.5);
    expect(onBorder(wAlone)).not.toEqual(onBorder(eAlone));
  });

  it('keeps a ring\'s direction, which decides holes', () => {
    const clockwise = 'M0,0L0,10L10,10L10,0Z';
    expect(simplifyPaths([clockwise, 'M0,0L10,0L10,10L0,10Z'], 1)[0]).toBe('M0,0l0,10 10,0 0,-10Z');
  });
});
