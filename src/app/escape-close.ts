// Escape closes the topmost thing: the reader, then an open sheet (layers, list, sources), then the
// selected feature's panel; focus returns to what opened it. It is the app context's `close` action
// (lib/keys/key-actions); a dialog, the reader's search box and the presenter take Escape before it,
// and components that use Escape themselves (the top bar's search box) call preventDefault and win.
import type { AtlasStore } from '../store/atlas-store';
import { returnFocus, trackOpeners } from '../components/focus-return';
import { registerKeys } from '../components/key-dispatch';

export function startEscapeClose(store: AtlasStore): () => void {
  const stopTracking = trackOpeners(store);
  const close = (): boolean => {
    const s = store.getState();
    if (s.present || s.compare) return false;
    if (s.reader) {
      s.openReader(null);
      requestAnimationFrame(() => document.getElementById('feature-title')?.focus());
    } else if (s.sheet !== 'none') {
      s.openSheet('none');
      returnFocus('sheet');
    } else if (s.here) {
      s.showHere(null);
    } else if (s.subject) {
      s.select(null);
      returnFocus('feature');
    } else return false;
    return true;
  };
  const stopKeys = registerKeys({ context: 'app', handlers: { close } });
  return () => {
    stopKeys();
    stopTracking();
  };
}
