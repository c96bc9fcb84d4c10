// The places a dossier can be about: the basemap's counties and prefectures (code, names, prefecture,
// seat, outline, box), read from the topology the map draws, and which county a point lies in. Pure.
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Names } from '../catalogue/catalogue-types';
import type { Bounds } from '../camera/camera-intent';

export type PlaceUnitKind = 'prefecture' | 'county';

export interface PlaceUnit {
  id: string;
  kind: PlaceUnitKind;
  name: Names;
  /** A county's prefecture: its code and names. */
  prefecture?: { id: string; name: Names };
  seat: [number, number];
  geometry: Polygon | MultiPolygon;
  bounds: Bounds;
}

interface AdminProps { adcode: string; name: string; nameEn?: string; prefecture?: string; seat: [number, number] }

function boundsOf(g: Polygon | MultiPolygon): Bounds {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  for (const ring of rings) for (const [x, y] of ring) { w = Math.min(w, x); s = Math.min(s, y); e = Math.max(e, x); n = Math.max(n, y); }
  return [[w, s], [e, n]];
}

const cache = new WeakMap<Topology, PlaceUnit[]>();

/** Prefectures, then counties, as the topology has them (computed once per topology). */
export function placeUnits(topology: Topology): PlaceUnit[] {
  const known = cache.get(topology);
  if (known) return known;
  const read = (object: 'prefectures' | 'counties') => {
    const collection = topology.objects[object] as GeometryCollection<AdminProps> | undefined;
    if (!collection) return [];
    return (feature(topology, collection) as unknown as { features: { properties: AdminProps; geometry: Polygon | MultiPolygon }[] }).features;
  };
  const prefectures: PlaceUnit[] = read('prefectures').map(({ properties: p, geometry }) => ({
    id: p.adcode, kind: 'prefecture', name: { zh: p.name, en: p.nameEn ?? p.name }, seat: p.seat, geometry, bounds: boundsOf(geometry),
  }));
  const byName = new Map(prefectures.map((u) => [u.name.zh, u]));
  const counties: PlaceUnit[] = read('counties').map(({ properties: p, geometry }) => {
    const pref = p.prefecture ? byName.get(p.prefecture) : undefined;
    return {
      id: p.adcode, kind: 'county', name: { zh: p.name, en: p.nameEn ?? p.name },
      ...(pref ? { prefecture: { id: pref.id, name: pref.name } } : {}),
      seat: p.seat, geometry, bounds: boundsOf(geometry),
    };
  });
  const units = [...prefectures, ...counties];
  cache.set(topology, units);
  return units;
}

/** Even-odd ray casting over every ring (holes included). */
function inRings(rings: Position[][], [x, y]: [number, number]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

export function unitContains(unit: Pick<PlaceUnit, 'geometry' | 'bounds'>, lonlat: [number, number]): boolean {
  const [[w, s], [e, n]] = unit.bounds;
  if (lonlat[0] < w || lonlat[0] > e || lonlat[1] < s || lonlat[1] > n) return false;
  const g = unit.geometry;
  return g.type === 'Polygon' ? inRings(g.coordinates, lonlat) : g.coordinates.some((p) => inRings(p, lonlat));
}

/** The unit of a kind (county by default) a point lies in, or null. */
export function placeAt(units: PlaceUnit[], lonlat: [number, number], kind: PlaceUnitKind = 'county'): string | null {
  return units.find((u) => u.kind === kind && unitContains(u, lonlat))?.id ?? null;
}
