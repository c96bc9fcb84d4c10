// Turns the committed basemap TopoJSON and overlay into the GeoJSON sources the basemap layers read.
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Point } from 'geojson';

export interface BasemapSources { [source: string]: FeatureCollection }

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

/** Where the neighbouring provinces are named: inside the clipped context area, near Shanxi. */
const NEIGHBOUR_LABELS: [string, string, [number, number]][] = [
  ['河北省', 'Hebei', [114.75, 38.2]],
  ['河南省', 'Henan', [113.6, 34.95]],
  ['陕西省', 'Shaanxi', [109.6, 37.0]],
  ['内蒙古自治区', 'Inner Mongolia', [111.3, 40.95]],
];

export function basemapSources(topology: Topology, overlay: FeatureCollection): BasemapSources {
  const prefectures = collection(topology, 'prefectures');
  const counties = collection(topology, 'counties');
  return {
    neighbours: collection(topology, 'neighbours'),
    province: collection(topology, 'province'),
    prefectures,
    borders: collection(topology, 'borders'),
    rivers: collection(topology, 'rivers'),
    overlay,
    seats: { type: 'FeatureCollection', features: [...seatPoints(prefectures, 'prefecture'), ...seatPoints(counties, 'county')] },
    'neighbour-labels': {
      type: 'FeatureCollection',
      features: NEIGHBOUR_LABELS.map(([name, nameEn, coordinates]) => ({
        type: 'Feature', geometry: { type: 'Point', coordinates }, properties: { name, nameEn },
      })),
    },
  };
}
