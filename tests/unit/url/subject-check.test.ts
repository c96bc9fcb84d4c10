// @vitest-environment happy-dom
// The selection is kept real whenever it changes — at load and in the running app (an edited URL, a history
// entry): a merged feature id resolves through aliases, an unknown feature or frame is dropped with a notice.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useAtlasStore, initialAtlasState, type Catalogue } from '../../../src/store/atlas-store';
import { startSubjectCheck } from '../../../src/app/subject-check';

const feature = (id: string, aliases?: string[]) => ({ type: 'Feature', geometry: null, properties: { id, aliases } });
const catalogue = {
  features: { type: 'FeatureCollection', features: [feature('kept', ['merged-away']), feature('other')] },
  frames: [{ id: 'a-frame' }],
} as unknown as Catalogue;
const loaders = { plans: async () => ['plan-a'], frames: async () => ['a-frame'], placeEntry: async () => null };

describe('subject check', () => {
  let stop = () => {};
  beforeEach(() => {
    useAtlasStore.setState({ ...initialAtlasState });
    stop = startSubjectCheck(useAtlasStore, loaders);
  });
  afterEach(() => stop());
  const s = () => useAtlasStore.getState();

  it('waits for the catalogue, then resolves an alias selected at load', async () => {
    s().openSubject({ kind: 'feature', id: 'merged-away' });
    expect(s().subject?.id).toBe('merged-away');
    s().setCatalogue(catalogue);
    await Promise.resolve();
    expect(s().subject).toEqual({ kind: 'feature', id: 'kept' });
    expect(s().selectedId).toBe('kept');
  });

  it('resolves an alias chosen later, and drops an unknown feature or frame with a notice', async () => {
    s().setCatalogue(catalogue);
    s().openSubject({ kind: 'feature', id: 'other' });
    expect(s().selectedId).toBe('other');
    s().openSubject({ kind: 'feature', id: 'merged-away' });
    await Promise.resolve();
    expect(s().selectedId).toBe('kept');
    s().openSubject({ kind: 'feature', id: 'no-such-feature' });
    expect(s().subject).toBeNull();
    expect(s().notice).toBeTruthy();
    s().showNotice(null);
    s().openSubject({ kind: 'frame', id: 'a-frame' });
    expect(s().subject).toEqual({ kind: 'frame', id: 'a-frame' });
    s().openSubject({ kind: 'frame', id: 'no-such-frame' });
    await expect.poll(() => s().subject).toBeNull();
    expect(s().notice).toBeTruthy();
  });

  it('keeps a feature the plans loaded so far lack until every plan is loaded, then drops it if still unknown', async () => {
    s().setCatalogue(catalogue, false);
    s().openSubject({ kind: 'feature', id: 'in-a-plan-not-loaded' });
    await Promise.resolve();
    expect(s().subject).toEqual({ kind: 'feature', id: 'in-a-plan-not-loaded' });
    s().setCatalogue({ ...catalogue, features: { ...catalogue.features, features: [...catalogue.features.features, feature('in-a-plan-not-loaded')] } } as Catalogue, false);
    await Promise.resolve();
    expect(s().selectedId).toBe('in-a-plan-not-loaded');
    s().openSubject({ kind: 'feature', id: 'nowhere' });
    s().setCatalogue(catalogue, true);
    await Promise.resolve();
    expect(s().subject).toBeNull();
    expect(s().notice).toBeTruthy();
  });

  it('drops an unknown plan once the registry has loaded', async () => {
    s().openSubject({ kind: 'plan', id: 'no-such-plan' });
    await expect.poll(() => s().subject).toBeNull();
    s().openSubject({ kind: 'plan', id: 'plan-a' });
    await new Promise((r) => setTimeout(r, 0));
    expect(s().subject).toEqual({ kind: 'plan', id: 'plan-a' });
  });
});

describe('a place whose index file search fetched ahead', () => {
  const entry = { links: [], text: [] } as never;
  const peeked = new Map([['140300', { id: '140300', entry }], ['140321', undefined]]);
  let loads: string[] = [];
  let stop = () => {};
  beforeEach(() => {
    loads = [];
    useAtlasStore.setState({ ...initialAtlasState });
    stop = startSubjectCheck(useAtlasStore, {
      ...loaders,
      placeEntry: async (id) => { loads.push(id); return { id, entry }; },
      peekPlaceEntry: (id) => peeked.get(id),
    });
  });
  afterEach(() => stop());

  it('opens with its entry in the same update, without a load; one not fetched yet loads', async () => {
    useAtlasStore.getState().showSubject({ kind: 'place', id: '140300' });
    expect(useAtlasStore.getState().placeEntry?.id).toBe('140300');
    expect(loads).toEqual([]);
    useAtlasStore.getState().showSubject({ kind: 'place', id: '140321' });
    expect(useAtlasStore.getState().placeEntry).toBeNull();
    await expect.poll(() => useAtlasStore.getState().placeEntry?.id).toBe('140321');
    expect(loads).toEqual(['140321']);
  });
});

describe('subject check with the URL', () => {
  it('puts the current id in the URL when a link with a merged id is applied in the running app', async () => {
    const { startHashSync } = await import('../../../src/app/hash-sync');
    history.replaceState(null, '', '/#');
    useAtlasStore.setState({ ...initialAtlasState, catalogue });
    const stopHash = startHashSync(useAtlasStore);
    const stopCheck = startSubjectCheck(useAtlasStore, loaders);
    location.hash = '#f=merged-away';
    await new Promise((r) => setTimeout(r, 20)); // hashchange, then the correction
    expect(useAtlasStore.getState().selectedId).toBe('kept');
    expect(location.hash).toBe('#f=kept');
    stopCheck();
    stopHash();
  });

  it('puts the current code in the URL for a former place code whose entry is already in memory', async () => {
    const { startHashSync } = await import('../../../src/app/hash-sync');
    history.replaceState(null, '', '/#');
    useAtlasStore.setState({ ...initialAtlasState, catalogue });
    const current = { id: '140215', entry: { links: [], text: [] } as never };
    const stopHash = startHashSync(useAtlasStore);
    const stopCheck = startSubjectCheck(useAtlasStore, { ...loaders, placeEntry: async () => current, peekPlaceEntry: (id) => (id === '140227' || id === '140215' ? current : undefined) });
    location.hash = '#place=140227';
    await new Promise((r) => setTimeout(r, 20));
    expect(useAtlasStore.getState().subject).toEqual({ kind: 'place', id: '140215' });
    expect(useAtlasStore.getState().placeEntry?.id).toBe('140215');
    expect(location.hash).toBe('#place=140215');
    stopCheck();
    stopHash();
  });
});
