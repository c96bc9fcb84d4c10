// The catalogue in one file per plan. The build makes one quantized topology of the basemap and every
// plan's features (county unions share the counties' arcs), then splits it: the base file holds the
// basemap's objects and the arcs they use, numbered first; each plan's file holds its features, its
// frames and only the arcs the base lacks, numbered on from the base's. A plan's features are read
// from the base's arcs followed by its own, so the first view fetches the base and the plans it shows,
// whatever the number of plans. Pure.
import type { Arc, GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { arcFeature, decodedArcs, type DecodedArcs } from './arc-geometry';
import type { AtlasFeature, AtlasFeatureCollection, FeatureSummary, PlanFrame } from './catalogue-types';

/** One plan's part of the catalogue (data/catalogue/<plan>.json). */
export interface PlanShard {
  plan: string;
  /** Arcs of this plan's features that the base does not hold; arc `base.arcs.length + i` is `arcs[i]`. */
  arcs: Arc[];
  features: GeometryCollection<FeatureSummary>;
  /** Each feature's place in the whole catalogue, so that any set of plans lists them in one order. */
  order: number[];
  frames: PlanFrame[];
  /** Each frame's place among all frames. */
  frameOrder: number[];
}

export interface CataloguePart { plan: string; features: AtlasFeature[]; order: number[]; frames: PlanFrame[]; frameOrder: number[] }

type ArcTree = number | ArcTree[];
const mapArcs = (arcs: ArcTree, f: (index: number) => number): ArcTree => (Array.isArray(arcs) ? arcs.map((a) => mapArcs(a, f)) : f(arcs));
/** Arc `~i` is arc `i` reversed. */
const arcIndex = (i: number) => (i < 0 ? ~i : i);

function eachArc(geometry: GeometryObject, visit: (index: number) => void): void {
  const g = geometry as { type: string; arcs?: ArcTree; geometries?: GeometryObject[] };
  if (g.geometries) for (const child of g.geometries) eachArc(child, visit);
  if (g.arcs !== undefined) mapArcs(g.arcs, (i) => (visit(arcIndex(i)), i));
}

function renumber(geometry: GeometryObject, to: (index: number) => number): GeometryObject {
  const g = geometry as GeometryObject & { arcs?: ArcTree; geometries?: GeometryObject[] };
  const out: Record<string, unknown> = { ...g };
  if (g.geometries) out.geometries = g.geometries.map((child) => renumber(child, to));
  if (g.arcs !== undefined) out.arcs = mapArcs(g.arcs, (i) => (i < 0 ? ~to(~i) : to(i)));
  return out as unknown as GeometryObject;
}

/**
 * Splits a quantized topology whose object `features` is the catalogue (the rest: the basemap's objects)
 * into the base and one shard per plan. `plansOf` names the plans a feature belongs to (its file or files).
 */
export function splitCatalogue(topology: Topology, frames: PlanFrame[], plans: string[], plansOf: (f: FeatureSummary) => string[]): { base: Topology; shards: PlanShard[] } {
  const { features, ...basemap } = topology.objects as Record<string, GeometryObject>;
  const baseIndex = new Map<number, number>();
  for (const object of Object.values(basemap)) eachArc(object, (i) => { if (!baseIndex.has(i)) baseIndex.set(i, -1); });
  const baseArcs = [...baseIndex.keys()].sort((a, b) => a - b);
  baseArcs.forEach((arc, n) => baseIndex.set(arc, n));
  const base: Topology = {
    type: 'Topology',
    ...(topology.transform ? { transform: topology.transform } : {}),
    ...(topology.bbox ? { bbox: topology.bbox } : {}),
    arcs: baseArcs.map((i) => topology.arcs[i]),
    objects: Object.fromEntries(Object.entries(basemap).map(([name, object]) => [name, renumber(object, (i) => baseIndex.get(i)!)])),
  };
  const all = ((features as GeometryCollection<FeatureSummary> | undefined)?.geometries ?? []);
  const shards = plans.map((plan): PlanShard => {
    const own = new Map<number, number>();
    const mine = all.flatMap((g, order) => (plansOf(g.properties as FeatureSummary).includes(plan) ? [{ g, order }] : []));
    for (const { g } of mine) eachArc(g, (i) => { if (!baseIndex.has(i) && !own.has(i)) own.set(i, baseArcs.length + own.size); });
    const to = (i: number) => baseIndex.get(i) ?? own.get(i)!;
    return {
      plan,
      arcs: [...own.keys()].map((i) => topology.arcs[i]),
      features: { type: 'GeometryCollection', geometries: mine.map(({ g }) => renumber(g, to) as typeof g) },
      order: mine.map(({ order }) => order),
      frames: frames.filter((f) => f.seed === plan),
      frameOrder: frames.flatMap((f, i) => (f.seed === plan ? [i] : [])),
    };
  });
  return { base, shards };
}

/** The base's arcs, each decoded once per base when a plan first uses it: every plan's file reads them (county unions share the counties' arcs). */
const decodedBases = new WeakMap<Topology, DecodedArcs>();

function baseArcs(base: Topology): DecodedArcs {
  let arcs = decodedBases.get(base);
  if (!arcs) decodedBases.set(base, (arcs = decodedArcs(base.arcs, base.transform)));
  return arcs;
}

/** A plan's features and frames, read with the base's arcs (each decoded once per base) and its own. */
export function readShard(base: Topology, shard: PlanShard): CataloguePart {
  const from = baseArcs(base);
  const own = decodedArcs(shard.arcs, base.transform);
  const count = base.arcs.length;
  const arcs = (i: number) => (i < count ? from(i) : own(i - count));
  const features = shard.features.geometries.map((o) => arcFeature(o, arcs, base.transform)) as unknown as AtlasFeature[];
  return { plan: shard.plan, features, order: shard.order, frames: shard.frames, frameOrder: shard.frameOrder };
}

/** The loaded plans as one catalogue: each feature once (a feature of two plans is in both files), in the whole catalogue's order. */
export function joinParts(parts: CataloguePart[]): { features: AtlasFeatureCollection; frames: PlanFrame[] } {
  // Each feature and frame at its place in the whole catalogue (a sparse array: no sorting, a feature of two plans once).
  const features: AtlasFeature[] = [];
  const frames: PlanFrame[] = [];
  for (const part of parts) {
    part.features.forEach((f, i) => { features[part.order[i]] = f; });
    part.frames.forEach((f, i) => { frames[part.frameOrder[i]] = f; });
  }
  return { features: { type: 'FeatureCollection', features: features.filter(Boolean) }, frames: frames.filter(Boolean) };
}
