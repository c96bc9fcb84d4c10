import { describe, expect, it } from 'vitest';
import { buildTours, DEFAULT_TOUR, framePosition, resolveStep } from '../../../src/lib/present/build-tours';
import { seedText, occurrences } from '../../e2e/seed-text';
import { compiledCatalogue } from './catalogue-fixture';

const { features, frames, details } = compiledCatalogue();
const tours = buildTours(frames, features.features, details);

describe('presenter tours', () => {
  it('has the default strategy tour, one tour per plan and one of everything', () => {
    expect(tours[0].id).toBe(DEFAULT_TOUR);
    expect(tours.map((t) => t.id)).toEqual(expect.arrayContaining(['plan-001', 'plan-002', 'plan-003', 'plan-004', 'all']));
  });

  it('walks the strategy 2013 → 2022: each frame, then its parts', () => {
    const t = tours[0];
    const frameSteps = t.steps.filter((s) => s.kind === 'frame').map((s) => s.title.zh);
    expect(frameSteps).toEqual(['一核一圈三群', '三大城镇群', '一主三副六市域中心', '一群两区三圈', '一核四带多组团']);
    expect(t.steps[1]).toMatchObject({ kind: 'part', frameId: 'one-core-one-circle-three-groups', featureId: 'taiyuan-metropolitan-area' });
  });

  it('orders a plan’s frames by where they appear in it', () => {
    const plan = tours.find((t) => t.id === 'plan-004')!;
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
    expect(resolveStep(tours, 'plan-002', 9999)).toMatchObject({ step: 0 });
    expect(resolveStep(tours, 'plan-002', 2)!.tour.id).toBe('plan-002');
    expect(resolveStep(tours, 'plan-002', 2)!.step).toBe(1);
    expect(resolveStep(tours, 'nope', 3)!.tour.id).toBe(DEFAULT_TOUR);
    expect(resolveStep([], undefined, undefined)).toBeNull();
  });
});
