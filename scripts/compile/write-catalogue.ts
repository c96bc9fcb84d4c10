// Writes the catalogue for its three readers: features.geojson and frames.json (open data, everything); the
// shapes, names, kinds and frames the map and lists need, as catalogue/base.topo.json (the basemap's
// objects) and catalogue/<plan>.json (each plan's features and frames), split from one topology so that
// county unions share the counties' arcs (src/lib/catalogue/plan-shards.ts); and feature-details.json
// (citations, provenance, notes: loaded after the first view), with each feature's details on their own
// as details/<id>.json (what a selection shows at once, without waiting for the whole file).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { topology } from 'topojson-server';
import { feature, quantize } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureDetails, FeatureSummary, PlanFeatureCollection, PlanFrame } from '../../src/lib/catalogue/catalogue-types';
import { splitCatalogue } from '../../src/lib/catalogue/plan-shards';

/** Rounds coordinates to 5 decimals (≈ 1 m): the open data does not pretend to more precision. */
const round = (value: unknown): unknown =>
  typeof value === 'number' ? Math.round(value * 1e5) / 1e5 : Array.isArray(value) ? value.map(round) : value;

export function writeCatalogue(outDir: string, features: PlanFeatureCollection, frames: PlanFrame[], basemap: Topology, plans: string[]): void {
  const rounded = { ...features, features: features.features.map((f) => ({ ...f, geometry: f.geometry && { ...f.geometry, coordinates: round((f.geometry as { coordinates: unknown }).coordinates) } })) };
  writeFileSync(join(outDir, 'features.geojson'), JSON.stringify(rounded));

  // A feature is in the file of each plan that cites it, and of each plan whose frames hold it.
  const frameSeed = new Map(frames.map((f) => [f.id, f.seed]));
  const plansOf = (f: FeatureSummary) => [...new Set([...f.seeds, ...f.frames.map((m) => frameSeed.get(m.frame)!)])];
  const details: Record<string, FeatureDetails> = {};
  const summaries = features.features.map((f) => {
    const { citations, provenance, note, noShapeReason, ...summary } = f.properties;
    details[summary.id] = { citations, provenance, ...(note ? { note } : {}), ...(noShapeReason ? { noShapeReason } : {}), plans: plansOf(summary) };
    return { type: 'Feature' as const, geometry: f.geometry, properties: summary satisfies FeatureSummary };
  });
  // Catalogue shapes made from counties reuse the basemap's exact coordinates, so the arcs are shared.
  const objects: Record<string, unknown> = { features: { type: 'FeatureCollection', features: summaries } };
  for (const [name, object] of Object.entries(basemap.objects)) objects[name] = feature(basemap, object as GeometryCollection);
  const topo = quantize(topology(objects as never) as never, 1e5) as Topology;
  const { base, shards } = splitCatalogue(topo, frames, plans, plansOf);
  mkdirSync(join(outDir, 'catalogue'), { recursive: true });
  writeFileSync(join(outDir, 'catalogue', 'base.topo.json'), JSON.stringify(base));
  for (const shard of shards) writeFileSync(join(outDir, 'catalogue', `${shard.plan}.json`), JSON.stringify(shard));
  writeFileSync(join(outDir, 'feature-details.json'), JSON.stringify(details));
  mkdirSync(join(outDir, 'details'), { recursive: true });
  for (const [id, d] of Object.entries(details)) writeFileSync(join(outDir, 'details', `${encodeURIComponent(id)}.json`), JSON.stringify(d));
  writeFileSync(join(outDir, 'frames.json'), JSON.stringify(frames));
}
