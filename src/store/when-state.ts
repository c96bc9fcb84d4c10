// Waiting on the store: a promise for the moment its state first meets a condition.
import type { AtlasState, AtlasStore } from './atlas-store';

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
