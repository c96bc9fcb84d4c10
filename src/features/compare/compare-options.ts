// The layer groups one can compare: the plans' story frames in time order first, then every plan (oldest
// first) and its frames. All from the registry (public/data/plans.json): order and story frames.
import { withYear } from '../../lib/i18n/plan-title';
import type { Lang, PlanFrame } from '../../lib/catalogue/catalogue-types';
import { planGroup } from '../../lib/catalogue/layer-visibility';
import type { PlanSummary } from '../../data/load-data';
import { sortPlans, storyFrames } from '../../lib/plans/plan-summary';

export interface GroupOption { id: string; label: string; seed: string }

export function groupOptions(frames: PlanFrame[], plans: PlanSummary[], lang: Lang, wholePlan: string): { evolution: GroupOption[]; byPlan: { plan: PlanSummary; options: GroupOption[] }[] } {
  const year = (seed: string) => plans.find((p) => p.id === seed)?.year ?? '';
  const frameOption = (f: PlanFrame): GroupOption => ({ id: f.id, seed: f.seed, label: withYear(f.name[lang], year(f.seed), lang) });
  const evolution = storyFrames(plans).map((id) => frames.find((f) => f.id === id)).filter((f): f is PlanFrame => !!f).map(frameOption);
  const byPlan = sortPlans(plans).map((plan) => ({
    plan,
    options: [
      { id: planGroup(plan.id), seed: plan.id, label: withYear(plan.shortTitle[lang], wholePlan, lang) },
      ...frames.filter((f) => f.seed === plan.id).map(frameOption),
    ],
  }));
  return { evolution, byPlan };
}

/** The plan a group belongs to (for picking its quotes). */
export function groupSeed(group: string, frames: PlanFrame[]): string {
  return group.startsWith('plan:') ? group.slice(5) : frames.find((f) => f.id === group)?.seed ?? '';
}
