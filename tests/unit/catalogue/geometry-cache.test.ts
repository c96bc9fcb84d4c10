// The build's geometry checks kept on disk: a second build with the same basemap and code computes nothing it
// computed before; another basemap starts afresh; turned off, nothing is kept.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { diskGeometryMemo } from '../../../scripts/compile/geometry-cache';

const square = (size: number): Polygon => ({ type: 'Polygon', coordinates: [[[0, 0], [size, 0], [size, size], [0, size], [0, 0]]] });
const basemap = (x: number): Topology => ({ type: 'Topology', objects: {}, arcs: [[[x, 0], [1, 1]]] });
const dirs: string[] = [];
const cacheDir = () => { const d = mkdtempSync(join(tmpdir(), 'geometry-cache-')); dirs.push(d); return d; };
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); delete process.env.ATLAS_GEOMETRY_CACHE; });

describe('geometry cache on disk', () => {
  it('gives a later run the results an earlier run computed, and computes only what is new', () => {
    const dir = cacheDir();
    const first = diskGeometryMemo(basemap(0), dir);
    expect(first.memo.get('clip', square(2), () => square(1))).toEqual(square(1));
    expect(first.memo.get('share', square(2), () => 0.25)).toBe(0.25);
    first.save();
    const second = diskGeometryMemo(basemap(0), dir);
    const never = () => { throw new Error('computed again'); };
    expect(second.memo.get('clip', square(2), never)).toEqual(square(1));
    expect(second.memo.get('share', square(2), never)).toBe(0.25);
    expect(second.memo.changed).toBe(false);
    let runs = 0;
    expect(second.memo.get('share', square(3), () => ++runs)).toBe(1);
    expect(second.memo.changed).toBe(true);
  });

  it('starts afresh for another basemap, and keeps only the current one’s file', () => {
    const dir = cacheDir();
    const a = diskGeometryMemo(basemap(0), dir);
    a.memo.get('share', square(2), () => 0.25);
    a.save();
    const b = diskGeometryMemo(basemap(5), dir);
    expect(b.memo.get('share', square(2), () => 0.5)).toBe(0.5);
    b.save();
    expect(readdirSync(dir)).toHaveLength(1);
    expect(diskGeometryMemo(basemap(5), dir).memo.get('share', square(2), () => 1)).toBe(0.5);
  });

  it('keeps nothing when turned off (a build measured from nothing)', () => {
    const dir = cacheDir();
    process.env.ATLAS_GEOMETRY_CACHE = 'off';
    const off = diskGeometryMemo(basemap(0), dir);
    off.memo.get('share', square(2), () => 0.25);
    off.save();
    expect(readdirSync(dir)).toEqual([]);
  });
});
