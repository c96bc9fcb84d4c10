// What the app knows of each plan (public/data/plans.json), and what follows from the registry's
// order and story frames: the time order, the story told across plans, the first view's frame. Pure.
import type { Names, PlanEntry } from './plan-registry-types';
import { planGroup } from '../catalogue/layer-visibility';

export interface PlanSummary {
  id: string;
  title: string;
  titleInferred: boolean;
  shortTitle: Names;
  /** The period (2022–2035) or, without one, the year of issue (2019): what the UI shows. */
  year: string;
  /** First and last year on the timeline. */
  span: [number, number];
  colour: string;
  /** Position in time order, 1 = oldest. */
  order: number;
  titleEn: string;
  issuer?: string;
  docNumber?: string;
  /** The official web address, where the registry holds one. */
  url?: string;
  date?: string;
  period?: [number, number];
  story?: string[];
  /** The plan's frames, in catalogue order (written by the compile from the catalogue, not the registry). */
  frames?: { id: string; name: Names }[];
}

export const sortPlans = <T extends { order: number }>(plans: T[]): T[] => [...plans].sort((a, b) => a.order - b.order);

const issueYear = (p: Pick<PlanEntry, 'date'>) => (p.date ? Number(p.date.slice(0, 4)) : undefined);

export function planSummary(p: PlanEntry): PlanSummary {
  const year = issueYear(p);
  const span: [number, number] = p.period ?? [year!, year!];
  const summary: PlanSummary = {
    id: p.id,
    title: p.title.zh,
    titleInferred: !!p.titleInferred,
    shortTitle: p.shortTitle,
    year: span[0] === span[1] ? String(span[0]) : `${span[0]}–${span[1]}`,
    span,
    colour: p.colour,
    order: p.order,
    titleEn: p.title.en,
  };
  for (const k of ['issuer', 'docNumber', 'url', 'date', 'period', 'story'] as const) if (p[k] !== undefined) (summary as unknown as Record<string, unknown>)[k] = p[k];
  return summary;
}

/** The registry as the app reads it: each plan with its frames' ids and names (the layer list and the timeline, before any plan's file). */
export const withPlanFrames = (plans: PlanSummary[], frames: { id: string; seed: string; name: Names }[]): PlanSummary[] =>
  plans.map((p) => ({ ...p, frames: frames.filter((f) => f.seed === p.id).map((f) => ({ id: f.id, name: f.name })) }));

type GroupedPlans = Pick<PlanSummary, 'id' | 'frames'>[];
const owners = new WeakMap<GroupedPlans, Map<string, string>>();

/**
 * The plan each layer group belongs to: `plan:<id>` and each of its frames' ids. Made once per registry
 * (it is asked at every change of the app's state: at fifty plans that cost ≈ 10 ms of each selection).
 */
export const groupOwners = (plans: GroupedPlans): Map<string, string> => {
  let map = owners.get(plans);
  if (!map) owners.set(plans, (map = new Map(plans.flatMap((p) => [[planGroup(p.id), p.id] as const, ...(p.frames ?? []).map((f) => [f.id, p.id] as const)]))));
  return map;
};

/** The plans the given layer groups draw from (unknown groups ignored). */
export const plansOfGroups = (groups: string[], plans: Pick<PlanSummary, 'id' | 'frames'>[]): string[] => {
  const owners = groupOwners(plans);
  return [...new Set(groups.flatMap((g) => owners.get(g) ?? []))];
};

/** The plans oldest first, as the app reads them. */
export const planSummaries = (plans: PlanEntry[]): PlanSummary[] => sortPlans(plans).map(planSummary);

/** The story across plans: each plan's story frames, oldest plan first. */
export const storyFrames = (plans: Pick<PlanSummary, 'order' | 'story'>[]): string[] => sortPlans(plans).flatMap((p) => p.story ?? []);

/** The newest plan that tells part of the story. */
const newestStoryPlan = <T extends Pick<PlanSummary, 'order' | 'story'>>(plans: T[]): T | undefined =>
  sortPlans(plans).filter((p) => p.story?.length).at(-1);

/** What a first visit shows: the newest plan's first story frame (the province's current layout). */
export function defaultLayers(plans: Pick<PlanSummary, 'order' | 'story'>[]): string[] {
  const first = newestStoryPlan(plans)?.story?.[0];
  return first ? [first] : [];
}

/** The pair compare opens with: the story's first frame against the newest plan's first. */
export function defaultComparePair(plans: Pick<PlanSummary, 'order' | 'story'>[]): { a: string; b: string } {
  const story = storyFrames(plans);
  return { a: story[0] ?? '', b: newestStoryPlan(plans)?.story?.[0] ?? story.at(-1) ?? '' };
}

/** First and last year of issue (or period start) of the plans telling the story: 2013—2022. */
export function storyYears(plans: PlanSummary[]): [number, number] | null {
  const told = plans.filter((p) => p.story?.length).map((p) => (p.date ? Number(p.date.slice(0, 4)) : p.span[0]));
  return told.length ? [Math.min(...told), Math.max(...told)] : null;
}
