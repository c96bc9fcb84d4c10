// Writes the catalogue for its three readers: features.geojson and frames.json (open data, everything); the
// shapes, names, kinds and frames the map and lists need, as catalogue/base.topo.json (the basemap's
// objects) and catalogue/<plan>.json (each plan's features and frames), split from one topology so that
// county unions share the counties' arcs (src/lib/catalogue/plan-shards.ts); and every feature's details
// (citations, provenance, notes: loaded after the first view) in parts of a few hundred KB as
// feature-details/<k>.json, with each feature's details on their own as details/<id>.json (what a selection
// shows at once, without waiting for the parts).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { topology } from 'topojson-server';
import { feature, quantize } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureDetails, FeatureDetailsPart, FeatureSummary, PlanFeatureCollection, PlanFrame } from '../../src/lib/catalogue/catalogue-types';
import { splitCatalogue } from '../../src/lib/catalogue/plan-shards';

/** Rounds coordinates to 5 decimals (≈ 1 m): the open data does not pretend to more precision. */
const round = (value: unknown): unknown =>
  typeof value === 'number' ? Math.round(value * 1e5) / 1e5 : Array.isArray(value) ? value.map(round) : value;

/** How many bytes of JSON a part of the details holds at most (one feature's details larger than that are a part alone). */
export const DETAILS_PART_BYTES = 250_000;

/** The details in parts, in catalogue order, each up to DETAILS_PART_BYTES of JSON. */
export function detailsParts(details: Record<string, FeatureDetails>, partBytes = DETAILS_PART_BYTES): FeatureDetailsPart[] {
  const parts: Record<string, FeatureDetails>[] = [{}];
  let bytes = 0;
  for (const [id, d] of Object.entries(details)) {
    const size = Buffer.byteLength(JSON.stringify(id)) + Buffer.byteLength(JSON.stringify(d)) + 2;
    if (bytes > 0 && bytes + size > partBytes) { parts.push({}); bytes = 0; }
    parts.at(-1)![id] = d;
    bytes += size;
  }
  return parts.map((part) => ({ of: parts.length, details: part }));
}

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
  rmSync(join(outDir, 'feature-details'), { recursive: true, force: true });
  rmSync(join(outDir, 'feature-details.json'), { force: true }); // the one file of before 2026-12-06
  mkdirSync(join(outDir, 'feature-details'));
  detailsParts(details).forEach((part, k) => writeFileSync(join(outDir, 'feature-details', `${k}.json`), JSON.stringify(part)));
  mkdirSync(join(outDir, 'details'), { recursive: true });
  for (const [id, d] of Object.entries(details)) writeFileSync(join(outDir, 'details', `${encodeURIComponent(id)}.json`), JSON.stringify(d));
  writeFileSync(join(outDir, 'frames.json'), JSON.stringify(frames));
}
