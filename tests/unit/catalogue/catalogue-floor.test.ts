// The catalogue never shrinks by accident: every feature resolves in the real build (as compile-data
// runs it) and the counts per plan and per kind stay at or above data/coverage/floor.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFromRepo } from '../../../scripts/coverage/build-from-repo';

interface Floor { features: number; frames: number; perPlan: Record<string, number>; perKind: Record<string, number> }
const floor = JSON.parse(readFileSync('data/coverage/floor.json', 'utf8')) as Floor;

describe('catalogue floor', () => {
  // buildCatalogue throws a CatalogueError naming every unresolved quote or recipe.
  const { catalogue } = buildFromRepo();
  const features = catalogue.features.features.map((f) => f.properties);

  it('resolves every feature: citations located, geometry built unless the recipe is "none"', () => {
    for (const f of features) {
      expect(f.citations.length, f.id).toBeGreaterThan(0);
      for (const c of f.citations) expect(c.paragraphId, `${f.id} «${c.quote}»`).toMatch(/^p\d+$/);
    }
    const unresolved = catalogue.features.features.filter((f) => !f.geometry && f.properties.recipe !== 'none').map((f) => f.id);
    expect(unresolved).toEqual([]);
  });

  it('keeps the feature and frame totals', () => {
    expect(features.length).toBeGreaterThanOrEqual(floor.features);
    expect(catalogue.frames.length).toBeGreaterThanOrEqual(floor.frames);
  });

  it('keeps the count per plan', () => {
    const perPlan: Record<string, number> = {};
    for (const f of features) for (const s of f.seeds) perPlan[s] = (perPlan[s] ?? 0) + 1;
    for (const [seed, n] of Object.entries(floor.perPlan)) expect(perPlan[seed] ?? 0, seed).toBeGreaterThanOrEqual(n);
  });

  it('keeps the count per kind', () => {
    const perKind: Record<string, number> = {};
    for (const f of features) perKind[f.kind] = (perKind[f.kind] ?? 0) + 1;
    for (const [kind, n] of Object.entries(floor.perKind)) expect(perKind[kind] ?? 0, kind).toBeGreaterThanOrEqual(n);
  });
});
