// The catalogue files in data/catalogue resolved against the plans and the basemap: the one place
// that does it, for compile-data.ts and for checks that build in memory.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { merge } from 'topojson-client';
import type { LineString, MultiPolygon, Polygon } from 'geojson';
import { buildCatalogue, type BuiltCatalogue } from '../../src/lib/catalogue/build-catalogue';
import type { CatalogueFile } from '../../src/lib/catalogue/catalogue-input';
import type { GeometryMemo } from '../../src/lib/catalogue/geometry-memo';
import type { ShanxiContext } from '../../src/lib/catalogue/catalogue-checks';
import type { PlanDocument } from '../../src/lib/documents/document-types';
import { topologyPlaceIndex, type NamedRoute } from '../../src/lib/geo/topology-place-index';
import { documentCitationResolver } from './citation-resolver';

interface OverlayFeature { geometry: LineString | { type: string }; properties: { layer: string; name: string } }

/** Rail and road lines the basemap overlay draws: features that follow them use the same line. */
function overlayRoutes(path = 'data/basemap/overlay.json'): NamedRoute[] {
  const overlay = JSON.parse(readFileSync(path, 'utf8')) as { features: OverlayFeature[] };
  return overlay.features
    .filter((f) => f.geometry.type === 'LineString' && f.properties.layer !== 'mountain')
    .map((f) => ({ name: f.properties.name, line: (f.geometry as LineString).coordinates as [number, number][] }));
}

export function shanxiContext(topology: Topology): ShanxiContext {
  const counties = topology.objects.counties as GeometryCollection<{ name: string; prefecture?: string; seat?: [number, number] }>;
  const province = merge(topology, counties.geometries as never) as Polygon | MultiPolygon;
  const seats = counties.geometries.flatMap((g) => {
    const p = g.properties as { name: string; prefecture?: string; seat?: [number, number] };
    return p.seat ? [{ names: [p.name, ...(p.prefecture ? [p.prefecture + p.name] : [])], lonlat: p.seat }] : [];
  });
  return { province, seats };
}

/** The catalogue files as read from `dir`. */
export const readCatalogueFiles = (dir = 'data/catalogue') => readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((name) => ({ name, content: JSON.parse(readFileSync(join(dir, name), 'utf8')) as CatalogueFile }));

/**
 * `files` replaces the files on disk (the authoring server checks a draft in memory); `memo` keeps the slow
 * geometry checks' results between its builds.
 */
export function buildRepoCatalogue(documents: PlanDocument[], topology: Topology, dir = 'data/catalogue', files = readCatalogueFiles(dir), memo?: GeometryMemo): BuiltCatalogue {
  const overlay = overlayRoutes();
  return buildCatalogue({
    files,
    resolveCitation: documentCitationResolver(documents),
    placeIndex: (places, routes) => {
      const clash = routes.filter((r) => overlay.some((o) => o.name === r.name));
      if (clash.length) throw new Error(`routes ${clash.map((r) => r.name).join(', ')}: defined both in the catalogue and in the basemap overlay`);
      return topologyPlaceIndex(topology, places, [...overlay, ...routes]);
    },
    shanxi: shanxiContext(topology),
    memo,
  });
}
