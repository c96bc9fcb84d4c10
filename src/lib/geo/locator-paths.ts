// The locator inset's drawing, projected once at data-compile time so that d3-geo (≈ 8 KB gzip) stays
// out of the first view's JavaScript: SVG paths for China and Shanxi and the dot on Shanxi.
import { geoConicEqualArea, geoPath } from 'd3';
import type { FeatureCollection } from 'geojson';

export interface LocatorPaths { width: number; height: number; china: string; shanxi: string; dot: [number, number] }

const round = (d: string) => d.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));

export function locatorPaths(outline: FeatureCollection, width = 120, height = 96): LocatorPaths {
  const projection = geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]).fitExtent([[3, 3], [width - 3, height - 3]], outline);
  const path = geoPath(projection);
  const find = (name: string) => {
    const f = outline.features.find((x) => x.properties?.name === name);
    if (!f) throw new Error(`locator: no feature named ${name}`);
    return f;
  };
  const [x, y] = path.centroid(find('shanxi'));
  return { width, height, china: round(path(find('china')) ?? ''), shanxi: round(path(find('shanxi')) ?? ''), dot: [Math.round(x * 10) / 10, Math.round(y * 10) / 10] };
}
