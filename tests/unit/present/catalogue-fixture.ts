// The compiled catalogue (public/data, written by `npm run data:compile`, which the build runs first).
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { AtlasFeatureCollection, FeatureDetails, PlanFrame } from '../../../src/lib/catalogue/catalogue-types';

const json = <T,>(name: string): T => JSON.parse(readFileSync(`public/data/${name}`, 'utf8')) as T;

export function compiledCatalogue() {
  const topology = json<Topology>('catalogue.topo.json');
  const features = feature(topology, topology.objects.features as GeometryCollection) as unknown as AtlasFeatureCollection;
  return { features, frames: json<PlanFrame[]>('frames.json'), details: json<Record<string, FeatureDetails>>('feature-details.json') };
}
