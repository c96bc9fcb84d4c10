import { describe, expect, it } from 'vitest';
import { bearingTo, edgePoint, resolveRecipe, type PlaceIndex } from '../../../src/lib/geo/recipes';
import { area, length } from '@turf/turf';

const index: PlaceIndex = {
  union: () => ({ geometry: null, unknown: [] }),
  point: (n) => ({ 太原市: [112.55, 37.87], 大同市: [113.3, 40.08], 雄安新区: [115.9, 39.0] } as Record<string, [number, number]>)[n],
  river: () => undefined,
};

describe('geometry recipes', () => {
  it('draws a line through seats and a corridor of the requested width around it', () => {
    const line = resolveRecipe({ type: 'line', through: ['太原市', '大同市'] }, index);
    expect(line.errors).toEqual([]);
    const km = length({ type: 'Feature', geometry: line.geometry as GeoJSON.LineString, properties: {} });
    expect(km).toBeGreaterThan(240);
    expect(km).toBeLessThan(270);
    const corridor = resolveRecipe({ type: 'corridor', through: ['太原市', '大同市'], widthKm: 20 }, index);
    const km2 = area({ type: 'Feature', geometry: corridor.geometry as GeoJSON.Polygon, properties: {} }) / 1e6;
    expect(km2).toBeGreaterThan(km * 20 * 0.95);
    expect(km2).toBeLessThan(km * 20 + Math.PI * 100 + 200);
  });

  it('reports unknown places instead of guessing', () => {
    expect(resolveRecipe({ type: 'point', place: '不存在' }, index).errors).toEqual(['unknown place «不存在»']);
    expect(resolveRecipe({ type: 'line', through: ['太原市'] }, index).errors).toEqual(['a line needs at least two places']);
  });

  it('points external regions towards them from the map edge', () => {
    const r = resolveRecipe({ type: 'external', place: '雄安新区' }, index);
    expect(r.direction).toBe('NE');
    const coords = (r.geometry as GeoJSON.LineString).coordinates;
    expect(coords[1][0]).toBeGreaterThan(coords[0][0]);
    expect(bearingTo([115.9, 39.0])).toBeGreaterThan(45);
    expect(edgePoint(0)[1]).toBeCloseTo(41.05, 5);
  });
});
