import { describe, expect, it } from 'vitest';
import { buildTours, DEFAULT_TOUR, framePosition, resolveStep } from '../../../src/lib/present/build-tours';
import { seedText, occurrences } from '../../e2e/seed-text';
import { compiledCatalogue } from './catalogue-fixture';
import { plans } from '../plans/registry-data';
import { storyFrames } from '../../../src/lib/plans/plan-summary';

const { features, frames, details } = compiledCatalogue();
const tours = buildTours(frames, features.features, details, plans);
const planTour = (seed: string) => `plan-${seed.slice(0, 3)}`;
const withFrames = plans.filter((p) => frames.some((f) => f.seed === p.id));
const newest = withFrames.at(-1)!.id;
const second = withFrames[1]!.id;

describe('presenter tours', () => {
  it('has the default strategy tour, one tour per plan and one of everything', () => {
    expect(tours[0].id).toBe(DEFAULT_TOUR);
    // Plans oldest first, as the registry orders them.
    expect(tours.map((t) => t.id)).toEqual([DEFAULT_TOUR, ...withFrames.map((p) => planTour(p.id)), 'all']);
  });

  it('walks the registry\'s story frames, oldest plan first: each frame, then its parts', () => {
    const t = tours[0];
    const story = storyFrames(plans);
    expect(story.length).toBeGreaterThan(1);
    expect(t.steps.filter((s) => s.kind === 'frame').map((s) => s.frameId)).toEqual(story);
    const first = frames.find((f) => f.id === story[0])!;
    expect(t.steps[1]).toMatchObject({ kind: 'part', frameId: first.id, featureId: first.groups[0]!.members[0] });
    // Named with the years of the plans that tell it.
    expect(t.name.zh).toMatch(/^空间战略演变 \d{4}—\d{4}$/);
  });

  it('orders a plan’s frames by where they appear in it', () => {
    const plan = tours.find((t) => t.id === planTour(newest))!;
    const ids = plan.steps.filter((s) => s.kind === 'frame').map((s) => s.frameId);
    const positions = ids.map((id) => framePosition(frames.find((f) => f.id === id)!));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('gives every step a quote found exactly once, verbatim, in its plan', () => {
    const all = tours.find((t) => t.id === 'all')!;
    expect(all.steps.length).toBeGreaterThan(frames.length);
    for (const step of all.steps) {
      expect(step.quote, step.title.zh).not.toBeNull();
      expect(occurrences(seedText(step.quote!.seed), step.quote!.quote), step.quote!.quote).toBe(1);
    }
  });

  it('opens the first step for a missing step and the default tour for an unknown one', () => {
    expect(resolveStep(tours, planTour(second), 9999)).toMatchObject({ step: 0 });
    expect(resolveStep(tours, planTour(second), 2)!.tour.id).toBe(planTour(second));
    expect(resolveStep(tours, planTour(second), 2)!.step).toBe(1);
    expect(resolveStep(tours, 'nope', 3)!.tour.id).toBe(DEFAULT_TOUR);
    expect(resolveStep([], undefined, undefined)).toBeNull();
  });
});
