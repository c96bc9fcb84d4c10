// The plan registry as the tests read it (data/plans/): no test names a plan or counts them.
import { loadRegistry } from '../../../scripts/plans/load-registry';
import { compileProfile, type SeedProfile } from '../../../src/lib/documents/parsing-profile';
import { defaultLayers, planSummaries } from '../../../src/lib/plans/plan-summary';

export const registry = loadRegistry();
export const plans = planSummaries(registry);
/** The seed stems, oldest plan first. */
export const seedIds = registry.map((p) => p.id);
/** What the first view shows. */
export const firstLayers = defaultLayers(plans);

export function profileOf(id: string): SeedProfile {
  const entry = registry.find((p) => p.id === id);
  if (!entry) throw new Error(`${id} is not registered`);
  return compileProfile(entry);
}
