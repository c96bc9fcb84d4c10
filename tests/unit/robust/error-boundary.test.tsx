// @vitest-environment happy-dom
// The error boundary puts the app back into a working state instead of leaving a blank page: the
// part that crashed is drawn again after the state is reset, and a part that keeps crashing is
// replaced by its fallback while its siblings stay.
import { describe, expect, it, beforeEach, afterEach, vi } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { ErrorBoundary } from '../../../src/components/ErrorBoundary';
import { recoverWorkingView } from '../../../src/app/recover';
import { useAtlasStore, initialAtlasState } from '../../../src/store/atlas-store';
import { DEFAULT_LAYERS } from '../../../src/store/default-layers';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A panel that cannot cope with one particular selection. */
function FragilePanel() {
  const selected = useAtlasStore((s) => s.selectedId);
  if (selected === 'poison') throw new Error('cannot draw poison');
  return <p>panel for {selected ?? 'nothing'}</p>;
}

function AlwaysBroken(): never {
  throw new Error('always broken');
}

const roots: Root[] = [];
const mount = (ui: React.ReactNode) => {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host, { onCaughtError: () => {} });
  roots.push(root);
  act(() => root.render(ui));
  return { host, root };
};

describe('ErrorBoundary', () => {
  beforeEach(() => {
    useAtlasStore.setState({ ...initialAtlasState });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => act(() => roots.splice(0).forEach((r) => r.unmount())));

  it('resets the state and draws the part again', () => {
    const { host } = mount(<ErrorBoundary onError={(e) => recoverWorkingView(useAtlasStore, e)}><FragilePanel /></ErrorBoundary>);
    expect(host.textContent).toBe('panel for nothing');
    act(() => {
      useAtlasStore.setState({ layers: ['frame-x'], sheet: 'layers', reader: { doc: 'd' } });
      useAtlasStore.getState().select('poison');
    });
    const s = useAtlasStore.getState();
    expect(host.textContent).toBe('panel for nothing');
    expect(s.selectedId).toBeNull();
    expect(s.reader).toBeNull();
    expect(s.sheet).toBe('none');
    expect(s.layers).toEqual(DEFAULT_LAYERS);
    expect(s.notice).toMatch(/已恢复默认视图/);
    act(() => useAtlasStore.getState().select('fine'));
    expect(host.textContent).toBe('panel for fine');
  });

  it('gives up on a part that keeps failing, and keeps its siblings', () => {
    const onError = vi.fn();
    const { host } = mount(
      <div>
        <ErrorBoundary onError={onError} fallback={<p>map unavailable</p>}><AlwaysBroken /></ErrorBoundary>
        <p>sibling</p>
      </div>,
    );
    expect(host.textContent).toBe('map unavailablesibling');
    expect(onError.mock.calls.length).toBeGreaterThanOrEqual(3);
  });

  it('survives a recovery that itself throws', () => {
    const { host } = mount(
      <ErrorBoundary onError={() => { throw new Error('recovery failed'); }} fallback={<p>fallback</p>}><AlwaysBroken /></ErrorBoundary>,
    );
    expect(host.textContent).toBe('fallback');
  });
});
