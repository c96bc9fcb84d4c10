// Feature ids are public (links `#f=<id>`): an id merged into another still resolves through the
// kept record's `aliases`.
import type { FeatureSummary } from './catalogue-types';

/** The live id for `id`: itself, the feature that lists it as an alias, or undefined. */
export function resolveFeatureId(features: { properties: Pick<FeatureSummary, 'id' | 'aliases'> }[], id: string): string | undefined {
  if (features.some((f) => f.properties.id === id)) return id;
  return features.find((f) => f.properties.aliases?.includes(id))?.properties.id;
}
