// Which plan features are visible, given the layer groups the user switched off.
// Groups are plan seeds (`plan:<seed>`) and frame ids.
import type { FeatureSummary, PlanFrame } from './catalogue-types';

export const planGroup = (seed: string) => `plan:${seed}`;

export function isFeatureVisible(p: FeatureSummary, hidden: ReadonlySet<string>): boolean {
  if (!p.seeds.some((seed) => !hidden.has(planGroup(seed)))) return false;
  if (p.frames.length === 0) return true;
  return p.frames.some((m) => !hidden.has(m.frame));
}

export function visibleFeatureIds(features: { properties: FeatureSummary }[], frames: PlanFrame[], hidden: string[]): string[] {
  void frames;
  const set = new Set(hidden);
  return features.filter((f) => isFeatureVisible(f.properties, set)).map((f) => f.properties.id);
}
