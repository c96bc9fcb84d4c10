// The plan each layer group belongs to: asked at every change of the app's state, so made once per registry.
import { describe, expect, it } from 'vitest';
import { groupOwners, plansOfGroups, type PlanSummary } from '../../../src/lib/plans/plan-summary';

const registry = (...ids: string[]) => ids.map((id) => ({ id, frames: [{ id: `frame-${id}`, name: { zh: id, en: id } }] })) as unknown as PlanSummary[];

describe('layer groups → plans', () => {
  it('names each plan for its own group and its frames, ignoring unknown groups', () => {
    const plans = registry('A', 'B');
    expect(plansOfGroups(['plan:B', 'frame-A', 'frame-A', 'nobody'], plans)).toEqual(['B', 'A']);
  });
  it('is made once per registry, and anew for another one', () => {
    const plans = registry('A', 'B');
    expect(groupOwners(plans)).toBe(groupOwners(plans));
    const more = registry('A', 'B', 'C');
    expect(groupOwners(more)).not.toBe(groupOwners(plans));
    expect(plansOfGroups(['frame-C'], more)).toEqual(['C']);
  });
});
