// The map's visible features as a list without the map: grouped by frame (in layer order), then the
// visible features that belong to no visible frame, grouped by plan.
import type { FeatureSummary, PlanFrame } from '../catalogue/catalogue-types';
import { isFeatureVisible } from '../catalogue/layer-visibility';

export interface ListGroup {
  /** A frame id, or `plan:<seed>` for features in no visible frame. */
  key: string;
  frame?: PlanFrame;
  seed?: string;
  items: { id: string; label?: string; labelEn?: string }[];
}

export function groupVisibleFeatures(features: { properties: FeatureSummary; geometry: unknown }[], frames: PlanFrame[], layers: string[]): ListGroup[] {
  const set = new Set(layers);
  const visible = new Map<string, FeatureSummary>();
  for (const f of features) if (f.geometry && isFeatureVisible(f.properties, set)) visible.set(f.properties.id, f.properties);
  const listed = new Set<string>();
  const groups: ListGroup[] = [];
  // Only frames the layers switch on (by themselves or with their whole plan) head a group.
  const frameOrder = frames.filter((f) => rank(f, layers) < OFF).sort((a, b) => rank(a, layers) - rank(b, layers));
  for (const frame of frameOrder) {
    const items = frame.groups.flatMap((g) => g.members.filter((id) => visible.has(id)).map((id) => ({ id, label: g.label, labelEn: g.labelEn })));
    if (!items.length) continue;
    items.forEach((i) => listed.add(i.id));
    groups.push({ key: frame.id, frame, items });
  }
  const bySeed = new Map<string, { id: string }[]>();
  for (const p of visible.values()) {
    if (listed.has(p.id)) continue;
    const seed = p.seeds[0] ?? '';
    bySeed.set(seed, [...(bySeed.get(seed) ?? []), { id: p.id }]);
  }
  for (const [seed, items] of [...bySeed].sort(([a], [b]) => a.localeCompare(b))) groups.push({ key: `plan:${seed}`, seed, items });
  return groups;
}

/** Frames switched on come first, in the order they were switched on; frames of whole plans follow. */
function rank(frame: PlanFrame, layers: string[]): number {
  const i = layers.indexOf(frame.id);
  if (i >= 0) return i;
  const j = layers.indexOf(`plan:${frame.seed}`);
  return j >= 0 ? 1000 + j : OFF;
}

const OFF = 10_000;
