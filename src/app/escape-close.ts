// Escape closes the topmost thing: the reader, then an open sheet (layers, list, sources), then the
// selected feature's panel; focus returns to what opened it. Components that use Escape themselves
// (a search box) call preventDefault and win; an open modal dialog, presenter and compare modes own it.
import type { AtlasStore } from '../store/atlas-store';
import { returnFocus, trackOpeners } from '../components/focus-return';

export function startEscapeClose(store: AtlasStore): () => void {
  const stopTracking = trackOpeners(store);
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    const s = store.getState();
    if (s.present || s.compare) return;
    if (document.querySelector('[aria-modal="true"]')) return; // a modal dialog (export) closes itself first
    if (s.reader) {
      s.openReader(null);
      requestAnimationFrame(() => document.getElementById('feature-title')?.focus());
    } else if (s.sheet !== 'none') {
      s.openSheet('none');
      returnFocus('sheet');
    } else if (s.selectedId) {
      s.select(null);
      returnFocus('feature');
    } else return;
    e.preventDefault();
  };
  window.addEventListener('keydown', onKey);
  return () => {
    window.removeEventListener('keydown', onKey);
    stopTracking();
  };
}
