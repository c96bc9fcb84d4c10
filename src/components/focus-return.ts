// Where focus goes when a panel or sheet closes: back to what opened it when that is still on the
// page, else to a fallback the opener's container names (`data-focus-return="<selector>"`), else
// the map. Openers are recorded when the selection or the open sheet changes.
import type { AtlasStore } from '../store/atlas-store';

interface Opener { element: Element | null; fallback: string | null }
const none = (): Opener => ({ element: null, fallback: null });
/** The openers recorded by the current tracker (reset when a tracker starts). */
const openers: { feature: Opener; sheet: Opener } = { feature: none(), sheet: none() };

const current = (): Opener => {
  const element = document.activeElement && document.activeElement !== document.body ? document.activeElement : null;
  return { element, fallback: element?.closest('[data-focus-return]')?.getAttribute('data-focus-return') ?? null };
};

/** Records openers as the store changes; returns the unsubscribe function. */
export function trackOpeners(store: AtlasStore): () => void {
  openers.feature = none();
  openers.sheet = none();
  return store.subscribe((next, prev) => {
    if (next.subject && next.subject !== prev.subject && !prev.subject) openers.feature = current();
    if (next.sheet !== 'none' && prev.sheet === 'none') openers.sheet = current();
  });
}

export function returnFocus(which: 'feature' | 'sheet'): void {
  const o = openers[which];
  requestAnimationFrame(() => {
    const target = (o.element?.isConnected ? o.element : null)
      ?? (o.fallback ? [...document.querySelectorAll<HTMLElement>(o.fallback)].find((el) => el.offsetParent !== null) : null)
      ?? document.querySelector('.maplibregl-canvas, [data-testid="map"]');
    (target as HTMLElement | null)?.focus({ preventScroll: true });
  });
}
