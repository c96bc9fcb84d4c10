// Presenter tours generated from the catalogue: each frame, then its parts, in each plan's chapter
// order, so the tour changes when the data does. Pure: no DOM, no map.
import type { AtlasFeature, FeatureDetails, Names, PlanFrame, ResolvedCitation } from '../catalogue/catalogue-types';
import { storyFrames, storyYears, type PlanSummary } from '../plans/plan-summary';
import { withYear } from '../i18n/plan-title';

export interface TourStep {
  /** `frame` shows a whole frame; `part` one of its members. */
  kind: 'frame' | 'part';
  frameId: string;
  /** The member shown (part steps). */
  featureId?: string;
  title: Names;
  /** The frame's name and, for parts, the member's group label (e.g. 圈). */
  context: Names;
  seed: string;
  /** The verbatim passage shown with the step (null when the data has none). */
  quote: ResolvedCitation | null;
}

export interface Tour { id: string; name: Names; steps: TourStep[] }

/** The default tour: how the province's spatial strategy evolved, told by the plans' story frames. */
export const DEFAULT_TOUR = 'strategy';

/** Prefer a passage from the given plan, then any passage. */
export function pickQuote(citations: ResolvedCitation[] | undefined, seed: string): ResolvedCitation | null {
  if (!citations?.length) return null;
  return citations.find((c) => c.seed === seed) ?? citations[0];
}

/** Where a frame first appears in its own plan (seed line), for chapter order. */
export function framePosition(frame: PlanFrame): number {
  const own = frame.citations.filter((c) => c.seed === frame.seed).map((c) => c.lines[0]);
  return own.length ? Math.min(...own) : Number.MAX_SAFE_INTEGER;
}

export function frameSteps(frame: PlanFrame, features: Map<string, AtlasFeature>, details: Record<string, FeatureDetails>): TourStep[] {
  const steps: TourStep[] = [
    { kind: 'frame', frameId: frame.id, title: frame.name, context: frame.name, seed: frame.seed, quote: pickQuote(frame.citations, frame.seed) },
  ];
  for (const group of frame.groups) {
    for (const id of group.members) {
      const f = features.get(id);
      if (!f) continue;
      steps.push({
        kind: 'part', frameId: frame.id, featureId: id, title: f.properties.name, seed: frame.seed,
        context: { zh: `${frame.name.zh} · ${group.label}`, en: `${frame.name.en} · ${group.labelEn ?? group.label}` },
        quote: pickQuote(details[id]?.citations, frame.seed),
      });
    }
  }
  return steps;
}

/** A plan's own tour: `plan-` and its seed's number. */
export const planTourId = (seed: string): string => `plan-${seed.slice(0, 3)}`;

/**
 * `plans`: the registered plans (public/data/plans.json): their order ranks the frames, their story
 * frames make the default tour, and their names head each plan's tour.
 */
export function buildTours(frames: PlanFrame[], features: AtlasFeature[], details: Record<string, FeatureDetails>, plans: PlanSummary[] = []): Tour[] {
  const byId = new Map(features.map((f) => [f.properties.id, f]));
  const rank = (seed: string) => plans.find((p) => p.id === seed)?.order ?? Number.MAX_SAFE_INTEGER;
  const ordered = [...frames].sort((a, b) => rank(a.seed) - rank(b.seed) || framePosition(a) - framePosition(b));
  const tours: Tour[] = [];
  const strategy = storyFrames(plans).map((id) => frames.find((f) => f.id === id)).filter((f): f is PlanFrame => !!f);
  const years = storyYears(plans);
  const span = years ? { zh: ` ${years[0]}—${years[1]}`, en: `, ${years[0]}–${years[1]}` } : { zh: '', en: '' };
  tours.push({
    id: DEFAULT_TOUR,
    name: { zh: `空间战略演变${span.zh}`, en: `How the spatial strategy evolved${span.en}` },
    steps: strategy.flatMap((f) => frameSteps(f, byId, details)),
  });
  const planNames = Object.fromEntries(plans.map((p) => [p.id, { zh: withYear(p.shortTitle.zh, p.year, 'zh'), en: withYear(p.shortTitle.en, p.year, 'en') }]));
  for (const seed of [...new Set(ordered.map((f) => f.seed))]) {
    const planFrames = ordered.filter((f) => f.seed === seed);
    tours.push({
      id: planTourId(seed),
      name: planNames[seed] ?? { zh: seed, en: seed },
      steps: planFrames.flatMap((f) => frameSteps(f, byId, details)),
    });
  }
  tours.push({ id: 'all', name: { zh: '全部空间格局', en: 'Every spatial frame' }, steps: ordered.flatMap((f) => frameSteps(f, byId, details)) });
  return tours.filter((t) => t.steps.length > 0);
}

/** The tour and step a link asks for: an unknown tour opens the default one, a missing step the first. */
export function resolveStep(tours: Tour[], tourId: string | undefined, step: number | undefined): { tour: Tour; step: number } | null {
  const tour = tours.find((t) => t.id === tourId) ?? tours.find((t) => t.id === DEFAULT_TOUR) ?? tours[0];
  if (!tour) return null;
  const n = step !== undefined && Number.isInteger(step) && step >= 1 && step <= tour.steps.length ? step - 1 : 0;
  return { tour, step: n };
}
