// Authoring mode: the shape the build made of a draft (its last check), drawn over the map as a fill, an outline
// and points. The source and layers are added with the first preview only, so no other map carries them.
import type { Map as MaplibreMap, GeoJSONSource } from 'maplibre-gl';
import type { Geometry } from 'geojson';
import { AUTHOR_PREVIEW, MAP_COLORS } from '../../lib/style/map-tokens';
import { linePaint } from './basemap-layers';

const SOURCE = 'author-preview';
export const AUTHOR_PREVIEW_LAYERS = { fill: 'author-preview-fill', line: 'author-preview-line', points: 'author-preview-points' } as const;

export function showAuthorPreview(map: MaplibreMap, geometry: Geometry | null): void {
  const data = { type: 'FeatureCollection' as const, features: geometry ? [{ type: 'Feature' as const, properties: {}, geometry }] : [] };
  const source = map.getSource(SOURCE) as GeoJSONSource | undefined;
  if (source) return void source.setData(data);
  if (!geometry) return;
  map.addSource(SOURCE, { type: 'geojson', data });
  const polygons = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false] as const;
  map.addLayer({ id: AUTHOR_PREVIEW_LAYERS.fill, type: 'fill', source: SOURCE, filter: [...polygons] as never, paint: { 'fill-color': AUTHOR_PREVIEW.fill } });
  map.addLayer({ id: AUTHOR_PREVIEW_LAYERS.line, type: 'line', source: SOURCE, filter: ['!=', ['geometry-type'], 'Point'], layout: { 'line-join': 'round' }, paint: linePaint(AUTHOR_PREVIEW.stroke) });
  map.addLayer({
    id: AUTHOR_PREVIEW_LAYERS.points, type: 'circle', source: SOURCE, filter: ['==', ['geometry-type'], 'Point'],
    paint: { 'circle-radius': AUTHOR_PREVIEW.pointRadius, 'circle-color': AUTHOR_PREVIEW.stroke.color, 'circle-stroke-color': MAP_COLORS.white, 'circle-stroke-width': 1.5 },
  });
}
