// Waiting on the store: a promise for the moment its state first meets a condition.
import { bootSettled, type AtlasState, type AtlasStore } from './atlas-store';

/** How long a first view left on the picture keeps waiting what waits for the first view to settle. */
const PICTURE_SETTLES_MS = 15_000;

/** Resolves once the store's state meets `condition` (at once when it already does), or after `maxWaitMs`. */
export function whenState(store: AtlasStore, condition: (s: AtlasState) => boolean, maxWaitMs = Infinity): Promise<void> {
  return new Promise((done) => {
    if (condition(store.getState())) return done();
    const timer = Number.isFinite(maxWaitMs) ? setTimeout(finish, maxWaitMs) : undefined;
    const unsubscribe = store.subscribe((s) => { if (condition(s)) finish(); });
    function finish() {
      clearTimeout(timer);
      unsubscribe();
      done();
    }
  });
}

/**
 * Resolves once the first view is settled (the live map drawn, or the SVG map), or after 15 s on the picture:
 * when the details, the sheets' chunk and the service worker start, so that a first action does not share the
 * network and the CPU with them.
 */
export const whenFirstViewSettled = (store: AtlasStore): Promise<void> => whenState(store, bootSettled, PICTURE_SETTLES_MS);
