// A PlaceIndex over the basemap topology plus the catalogue's named places.
import { merge, feature } from 'topojson-client';
import type { Topology, GeometryCollection, GeometryObject } from 'topojson-specification';
import type { Geometry, LineString, MultiLineString, Feature } from 'geojson';
import { lineString } from '@turf/turf';
import type { PlaceIndex } from './recipes';

export interface NamedPlace { name: string; lonlat: [number, number] }
/** A route defined once: a line through seats/places (catalogue `routes`) or an authored overlay line. */
export interface NamedRoute { name: string; through?: string[]; line?: [number, number][] }

interface AdminProps { name: string; names?: string[]; prefecture?: string; seat?: [number, number] }

export function topologyPlaceIndex(topology: Topology, places: NamedPlace[], routes: NamedRoute[] = []): PlaceIndex {
  const byLevel = {
    county: indexByName((topology.objects.counties as GeometryCollection<AdminProps>).geometries),
    prefecture: indexByName((topology.objects.prefectures as GeometryCollection<AdminProps>).geometries),
  };
  const named = new Map(places.map((p) => [p.name, p.lonlat]));
  const rivers = riversByName(topology);
  const authoredRivers = new Set((topology.objects.rivers as GeometryCollection<{ name?: string; source?: string }> | undefined)?.geometries
    .map((g) => g.properties as { name?: string; source?: string } | undefined)
    .filter((p) => p?.source === 'authored').map((p) => p!.name!) ?? []);
  const routeByName = new Map(routes.map((r) => [r.name, r]));

  const index: PlaceIndex = {
    union(level, names) {
      const index = byLevel[level];
      const unknown = names.flatMap((n) => {
        const hits = index.get(n);
        if (!hits) return [n];
        return hits.length > 1 ? [`${n} (ambiguous: write it with its prefecture, e.g. 阳泉市${n})`] : [];
      });
      const geometries = [...new Set(names.flatMap((n) => index.get(n) ?? []))];
      if (unknown.length || !geometries.length) return { geometry: null, unknown };
      return { geometry: merge(topology, geometries as never), unknown };
    },
    point(name) {
      return named.get(name) ?? seat(byLevel.prefecture, name) ?? seat(byLevel.county, name);
    },
    river(name) {
      return rivers.get(name);
    },
    riverAuthored(name) {
      return authoredRivers.has(name);
    },
    route(name) {
      const r = routeByName.get(name);
      if (r?.line) return { type: 'LineString', coordinates: r.line };
      const coords = r?.through?.map((n) => index.point(n));
      if (!coords || coords.some((c) => !c)) return undefined;
      return lineString(coords as [number, number][]).geometry satisfies LineString;
    },
  };
  return index;
}

function indexByName(geometries: GeometryObject<AdminProps>[]): Map<string, GeometryObject<AdminProps>[]> {
  const index = new Map<string, GeometryObject<AdminProps>[]>();
  for (const g of geometries) {
    const props = g.properties as AdminProps;
    // A county is also known by its prefecture-qualified name: 城区 exists in both 阳泉市 and 晋城市.
    const names = [props.name, ...(props.names ?? [])];
    const qualified = props.prefecture ? names.map((n) => props.prefecture + n) : [];
    for (const n of new Set([...names, ...qualified])) index.set(n, [...(index.get(n) ?? []), g]);
  }
  return index;
}

function seat(index: Map<string, GeometryObject<AdminProps>[]>, name: string): [number, number] | undefined {
  return (index.get(name)?.[0]?.properties as AdminProps | undefined)?.seat;
}

function riversByName(topology: Topology): Map<string, Geometry> {
  const object = topology.objects.rivers as GeometryCollection<{ name?: string }> | undefined;
  const out = new Map<string, MultiLineString>();
  if (!object) return out;
  for (const f of (feature(topology, object) as { features: Feature<Geometry, { name?: string }>[] }).features) {
    const name = f.properties?.name;
    if (!name) continue;
    const lines = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.type === 'MultiLineString' ? f.geometry.coordinates : [];
    const acc = out.get(name) ?? { type: 'MultiLineString', coordinates: [] };
    acc.coordinates.push(...lines);
    out.set(name, acc);
  }
  return out;
}
