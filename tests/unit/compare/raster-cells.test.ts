import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { cellIou, rasterCells, CELL_DEG } from '../../../src/lib/geo/raster-cells';

const square = (x: number, y: number, size: number): Polygon => ({
  type: 'Polygon', coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]],
});

describe('raster cells', () => {
  it('fills a square with about area / cell² cells', () => {
    expect(rasterCells(square(112, 37, 0.6)).size).toBe(Math.round((0.6 / CELL_DEG) ** 2));
  });

  it('leaves holes empty (even–odd rule)', () => {
    const ring = square(112, 37, 0.6).coordinates[0];
    const hole = square(112.15, 37.15, 0.3).coordinates[0];
    expect(rasterCells({ type: 'Polygon', coordinates: [ring, hole] }).size).toBe(400 - 100);
  });

  it('measures overlap: identical 1, half-shifted ⅓, apart 0', () => {
    const a = rasterCells(square(112, 37, 0.6));
    expect(cellIou(a, rasterCells(square(112, 37, 0.6)))).toBe(1);
    expect(cellIou(a, rasterCells(square(112.3, 37, 0.6)))).toBeCloseTo(1 / 3, 2);
    expect(cellIou(a, rasterCells(square(113, 37, 0.6)))).toBe(0);
  });
});
