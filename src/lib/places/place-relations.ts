// How a plan feature relates to a place (a county or prefecture): the relations a place dossier lists.
//   covers    a polygon holds ≥ COVER_SHARE of the place's area, or the place's seat (derived)
//   overlaps  a polygon holds between OVERLAP_SHARE and COVER_SHARE of its area, seat outside (derived)
//   crosses   a line, or a corridor/band drawn around a line, passes through the place (derived)
//   contains  the place contains a point of the feature (derived)
//   names     one of the feature's quotes names the place (quoted)
// Pure: geometry in, relations out; the build runs it on the same geometry the map shows.
import { bbox, booleanIntersects, booleanPointInPolygon } from '@turf/turf';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { rasterCells } from '../geo/raster-cells';
import { findMentions } from './place-mentions';

import { COVER_SHARE, OVERLAP_SHARE, type PlaceRelation } from './relation-kinds';

export { COVER_SHARE, OVERLAP_SHARE, DERIVED_RELATIONS, type PlaceRelation } from './relation-kinds';

export interface PlaceShape {
  id: string;
  geometry: Polygon | MultiPolygon;
  seat: [number, number];
  /** Names that count as naming the place in a quote (full name, former names, unambiguous short forms). */
  mentions: string[];
}

export interface RelatableFeature {
  id: string;
  geometry: Geometry | null;
  /** Corridors and bands are polygons drawn around a line: they cross places rather than cover them. */
  linear: boolean;
  quotes: string[];
}

export interface PlaceLink {
  feature: string;
  relation: PlaceRelation;
  /** Share of the place's area inside the feature (covers, overlaps, crosses by a band), rounded to 0.01. */
  share?: number;
  /** A geometric relation whose feature's quotes also name the place. */
  named?: true;
}

type BBox = [number, number, number, number];
const boxesMeet = (a: BBox, b: BBox) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** Grid cell for area shares (≈ 1.1 × 0.9 km): fine enough for the smallest city district (≈ 20 km²). */
export const SHARE_CELL_DEG = 0.01;

/**
 * The links of every place, keyed by place id. Area shares are measured on a grid (`rasterCells`): exact
 * polygon intersection of every county with every shape is far too slow for a build step.
 */
export function relatePlaces(places: PlaceShape[], features: RelatableFeature[], notMentions: string[] = []): Map<string, PlaceLink[]> {
  const placeInfo = places.map((place) => ({ place, box: bbox(place.geometry) as BBox, cells: rasterCells(place.geometry, SHARE_CELL_DEG) }));
  const links = new Map<string, PlaceLink[]>(places.map((p) => [p.id, []]));
  for (const f of features) {
    const box = f.geometry ? (bbox(f.geometry) as BBox) : null;
    const polygonCells = f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon' ? rasterCells(f.geometry, SHARE_CELL_DEG) : null;
    for (const { place, box: placeBox, cells } of placeInfo) {
      const relation = box && boxesMeet(placeBox, box) ? geometricRelation(place, cells, f, polygonCells) : null;
      const named = f.quotes.some((q) => findMentions(q, place.mentions, notMentions).length > 0);
      if (relation) links.get(place.id)!.push({ feature: f.id, ...relation, ...(named ? { named: true as const } : {}) });
      else if (named) links.get(place.id)!.push({ feature: f.id, relation: 'names' });
    }
  }
  return links;
}

function geometricRelation(place: PlaceShape, placeCells: Set<number>, f: RelatableFeature, featureCells: Set<number> | null): Omit<PlaceLink, 'feature'> | null {
  const g = f.geometry!;
  switch (g.type) {
    case 'Point':
    case 'MultiPoint': {
      const points: Position[] = g.type === 'Point' ? [g.coordinates] : g.coordinates;
      return points.some((p) => booleanPointInPolygon(p, place.geometry)) ? { relation: 'contains' } : null;
    }
    case 'LineString':
    case 'MultiLineString':
      return booleanIntersects(g, place.geometry) ? { relation: 'crosses' } : null;
    case 'Polygon':
    case 'MultiPolygon': {
      const share = cellShare(placeCells, featureCells!);
      const seatInside = booleanPointInPolygon(place.seat, g);
      if (f.linear) return share >= OVERLAP_SHARE || seatInside ? { relation: 'crosses', share } : null;
      if (share >= COVER_SHARE || seatInside) return { relation: 'covers', share };
      return share >= OVERLAP_SHARE ? { relation: 'overlaps', share } : null;
    }
    default:
      return null;
  }
}

/** Share of the place's cells inside the feature, rounded to 0.01. */
function cellShare(placeCells: Set<number>, featureCells: Set<number>): number {
  if (!placeCells.size) return 0;
  let inside = 0;
  for (const c of placeCells) if (featureCells.has(c)) inside++;
  return Math.round((inside / placeCells.size) * 100) / 100;
}
