// Turns the committed basemap TopoJSON and overlay into the GeoJSON sources the basemap layers read.
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { NEIGHBOUR_LABELS } from '../../lib/geo/shanxi-extent';

/** The sources the basemap layers read (the neighbours' own shapes are not one: their fill would be the
 * background's colour, a pass over most of the screen that shows nothing; only their borders are drawn). */
export const BASEMAP_SOURCE_IDS = ['neighbour-borders', 'province', 'places', 'borders', 'rivers', 'overlay', 'seats', 'neighbour-labels'] as const;

export type BasemapSources = Record<(typeof BASEMAP_SOURCE_IDS)[number], FeatureCollection>;

interface SeatProps { name: string; nameEn?: string; seat?: [number, number] }

const collection = (topology: Topology, name: string): FeatureCollection => {
  const object = topology.objects[name] as GeometryCollection | undefined;
  if (!object) return { type: 'FeatureCollection', features: [] };
  return feature(topology, object) as FeatureCollection;
};

const seatPoints = (fc: FeatureCollection, rank: string): Feature<Point>[] =>
  fc.features.flatMap((f) => {
    const p = f.properties as SeatProps;
    return p.seat ? [{ type: 'Feature', geometry: { type: 'Point', coordinates: p.seat }, properties: { name: p.name, nameEn: p.nameEn, rank } } as Feature<Point>] : [];
  });

const unit = (f: Feature, rank: string): Feature => ({ type: 'Feature', geometry: f.geometry, properties: { adcode: (f.properties as { adcode: string }).adcode, rank } });

/**
 * The neighbours' outlines without the straight edges where they were clipped to the context box,
 * so the box itself never shows as a line.
 */
export function bordersWithoutClipEdges(neighbours: FeatureCollection): FeatureCollection {
  const rings = neighbours.features.flatMap((f) =>
    f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.flat() : [],
  );
  const xs = rings.flat().map((p) => p[0]);
  const ys = rings.flat().map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const eps = 1e-6;
  const onEdge = (a: number[], b: number[]) =>
    (Math.abs(a[0] - b[0]) < eps && (Math.abs(a[0] - minX) < eps || Math.abs(a[0] - maxX) < eps)) ||
    (Math.abs(a[1] - b[1]) < eps && (Math.abs(a[1] - minY) < eps || Math.abs(a[1] - maxY) < eps));
  const lines: number[][][] = [];
  for (const ring of rings) {
    let run: number[][] = [];
    for (let i = 1; i < ring.length; i++) {
      if (onEdge(ring[i - 1], ring[i])) {
        if (run.length > 1) lines.push(run);
        run = [];
        continue;
      }
      if (!run.length) run.push(ring[i - 1]);
      run.push(ring[i]);
    }
    if (run.length > 1) lines.push(run);
  }
  return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: lines } }] };
}

export function basemapSources(topology: Topology, overlay: FeatureCollection): BasemapSources {
  const prefectures = collection(topology, 'prefectures');
  const counties = collection(topology, 'counties');
  return {
    'neighbour-borders': bordersWithoutClipEdges(collection(topology, 'neighbours')),
    province: collection(topology, 'province'),
    borders: collection(topology, 'borders'),
    rivers: collection(topology, 'rivers'),
    overlay,
    places: {
      type: 'FeatureCollection',
      features: [...prefectures.features.map((f) => unit(f, 'prefecture')), ...counties.features.map((f) => unit(f, 'county'))],
    },
    seats: { type: 'FeatureCollection', features: [...seatPoints(prefectures, 'prefecture'), ...seatPoints(counties, 'county')] },
    'neighbour-labels': {
      type: 'FeatureCollection',
      features: NEIGHBOUR_LABELS.map(({ name, nameEn, at }) => ({
        type: 'Feature', geometry: { type: 'Point', coordinates: at }, properties: { name, nameEn },
      })),
    },
  };
}
