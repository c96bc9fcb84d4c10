// The compiled catalogue (public/data, written by `npm run data:compile`, which the build runs first), read
// as the app reads it: the base and every plan's file, joined.
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import type { FeatureDetails, FeatureDetailsPart, PlanFrame } from '../../../src/lib/catalogue/catalogue-types';
import { joinParts, readShard, type PlanShard } from '../../../src/lib/catalogue/plan-shards';

const json = <T,>(name: string): T => JSON.parse(readFileSync(`public/data/${name}`, 'utf8')) as T;

export function compiledCatalogue() {
  const base = json<Topology>('catalogue/base.topo.json');
  const plans = json<{ id: string }[]>('plans.json');
  const { features } = joinParts(plans.map((p) => readShard(base, json<PlanShard>(`catalogue/${p.id}.json`))));
  const details: Record<string, FeatureDetails> = Object.assign({}, ...compiledDetailsParts().map((p) => p.details));
  return { features, frames: json<PlanFrame[]>('frames.json'), details };
}

/** Every feature's details as compiled, in their parts (data/feature-details/<k>.json). */
export function compiledDetailsParts(): FeatureDetailsPart[] {
  const { of } = json<FeatureDetailsPart>('feature-details/0.json');
  return Array.from({ length: of }, (_, k) => json<FeatureDetailsPart>(`feature-details/${k}.json`));
}
