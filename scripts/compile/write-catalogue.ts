// Writes the catalogue three ways: features.geojson (open data, everything), catalogue.topo.json
// (what the first view needs: shapes with shared borders, names, kinds, frames) and
// feature-details.json (citations, provenance, notes: loaded after the first view).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { topology } from 'topojson-server';
import { quantize } from 'topojson-client';
import type { FeatureDetails, FeatureSummary, PlanFeatureCollection, PlanFrame } from '../../src/lib/catalogue/catalogue-types';

/** Rounds coordinates to 5 decimals (≈ 1 m): the open data does not pretend to more precision. */
const round = (value: unknown): unknown =>
  typeof value === 'number' ? Math.round(value * 1e5) / 1e5 : Array.isArray(value) ? value.map(round) : value;

export function writeCatalogue(outDir: string, features: PlanFeatureCollection, frames: PlanFrame[]): void {
  const rounded = { ...features, features: features.features.map((f) => ({ ...f, geometry: f.geometry && { ...f.geometry, coordinates: round((f.geometry as { coordinates: unknown }).coordinates) } })) };
  writeFileSync(join(outDir, 'features.geojson'), JSON.stringify(rounded));

  const details: Record<string, FeatureDetails> = {};
  const summaries = features.features.map((f) => {
    const { citations, provenance, note, ...summary } = f.properties;
    details[summary.id] = { citations, provenance, ...(note ? { note } : {}) };
    return { type: 'Feature' as const, geometry: f.geometry, properties: summary satisfies FeatureSummary };
  });
  const topo = quantize(topology({ features: { type: 'FeatureCollection', features: summaries } as never }) as never, 1e5);
  writeFileSync(join(outDir, 'catalogue.topo.json'), JSON.stringify(topo));
  writeFileSync(join(outDir, 'feature-details.json'), JSON.stringify(details));
  writeFileSync(join(outDir, 'frames.json'), JSON.stringify(frames));
}
