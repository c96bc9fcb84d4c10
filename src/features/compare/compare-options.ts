// The layer groups one can compare: the strategy frames in time order first, then every plan and frame.
import { withYear } from '../../lib/i18n/plan-title';
import type { Lang, PlanFrame } from '../../lib/catalogue/catalogue-types';
import { planGroup } from '../../lib/catalogue/layer-visibility';
import type { PlanSummary } from '../../data/load-data';
import { SEED_ORDER } from '../../lib/present/build-tours';

export const EVOLUTION = [
  'one-core-one-circle-three-groups',
  'frame-three-town-groups-2019',
  'one-main-three-sub-six-city-centres',
  'frame-one-cluster-two-zones-three-circles',
  'frame-one-core-four-belts-many-clusters',
];
export const DEFAULT_PAIR = { a: EVOLUTION[0], b: EVOLUTION[3] };

export interface GroupOption { id: string; label: string; seed: string }

const seedRank = (seed: string) => SEED_ORDER.indexOf(seed.slice(0, 3));

export function groupOptions(frames: PlanFrame[], plans: PlanSummary[], lang: Lang, wholePlan: string): { evolution: GroupOption[]; byPlan: { plan: PlanSummary; options: GroupOption[] }[] } {
  const year = (seed: string) => plans.find((p) => p.id === seed)?.year ?? '';
  const frameOption = (f: PlanFrame): GroupOption => ({ id: f.id, seed: f.seed, label: withYear(f.name[lang], year(f.seed), lang) });
  const evolution = EVOLUTION.map((id) => frames.find((f) => f.id === id)).filter((f): f is PlanFrame => !!f).map(frameOption);
  const byPlan = [...plans].sort((p, q) => seedRank(p.id) - seedRank(q.id)).map((plan) => ({
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
