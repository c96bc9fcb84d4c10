// Writes the catalogue three ways: features.geojson (open data, everything), catalogue.topo.json
// (what the first view needs: shapes, names, kinds, frames, in one topology with the basemap's
// objects so that county unions share the counties' arcs) and feature-details.json (citations,
// provenance, notes: loaded after the first view), and each feature's details on their own as
// details/<id>.json (what a selection shows at once, without waiting for the whole file).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { topology } from 'topojson-server';
import { feature, quantize } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureDetails, FeatureSummary, PlanFeatureCollection, PlanFrame } from '../../src/lib/catalogue/catalogue-types';

/** Rounds coordinates to 5 decimals (≈ 1 m): the open data does not pretend to more precision. */
const round = (value: unknown): unknown =>
  typeof value === 'number' ? Math.round(value * 1e5) / 1e5 : Array.isArray(value) ? value.map(round) : value;

export function writeCatalogue(outDir: string, features: PlanFeatureCollection, frames: PlanFrame[], basemap: Topology): void {
  const rounded = { ...features, features: features.features.map((f) => ({ ...f, geometry: f.geometry && { ...f.geometry, coordinates: round((f.geometry as { coordinates: unknown }).coordinates) } })) };
  writeFileSync(join(outDir, 'features.geojson'), JSON.stringify(rounded));

  const details: Record<string, FeatureDetails> = {};
  const summaries = features.features.map((f) => {
    const { citations, provenance, note, noShapeReason, ...summary } = f.properties;
    details[summary.id] = { citations, provenance, ...(note ? { note } : {}), ...(noShapeReason ? { noShapeReason } : {}) };
    return { type: 'Feature' as const, geometry: f.geometry, properties: summary satisfies FeatureSummary };
  });
  // Catalogue shapes made from counties reuse the basemap's exact coordinates, so the arcs are shared.
  const objects: Record<string, unknown> = { features: { type: 'FeatureCollection', features: summaries } };
  for (const [name, object] of Object.entries(basemap.objects)) objects[name] = feature(basemap, object as GeometryCollection);
  const topo = quantize(topology(objects as never) as never, 1e5);
  writeFileSync(join(outDir, 'catalogue.topo.json'), JSON.stringify(topo));
  writeFileSync(join(outDir, 'feature-details.json'), JSON.stringify(details));
  mkdirSync(join(outDir, 'details'), { recursive: true });
  for (const [id, d] of Object.entries(details)) writeFileSync(join(outDir, 'details', `${encodeURIComponent(id)}.json`), JSON.stringify(d));
  writeFileSync(join(outDir, 'frames.json'), JSON.stringify(frames));
}
