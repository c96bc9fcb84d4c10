// Counties and prefectures from a toy topology: names, prefecture, box, and which county a point is in.
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { placeAt, placeUnits } from '../../../src/lib/places/place-units';

// Two square counties side by side in one prefecture (arcs unquantized).
const topology = {
  type: 'Topology',
  arcs: [
    [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]],
    [[1, 0], [2, 0], [2, 1], [1, 1], [1, 0]],
    [[0, 0], [2, 0], [2, 1], [0, 1], [0, 0]],
  ],
  objects: {
    prefectures: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[2]], properties: { adcode: '149900', name: '甲市', nameEn: 'Jia', seat: [1, 0.5] } }] },
    counties: { type: 'GeometryCollection', geometries: [
      { type: 'Polygon', arcs: [[0]], properties: { adcode: '149901', name: '乙县', nameEn: 'Yi', prefecture: '甲市', seat: [0.5, 0.5] } },
      { type: 'Polygon', arcs: [[1]], properties: { adcode: '149902', name: '丙县', prefecture: '甲市', seat: [1.5, 0.5] } },
    ] },
  },
} as unknown as Topology;

describe('place units', () => {
  const units = placeUnits(topology);

  it('reads prefectures then counties, with names, prefecture and box', () => {
    expect(units.map((u) => [u.id, u.kind])).toEqual([['149900', 'prefecture'], ['149901', 'county'], ['149902', 'county']]);
    expect(units[1]).toMatchObject({ name: { zh: '乙县', en: 'Yi' }, prefecture: { id: '149900', name: { zh: '甲市', en: 'Jia' } }, bounds: [[0, 0], [1, 1]] });
    expect(units[2].name.en).toBe('丙县'); // no English name: the Chinese one
    expect(placeUnits(topology)).toBe(units); // once per topology
  });

  it('finds the county a point lies in, or none', () => {
    expect(placeAt(units, [0.3, 0.6])).toBe('149901');
    expect(placeAt(units, [1.7, 0.2])).toBe('149902');
    expect(placeAt(units, [2.5, 0.5])).toBeNull();
    expect(placeAt(units, [1.7, 0.2], 'prefecture')).toBe('149900');
  });
});
