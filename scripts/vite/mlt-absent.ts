// Stands in for @maplibre/mlt (the MapLibre Tile decoder) in the map's build: the atlas draws GeoJSON
// and, with the optional 天地图 basemap, raster or Mapbox Vector Tiles, never MLT-encoded tiles, and the
// decoder is about a fifth of maplibre's main bundle and of its worker. A source asking for MLT fails
// with this message instead of decoding.
export const GEOMETRY_TYPE = { POINT: 0, LINESTRING: 1, POLYGON: 2, MULTIPOINT: 3, MULTILINESTRING: 4, MULTIPOLYGON: 5 } as const;

export function decodeTile(): never {
  throw new Error('MapLibre Tile (MLT) encoding is not part of this build of the atlas: use GeoJSON, raster or Mapbox Vector Tile sources.');
}
