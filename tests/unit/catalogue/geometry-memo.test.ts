// The authoring server builds the whole catalogue for each draft; the geometry checks of unchanged shapes are
// remembered, and a changed shape is checked again.
import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { GeometryMemo } from '../../../src/lib/catalogue/geometry-memo';

const square = (size: number): Polygon => ({ type: 'Polygon', coordinates: [[[0, 0], [size, 0], [size, size], [0, size], [0, 0]]] });

describe('geometry memo', () => {
  it('computes a check of the same coordinates once, even from another object', () => {
    const memo = new GeometryMemo();
    let runs = 0;
    const area = (g: Polygon) => memo.get('area', g, () => { runs++; return g.coordinates[0][1][0] ** 2; });
    expect(area(square(2))).toBe(4);
    expect(area(square(2))).toBe(4);
    expect(runs).toBe(1);
  });

  it('checks a changed shape, and another check of the same shape, again', () => {
    const memo = new GeometryMemo();
    let runs = 0;
    const check = (name: string, g: Polygon) => memo.get(name, g, () => { runs++; return runs; });
    check('area', square(2));
    expect(check('area', square(3))).toBe(2);
    expect(check('valid', square(3))).toBe(3);
  });
});
