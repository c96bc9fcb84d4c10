// Presenter tours generated from the catalogue: each frame, then its parts, in each plan's chapter
// order, so the tour changes when the data does. Pure: no DOM, no map.
import type { AtlasFeature, FeatureDetails, Names, PlanFrame, ResolvedCitation } from '../catalogue/catalogue-types';

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

/** The default tour: how the province's spatial strategy evolved, 2013 → 2022. */
export const DEFAULT_TOUR = 'strategy';
const STRATEGY_FRAMES = [
  'one-core-one-circle-three-groups',
  'frame-three-town-groups-2019',
  'one-main-three-sub-six-city-centres',
  'frame-one-cluster-two-zones-three-circles',
  'frame-one-core-four-belts-many-clusters',
];

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

/** Plan seeds oldest first (the seed's year order: 003 2013, 002 2019, 001 2021, 000/004 2022). */
export const SEED_ORDER = ['003', '002', '001', '000', '004'];
const seedRank = (seed: string) => {
  const i = SEED_ORDER.indexOf(seed.slice(0, 3));
  return i < 0 ? SEED_ORDER.length : i;
};

export function buildTours(frames: PlanFrame[], features: AtlasFeature[], details: Record<string, FeatureDetails>, planNames: Record<string, Names> = {}): Tour[] {
  const byId = new Map(features.map((f) => [f.properties.id, f]));
  const ordered = [...frames].sort((a, b) => seedRank(a.seed) - seedRank(b.seed) || framePosition(a) - framePosition(b));
  const tours: Tour[] = [];
  const strategy = STRATEGY_FRAMES.map((id) => frames.find((f) => f.id === id)).filter((f): f is PlanFrame => !!f);
  tours.push({
    id: DEFAULT_TOUR,
    name: { zh: '空间战略演变 2013—2022', en: 'How the spatial strategy evolved, 2013–2022' },
    steps: strategy.flatMap((f) => frameSteps(f, byId, details)),
  });
  for (const seed of [...new Set(ordered.map((f) => f.seed))]) {
    const planFrames = ordered.filter((f) => f.seed === seed);
    tours.push({
      id: `plan-${seed.slice(0, 3)}`,
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
