// Adds `nameEn` to every named basemap object (counties, prefectures, neighbours, rivers).
import type { Topology, GeometryCollection } from 'topojson-specification';
import { romanizePlace } from './romanize';

export function romanizeTopology(topology: Topology): Topology {
  for (const object of Object.values(topology.objects)) {
    for (const g of (object as GeometryCollection).geometries ?? []) {
      const p = g.properties as { name?: string; nameEn?: string } | undefined;
      if (p?.name && !p.nameEn) p.nameEn = romanizePlace(p.name);
    }
  }
  return topology;
}
