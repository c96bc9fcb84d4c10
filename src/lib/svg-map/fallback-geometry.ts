// The SVG map's drawing data: the same basemap topology and catalogue the WebGL map reads, projected
// with d3-geo into SVG path strings once per container size. No React, no DOM.
import { geoMercator, geoPath, geoArea, type GeoPermissibleObjects } from 'd3';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString } from 'geojson';
import type { AtlasFeature } from '../catalogue/catalogue-types';
import { kindStyle } from '../style/kind-styles';
import type { MapView } from '../url/hash-state';
import { extentRing, NEIGHBOUR_LABELS } from '../geo/shanxi-extent';

/** Shanxi with a little context around it (the WebGL map opens on the same box). */
const SHANXI_BOX: Feature = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [extentRing()] } };

export type Shape = 'area' | 'line' | 'point';

export interface PlanPath { id: string; kind: string; color: string; shape: Shape; schematic: boolean; d: string; x: number; y: number; nameZh: string; nameEn: string; /** Steradians (areas; 0 otherwise): orders what a click hits. */ area: number }
export interface Label { name: string; nameEn?: string; x: number; y: number }

/** What the SVG map and the picture draw. Not the neighbours' shapes: they would be filled with the land's colour, the
 * colour under the whole map, and have no outline (it would show where their context area was clipped). */
export interface FallbackDrawing {
  province: string;
  prefectureBorders: string;
  countyBorders: string;
  rivers: string;
  rail: string;
  seats: Label[];
  /** County seats (named from the live map's county-label zoom). */
  countySeats: Label[];
  /** Mountain and river names (the basemap overlay's label points). */
  overlayLabels: (Label & { kind: 'mountain' | 'river' })[];
  /** Named railways, their parts in SVG user units: the SVG map names them along the line at the zoom it shows. */
  railLines: { name: string; nameEn?: string; parts: [number, number][][] }[];
  neighbourLabels: Label[];
  /** Largest areas first, then lines, then points, so the most specific thing is on top. */
  plan: PlanPath[];
  /** Screen box of each plan feature, for zooming to the selection. */
  bounds: Map<string, [[number, number], [number, number]]>;
  /** Longitude/latitude to SVG user units (before pan and zoom). */
  project(lonlat: [number, number]): [number, number];
  /** SVG user units back to longitude/latitude. */
  invert(xy: [number, number]): [number, number];
  /** Any geometry as an SVG path in the drawing's units (a place dossier's outline). */
  path(g: Geometry): string;
  /** Pixels per radian at zoom factor 1: maps a maplibre zoom to a d3 zoom factor and back. */
  baseScale: number;
}

/** A pan/zoom as d3-zoom keeps it: screen = k · projected + (x, y). */
export interface PanZoom { k: number; x: number; y: number }

/** maplibre draws the world 512 px wide at zoom 0: the same view expressed for the SVG map. */
export function viewToPanZoom(view: MapView, drawing: Pick<FallbackDrawing, 'project' | 'baseScale'>, width: number, height: number): PanZoom {
  const k = (512 * 2 ** view.zoom) / (2 * Math.PI) / drawing.baseScale;
  const [px, py] = drawing.project([view.lon, view.lat]);
  return { k, x: width / 2 - k * px, y: height / 2 - k * py };
}

export function panZoomToView(t: PanZoom, drawing: Pick<FallbackDrawing, 'invert' | 'baseScale'>, width: number, height: number): MapView {
  const [lon, lat] = drawing.invert([(width / 2 - t.x) / t.k, (height / 2 - t.y) / t.k]);
  return { zoom: Math.log2((t.k * drawing.baseScale * 2 * Math.PI) / 512), lat, lon };
}

export interface BasemapInput { topology: Topology; overlay: FeatureCollection }

const object = (topology: Topology, name: string) => topology.objects[name] as GeometryCollection | undefined;

/**
 * d3-geo reads rings on the sphere: clockwise is the inside. GeoJSON (RFC 7946) winds exteriors the
 * other way, which d3 would draw as "everything except this polygon"; such polygons are turned round.
 */
export function forD3<F extends Feature<Geometry | null, unknown>>(f: F): F {
  const g = f.geometry;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return f;
  const fix = (rings: number[][][]) => (geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings);
  const geometry = g.type === 'Polygon' ? { type: 'Polygon' as const, coordinates: fix(g.coordinates) } : { type: 'MultiPolygon' as const, coordinates: g.coordinates.map(fix) };
  return { ...f, geometry };
}

const rewound = (fc: FeatureCollection): FeatureCollection => ({ ...fc, features: fc.features.map(forD3) });

