import type { AtlasFeatureCollection, FeatureDetails } from '../../lib/catalogue/catalogue-types';

export interface CitingFeature { id: string; name: { zh: string; en: string } }

/** For one document: paragraph id → the features that cite it (the reverse of "open in document"). */
export function citingFeatures(features: AtlasFeatureCollection, details: Record<string, FeatureDetails>, docId: string): Map<string, CitingFeature[]> {
  const out = new Map<string, CitingFeature[]>();
  for (const f of features.features) {
    for (const c of details[f.properties.id]?.citations ?? []) {
      if (c.seed !== docId) continue;
      const list = out.get(c.paragraphId) ?? [];
      if (!list.some((x) => x.id === f.properties.id)) list.push({ id: f.properties.id, name: f.properties.name });
      out.set(c.paragraphId, list);
    }
  }
  return out;
}
