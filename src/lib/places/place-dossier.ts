// A place dossier's "In the plans" list: the place's linked features grouped by plan (newest plan first),
// then by the plan's frames in the plan's own order (each row with its role, the frame group's label), then
// the plan's features outside any frame, strongest relation first. Pure; the panel renders it.
import type { FeatureSummary, PlanFrame } from '../catalogue/catalogue-types';
import type { PlaceFeatureLink, PlaceTextHit } from './place-index-types';
import type { PlaceRelation } from './relation-kinds';

export interface DossierRow { link: PlaceFeatureLink; feature: FeatureSummary; role?: string }
export interface DossierFrameGroup { frame: PlanFrame | null; rows: DossierRow[] }
export interface DossierPlan { seed: string; count: number; groups: DossierFrameGroup[] }

const RELATION_ORDER: PlaceRelation[] = ['covers', 'contains', 'crosses', 'overlaps', 'names'];

/** `planOrder`: plan ids, newest first (the registry's order). */
export function placeDossier(links: PlaceFeatureLink[], features: Map<string, FeatureSummary>, frames: PlanFrame[], planOrder: string[]): DossierPlan[] {
  const plans = new Map<string, DossierRow[]>();
  for (const link of links) {
    const feature = features.get(link.f);
    if (!feature) continue;
    for (const seed of feature.seeds) plans.set(seed, [...(plans.get(seed) ?? []), { link, feature }]);
  }
  const rank = (seed: string) => (planOrder.includes(seed) ? planOrder.indexOf(seed) : planOrder.length);
  return [...plans.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([seed, rows]) => ({ seed, count: rows.length, groups: groupByFrame(rows, frames.filter((f) => f.seed === seed)) }));
}

function groupByFrame(rows: DossierRow[], planFrames: PlanFrame[]): DossierFrameGroup[] {
  const placed = new Set<string>();
  const groups: DossierFrameGroup[] = [];
  for (const frame of planFrames) {
    const members = frame.groups.flatMap((g) => g.members.map((id) => ({ id, label: g.label })));
    const inFrame = members.flatMap(({ id, label }) => {
      const row = rows.find((r) => r.feature.id === id);
      return row ? [{ ...row, role: label }] : [];
    });
    if (!inFrame.length) continue;
    inFrame.forEach((r) => placed.add(r.feature.id));
    groups.push({ frame, rows: inFrame });
  }
  const rest = rows
    .filter((r) => !placed.has(r.feature.id))
    .sort((a, b) => RELATION_ORDER.indexOf(a.link.r) - RELATION_ORDER.indexOf(b.link.r) || a.feature.name.zh.localeCompare(b.feature.name.zh, 'zh'));
  if (rest.length) groups.push({ frame: null, rows: rest });
  return groups;
}

/** "Named in the text": the paragraphs naming the place, by plan in `planOrder` (then any other plan). */
export function textByPlan(text: PlaceTextHit[], planOrder: string[]): { seed: string; hits: PlaceTextHit[] }[] {
  const plans = new Map<string, PlaceTextHit[]>();
  for (const hit of text) plans.set(hit.seed, [...(plans.get(hit.seed) ?? []), hit]);
  const rank = (seed: string) => (planOrder.includes(seed) ? planOrder.indexOf(seed) : planOrder.length);
  return [...plans.entries()].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b)).map(([seed, hits]) => ({ seed, hits }));
}

/** The shortest of a feature's quotes (a dossier row shows one). */
export const shortestQuote = (quotes: string[]): string | undefined => quotes.reduce<string | undefined>((best, q) => (best === undefined || q.length < best.length ? q : best), undefined);
