// @vitest-environment happy-dom
// The URL and the store stay in step, and the URL wins: after Back (or an edited URL) the store is
// stale until hashchange arrives, and nothing the store does in between (a map move ending) may
// overwrite the history entry the user just went to.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useAtlasStore, initialAtlasState } from '../../../src/store/atlas-store';
import { startHashSync } from '../../../src/app/hash-sync';

const VIEW = { zoom: 7.5, lat: 37.8, lon: 112.5 };

describe('hash sync', () => {
  let stop = () => {};
  beforeEach(() => {
    history.replaceState(null, '', '/#');
    useAtlasStore.setState({ ...initialAtlasState });
    stop = startHashSync(useAtlasStore);
  });
  afterEach(() => stop());

  it('pushes an entry for a selection and replaces it for a map move', () => {
    const before = history.length;
    useAtlasStore.getState().select('jinbei-town-circle');
    expect(location.hash).toBe('#f=jinbei-town-circle');
    expect(history.length).toBe(before + 1);
    useAtlasStore.getState().reportView(VIEW);
    expect(location.hash).toMatch(/^#f=jinbei-town-circle&/);
    expect(history.length).toBe(before + 1);
  });

  it('does not write a stale state over a URL whose hashchange has not arrived yet', () => {
    useAtlasStore.getState().select('jinbei-town-circle');
    // Back to the entry before the selection: the URL changes first, its hashchange comes later.
    history.replaceState(null, '', '/#');
    useAtlasStore.getState().reportView(VIEW); // the selection's camera move ends in between
    expect(location.hash).toBe('');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(useAtlasStore.getState().selectedId).toBeNull();
    // In step again: the next change is written.
    useAtlasStore.getState().reportView({ ...VIEW, zoom: 8 });
    expect(location.hash).toBe('#v=8/37.8/112.5');
  });

  it('makes an entry for an opened panel and a layer set, one for several ticks, and records what is behind', () => {
    const before = history.length;
    useAtlasStore.getState().openSheet('layers');
    expect(location.hash).toBe('#panel=layers');
    expect(history.state).toEqual({ atlasKind: 'panel', atlasPrev: '' });
    useAtlasStore.getState().toggleLayer('frame-x');
    useAtlasStore.getState().toggleLayer('frame-y');
    expect(history.length).toBe(before + 2);
    expect(history.state).toEqual({ atlasKind: 'layers', atlasPrev: '#panel=layers' });
    useAtlasStore.getState().reportView(VIEW);
    expect(history.length).toBe(before + 2);
    expect(history.state.atlasKind).toBe('layers');
  });

  it('reads an open panel and compare from the URL', () => {
    history.replaceState(null, '', '/#panel=sources');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(useAtlasStore.getState().sheet).toBe('sources');
    history.replaceState(null, '', '/#cmp=a,b&x=0.4');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(useAtlasStore.getState().compare).toEqual({ a: 'a', b: 'b', x: 0.4 });
    expect(useAtlasStore.getState().sheet).toBe('none');
  });
});
