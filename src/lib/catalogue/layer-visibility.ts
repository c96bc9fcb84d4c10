// Which plan features are on the map. The user switches on layer groups: whole plans
// (`plan:<seed>`) or single frames (by frame id). The selected feature is always shown.
import type { FeatureSummary } from './catalogue-types';

export const planGroup = (seed: string) => `plan:${seed}`;

export function isFeatureVisible(p: FeatureSummary, layers: ReadonlySet<string>): boolean {
  return p.seeds.some((seed) => layers.has(planGroup(seed))) || p.frames.some((m) => layers.has(m.frame));
}

/** `focus`: a place's own features, drawn instead of the layers while its dossier is open. */
export function visibleFeatureIds(features: { properties: FeatureSummary }[], layers: string[], selectedId: string | null, focus: string[] | null = null): string[] {
  const set = new Set(layers);
  const only = focus ? new Set(focus) : null;
  return features.filter((f) => f.properties.id === selectedId || (only ? only.has(f.properties.id) : isFeatureVisible(f.properties, set))).map((f) => f.properties.id);
}

export const sameLayers = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
