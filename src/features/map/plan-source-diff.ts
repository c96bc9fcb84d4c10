// What changes on the map when the catalogue does: the plan source's features added and removed, by key
// (PLAN_SOURCE_KEY). More plans loaded add only theirs, so maplibre is sent those alone (`updateData`) rather than
// every plan drawn so far (`setData`), and reloads only the tiles they touch.
import type { Feature } from 'geojson';
import { PLAN_SOURCE_KEY } from './plan-source';

export interface PlanSourceDiff {
  add: Feature[];
  remove: string[];
}

export const sourceKey = (f: Feature): string => f.properties![PLAN_SOURCE_KEY] as string;

/**
 * From the features on the map (by key) to `next`: a feature is unchanged while it is the same object (each
 * catalogue feature is converted once), removed and added again when its object changed (the authoring mode
 * saved it), added or removed when only one side has it.
 */
export function planSourceDiff(shown: ReadonlyMap<string, Feature>, next: readonly Feature[]): PlanSourceDiff {
  const add: Feature[] = [];
  const remove: string[] = [];
  const kept = new Set<string>();
  for (const f of next) {
    const key = sourceKey(f);
    kept.add(key);
    const before = shown.get(key);
    if (before === f) continue;
    if (before) remove.push(key);
    add.push(f);
  }
  for (const key of shown.keys()) if (!kept.has(key)) remove.push(key);
  return { add, remove };
}