const shapeOf = (g: Geometry): Shape => (g.type.includes('Polygon') ? 'area' : g.type.includes('Line') ? 'line' : 'point');

export function drawFallback(width: number, height: number, basemap: BasemapInput, features: AtlasFeature[]): FallbackDrawing {
  const projection = geoMercator().fitExtent([[12, 12], [Math.max(width - 12, 13), Math.max(height - 12, 13)]], SHANXI_BOX);
  const path = geoPath(projection);
  const d = (g: GeoPermissibleObjects | null | undefined) => (g ? path(g) ?? '' : '');
  const { topology, overlay } = basemap;
  const collection = (name: string) => {
    const o = object(topology, name);
    return o ? rewound(feature(topology, o) as FeatureCollection) : { type: 'FeatureCollection' as const, features: [] };
  };
  // `borders` holds one line per shared border, with the rank of the boundary it belongs to.
  const rankLines = (rank: string): FeatureCollection<Geometry> => {
    const fc = collection('borders');
    return { type: 'FeatureCollection', features: fc.features.filter((f) => (f.properties as { rank?: string })?.rank === rank) };
  };
  const point = (lonlat: [number, number]) => projection(lonlat) ?? [NaN, NaN];

  const plan: PlanPath[] = [];
  const bounds = new Map<string, [[number, number], [number, number]]>();
  const area = new Map<string, number>();
  for (const raw of features) {
    if (!raw.geometry) continue;
    const f = forD3(raw);
    const shape = shapeOf(raw.geometry);
    area.set(raw.properties.id, shape === 'area' ? geoArea(f as GeoPermissibleObjects) : 0);
    const [x, y] = path.centroid(f as GeoPermissibleObjects);
    const p = f.properties;
    plan.push({
      id: p.id, kind: p.kind, color: kindStyle(p.kind).color, shape, schematic: p.schematic,
      d: shape === 'point' ? '' : d(f as GeoPermissibleObjects), x, y, nameZh: p.name.zh, nameEn: p.name.en, area: area.get(p.id) ?? 0,
    });
    bounds.set(p.id, path.bounds(f as GeoPermissibleObjects));
  }
  const order = (p: PlanPath) => (p.shape === 'area' ? 0 : p.shape === 'line' ? 1 : 2);
  plan.sort((a, b) => order(a) - order(b) || (area.get(b.id) ?? 0) - (area.get(a.id) ?? 0));

  const prefectures = collection('prefectures');
  const seatLabels = (fc: FeatureCollection): Label[] => fc.features.flatMap((f) => {
    const p = f.properties as { name: string; nameEn?: string; seat?: [number, number] };
    if (!p.seat) return [];
    const [x, y] = point(p.seat);
    return [{ name: p.name, nameEn: p.nameEn, x, y }];
  });
  const railLines = overlay.features.filter((f) => ['rail', 'hsr'].includes((f.properties as { layer?: string })?.layer ?? ''));
  return {
    province: d(collection('province')),
    prefectureBorders: d(rankLines('prefecture')),
    countyBorders: d(rankLines('county')),
    rivers: d(collection('rivers')),
    rail: d({ type: 'FeatureCollection', features: railLines as Feature<LineString | MultiLineString>[] }),
    seats: seatLabels(prefectures),
    countySeats: seatLabels(collection('counties')),
    overlayLabels: overlay.features.flatMap((f) => {
      const p = f.properties as { layer?: string; name: string; nameEn?: string };
      if (f.geometry?.type !== 'Point' || (p.layer !== 'mountain' && p.layer !== 'river-label')) return [];
      const [x, y] = point(f.geometry.coordinates as [number, number]);
      return [{ name: p.name, nameEn: p.nameEn, x, y, kind: p.layer === 'mountain' ? 'mountain' as const : 'river' as const }];
    }),
    railLines: railLines.flatMap((f) => {
      const p = f.properties as { name?: string; nameEn?: string };
      const g = f.geometry as LineString | MultiLineString | null;
      if (!p.name || !g) return [];
      return [{ name: p.name, nameEn: p.nameEn, parts: (g.type === 'LineString' ? [g.coordinates] : g.coordinates).map((line) => line.map(([lon, lat]) => point([lon!, lat!]))) }];
    }),
    neighbourLabels: NEIGHBOUR_LABELS.map(({ name, nameEn, at }) => {
      const [x, y] = point(at);
      return { name, nameEn, x, y };
    }),
    plan,
    bounds,
    project: point,
    invert: (xy) => projection.invert!(xy) ?? [NaN, NaN],
    path: (g) => d(forD3({ type: 'Feature', properties: {}, geometry: g }).geometry),
    baseScale: projection.scale(),
  };
}
