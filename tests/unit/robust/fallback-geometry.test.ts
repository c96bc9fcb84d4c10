// The SVG map's geometry: polygons wound the GeoJSON way are turned for d3, and a maplibre view
// converts to an SVG pan/zoom and back, so the SVG map can take over the WebGL map's view.
import { describe, expect, it } from 'vitest';
import { geoArea } from 'd3';
import type { Feature, Polygon } from 'geojson';
import { forD3, panZoomToView, viewToPanZoom, drawFallback } from '../../../src/lib/svg-map/fallback-geometry';

// RFC 7946 winding (counter-clockwise exterior): to d3 this is the whole sphere minus the square.
const square: Feature<Polygon> = {
  type: 'Feature', properties: {},
  geometry: { type: 'Polygon', coordinates: [[[112, 37], [113, 37], [113, 38], [112, 38], [112, 37]]] },
};

describe('SVG map geometry', () => {
  it('turns polygons round for d3 when they would cover the sphere', () => {
    expect(geoArea(square)).toBeGreaterThan(2 * Math.PI);
    const turned = forD3(square);
    expect(geoArea(turned)).toBeLessThan(0.001);
    expect(forD3(turned)).toEqual(turned); // already right: left alone
  });

  it('keeps the line of each named railway for its names, and skips a railway without a name', () => {
    const topology = { type: 'Topology', objects: {}, arcs: [] } as never;
    const rail = (name: string | undefined, coordinates: number[][]): Feature => ({ type: 'Feature', properties: { layer: 'hsr', name, nameEn: name && `${name} line` }, geometry: { type: 'LineString', coordinates } });
    const overlay = { type: 'FeatureCollection' as const, features: [rail('甲乙高铁', [[112, 37], [112, 38], [113, 38]]), rail(undefined, [[111, 36], [111.5, 36]])] };
    const drawing = drawFallback(1280, 744, { topology, overlay }, []);
    expect(drawing.railLines).toHaveLength(1);
    expect(drawing.railLines[0]).toMatchObject({ name: '甲乙高铁', nameEn: '甲乙高铁 line' });
    expect(drawing.railLines[0]!.parts[0]!.map((xy) => drawing.invert(xy).map((v) => Math.round(v * 1e6) / 1e6))).toEqual([[112, 37], [112, 38], [113, 38]]);
  });

  it('converts a maplibre view to a pan/zoom and back', () => {
    const topology = { type: 'Topology', objects: {}, arcs: [] } as never;
    const drawing = drawFallback(1280, 744, { topology, overlay: { type: 'FeatureCollection', features: [] } }, []);
    for (const view of [{ zoom: 6.2, lat: 37.6, lon: 112.3 }, { zoom: 9, lat: 39.9, lon: 113.9 }, { zoom: 4, lat: 30, lon: 105 }]) {
      const t = viewToPanZoom(view, drawing, 1280, 744);
      const back = panZoomToView(t, drawing, 1280, 744);
      expect(back.zoom).toBeCloseTo(view.zoom, 9);
      expect(back.lat).toBeCloseTo(view.lat, 6);
      expect(back.lon).toBeCloseTo(view.lon, 6);
      // The view's centre lands in the middle of the SVG.
      const [x, y] = drawing.project([view.lon, view.lat]);
      expect(t.k * x + t.x).toBeCloseTo(640, 6);
      expect(t.k * y + t.y).toBeCloseTo(372, 6);
    }
    // One zoom level more is twice the scale, as in maplibre.
    const a = viewToPanZoom({ zoom: 7, lat: 37, lon: 112 }, drawing, 1280, 744);
    const b = viewToPanZoom({ zoom: 8, lat: 37, lon: 112 }, drawing, 1280, 744);
    expect(b.k / a.k).toBeCloseTo(2, 9);
  });
});
