// @vitest-environment happy-dom
// Which plans' files the app fetches and draws: the first view's plans only; another plan when a layer, a
// selection or the reader needs it; all of them for a place's dossier or a feature no plan's details name;
// the rest read ahead (not drawn) once the first view is drawn.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialAtlasState, useAtlasStore } from '../../../src/store/atlas-store';
import { startPlanLoading, type PlanLoading } from '../../../src/app/plan-loading';
import type { CataloguePart, PlanShard } from '../../../src/lib/catalogue/plan-shards';
import type { PlanSummary } from '../../../src/lib/plans/plan-summary';
import type { FeatureDetails } from '../../../src/lib/catalogue/catalogue-types';

const registry = ['A', 'B', 'C'].map((id, i) => ({ id, order: i + 1, frames: [{ id: `frame-${id}`, name: { zh: id, en: id } }] })) as unknown as PlanSummary[];
const part = (plan: string, index: number): CataloguePart => ({
  plan,
  features: [{ type: 'Feature', geometry: null, properties: { id: `f-${plan}`, seeds: [plan], frames: [] } }] as never,
  order: [index],
  frames: [{ id: `frame-${plan}`, seed: plan }] as never,
  frameOrder: [index],
});
const shard = (plan: string) => ({ plan, features: { type: 'GeometryCollection', geometries: [{ type: null, properties: { id: `f-${plan}` } }] } }) as unknown as PlanShard;
const details: Record<string, FeatureDetails> = { 'f-C': { citations: [], provenance: [], plans: ['C'] } };

describe('plan loading', () => {
  let fetched: string[] = [];
  const askedDetails: string[] = [];
  let loading: PlanLoading;
  const s = () => useAtlasStore.getState();
  const ids = () => s().catalogue?.features.features.map((f) => f.properties.id);
  const settle = () => new Promise((done) => setTimeout(done, 0));

  beforeEach(() => {
    fetched = [];
    useAtlasStore.setState({ ...initialAtlasState, layers: ['frame-B'] });
    loading = startPlanLoading(useAtlasStore, {
      plans: async () => registry,
      bytes: async (plan) => {
        fetched.push(plan);
        return new TextEncoder().encode(JSON.stringify(shard(plan))).buffer as ArrayBuffer;
      },
      parse: (bytes) => JSON.parse(new TextDecoder().decode(bytes)) as PlanShard,
      read: async (file) => part(file.plan, registry.findIndex((p) => p.id === file.plan)),
      featureDetails: async (id) => { askedDetails.push(id); if (!details[id]) throw new Error('HTTP 404'); return details[id]; },
    }, (e) => { throw e; });
  });
  afterEach(() => loading.stop());

  it('loads the plans the first view shows, then a plan when its layer is switched on', async () => {
    await expect.poll(ids).toEqual(['f-B']);
    expect(fetched).toEqual(['B']);
    expect(s().catalogueComplete).toBe(false);
    s().setLayers(['frame-B', 'plan:A']);
    await expect.poll(ids).toEqual(['f-A', 'f-B']);
    expect(fetched).toEqual(['B', 'A']);
  });

  it('loads a selected feature’s plans from its details, the reader’s plan, and every plan for an unknown feature', async () => {
    await expect.poll(ids).toEqual(['f-B']);
    s().openSubject({ kind: 'feature', id: 'f-C' });
    await expect.poll(ids).toEqual(['f-B', 'f-C']);
    expect(fetched).toEqual(['B', 'C']);
    s().openReader({ doc: 'A' });
    await expect.poll(ids).toEqual(['f-A', 'f-B', 'f-C']);
    expect(s().catalogueComplete).toBe(true);
  });

  it('loads every plan for a feature whose details are missing (a former or wrong id), and for a place', async () => {
    await expect.poll(ids).toEqual(['f-B']);
    s().openSubject({ kind: 'feature', id: 'no-such-feature' });
    await expect.poll(() => s().catalogueComplete).toBe(true);
    expect([...fetched].sort()).toEqual(['A', 'B', 'C']);
    await settle();
    expect(fetched.length).toBe(3); // each plan once
  });

  it('reads the other plans ahead once the first view is drawn, without drawing them; a selection then brings one in', async () => {
    await expect.poll(ids).toEqual(['f-B']);
    useAtlasStore.setState({ boot: 'drawn' });
    await expect.poll(() => [...fetched].sort(), { timeout: 3000 }).toEqual(['A', 'B', 'C']);
    expect(ids()).toEqual(['f-B']);
    expect(s().catalogueComplete).toBe(false);
    askedDetails.length = 0;
    s().openSubject({ kind: 'feature', id: 'f-C' });
    await expect.poll(ids).toEqual(['f-B', 'f-C']);
    expect(fetched.length).toBe(3); // fetched once: the bytes read ahead are parsed and drawn
    expect(askedDetails).toEqual([]); // found in the plans read ahead
  });

  it('loads every plan for a place’s dossier', async () => {
    await expect.poll(ids).toEqual(['f-B']);
    s().openSubject({ kind: 'place', id: '140100' });
    await expect.poll(ids).toEqual(['f-A', 'f-B', 'f-C']);
  });
});
