// @vitest-environment happy-dom
// The boot as state: picture → loading → drawn | svg, moved on by the store's own actions and by
// startMapBoot; details and search prefetch wait on it. Each test starts from a fresh store state, so
// nothing leaks from one test to the next.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAtlasStore, initialAtlasState, bootSettled } from '../../../src/store/atlas-store';
import { QUOTE_WAIT_MS, startMapBoot } from '../../../src/app/map-boot';
import { startDetailsLoading } from '../../../src/app/details-loader';
import { whenState } from '../../../src/store/when-state';
import { cached, resetDataCache } from '../../../src/data/data-cache';
import type { FeatureDetails } from '../../../src/lib/catalogue/catalogue-types';

const store = useAtlasStore;
const flush = () => new Promise((done) => setTimeout(done, 0));
const details = (quote: string): FeatureDetails => ({ citations: [{ quote }], provenance: [] } as unknown as FeatureDetails);
const catalogueWith = (id: string) => ({ features: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: null, properties: { id } }] }, frames: [] }) as never;

beforeEach(() => {
  store.setState({ ...initialAtlasState });
  resetDataCache();
});

describe('the boot stage', () => {
  it('starts as the picture and goes loading → drawn once, never back', () => {
    expect(store.getState().boot).toBe('picture');
    store.getState().reportMapDrawn();
    expect(store.getState().boot).toBe('picture'); // nothing drawn before it was wanted
    store.getState().wantMap();
    expect(store.getState().boot).toBe('loading');
    store.getState().reportMapDrawn();
    store.getState().wantMap();
    expect(store.getState().boot).toBe('drawn');
    expect(bootSettled(store.getState())).toBe(true);
  });

  it('ends as the SVG map when the WebGL map cannot draw, from any stage', () => {
    store.getState().wantMap();
    store.getState().switchToSvgMap();
    expect(store.getState()).toMatchObject({ boot: 'svg', mapRenderer: 'svg' });
  });

  it('is started by state the picture cannot show, and goes to the SVG map without WebGL 2', () => {
    const stop = startMapBoot(store, () => true);
    store.getState().hover('x');
    expect(store.getState().boot).toBe('picture');
    store.getState().setLayers(['some-other-frame']);
    expect(store.getState().boot).toBe('loading');
    stop();

    store.setState({ ...initialAtlasState });
    const stopNoGl = startMapBoot(store, () => false);
    store.getState().wantMap();
    expect(store.getState().boot).toBe('svg');
    stopNoGl();
  });

  it('asks for the map after a selected feature\'s quote has painted, or after a wait at most', async () => {
    vi.useFakeTimers();
    try {
      const stop = startMapBoot(store, () => true);
      store.getState().select('some-feature');
      expect(store.getState().boot).toBe('picture'); // the quote first
      store.getState().addEarlyDetails('some-feature', details('its quote'));
      expect(store.getState().boot).toBe('picture'); // until it has painted
      await vi.advanceTimersByTimeAsync(50);
      expect(store.getState().boot).toBe('loading');
      stop();

      store.setState({ ...initialAtlasState });
      const stopSlow = startMapBoot(store, () => true);
      store.getState().select('slow-feature');
      await vi.advanceTimersByTimeAsync(QUOTE_WAIT_MS - 10);
      expect(store.getState().boot).toBe('picture');
      await vi.advanceTimersByTimeAsync(20);
      expect(store.getState().boot).toBe('loading'); // details that never come do not keep the map away
      stopSlow();
    } finally {
      vi.useRealTimers();
    }
  });

  it('lets a waiter through once settled, or at its time limit', async () => {
    vi.useFakeTimers();
    try {
      const settled = vi.fn();
      const timedOut = vi.fn();
      void whenState(store, bootSettled).then(settled);
      void whenState(store, bootSettled, 1000).then(timedOut);
      await vi.advanceTimersByTimeAsync(1000);
      expect([settled.mock.calls.length, timedOut.mock.calls.length]).toEqual([0, 1]);
      store.getState().wantMap();
      store.getState().reportMapDrawn();
      await vi.advanceTimersByTimeAsync(0);
      expect(settled).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('details for a selection', () => {
  it('fetches the selected feature\'s own details at once, before the whole file and the map', async () => {
    let resolveAll: (d: Record<string, FeatureDetails>) => void = () => {};
    const all = vi.fn(() => new Promise<Record<string, FeatureDetails>>((done) => { resolveAll = done; }));
    const one = vi.fn(async (id: string) => details(`quote of ${id}`));
    const warm = vi.fn();
    store.setState({ catalogue: catalogueWith('f1') });
    const stop = startDetailsLoading(store, { all, one, warm }, () => undefined);
    expect(one).not.toHaveBeenCalled();
    store.getState().select('f1');
    expect(one).toHaveBeenCalledWith('f1');
    expect(all).not.toHaveBeenCalled(); // the whole file waits for the selection's own quote
    await flush();
    expect(store.getState().earlyDetails.f1.citations[0].quote).toBe('quote of f1');
    expect(store.getState().boot).toBe('picture'); // the map was never asked for here
    // Then, once the quote's frame has painted (a frame callback where the environment has one), the whole file.
    await vi.waitFor(() => expect(all).toHaveBeenCalledTimes(1));
    const whole = { f1: details('whole') };
    resolveAll(whole);
    await flush();
    expect(store.getState().details?.f1.citations[0].quote).toBe('whole');
    // What every panel makes from the whole file is made once the browser is idle and the user quiet (a second
    // watched without input: user-quiet.ts), before the next selection.
    await vi.waitFor(() => expect(warm).toHaveBeenCalledWith(whole), { timeout: 3000 });
    store.getState().select('unknown-id');
    expect(one).toHaveBeenCalledTimes(1); // no file is asked for an id the catalogue does not have
    expect(all).toHaveBeenCalledTimes(1);
    stop();
  });

  it('loads the whole file at once for what needs more than the selection\'s quote, even while that is on its way', () => {
    const all = vi.fn(() => new Promise<Record<string, FeatureDetails>>(() => {}));
    const one = vi.fn(() => new Promise<FeatureDetails>(() => {}));
    store.setState({ catalogue: catalogueWith('f1') });
    const stop = startDetailsLoading(store, { all, one }, () => undefined);
    store.getState().select('f1');
    expect(all).not.toHaveBeenCalled();
    store.setState({ sheet: 'list' });
    expect(all).toHaveBeenCalledTimes(1);
    stop();
  });
});

describe('the data cache', () => {
  it('loads once per key, forgets failures, and starts empty after a reset', async () => {
    const load = vi.fn(async () => 1);
    await cached('k', load);
    await cached('k', load);
    expect(load).toHaveBeenCalledTimes(1);
    resetDataCache();
    await cached('k', load);
    expect(load).toHaveBeenCalledTimes(2);
    const failing = vi.fn(() => Promise.reject(new Error('offline')));
    await expect(cached('bad', failing)).rejects.toThrow('offline');
    await flush();
    await expect(cached('bad', failing)).rejects.toThrow('offline');
    expect(failing).toHaveBeenCalledTimes(2);
  });
});
