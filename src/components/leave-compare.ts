// Leaving compare: Back, when the entry behind is the map compare was opened from; otherwise
// (compare came from a link) the layers and selection from before compare (the store's `beforeCompare`,
// remembered by compare as it opens) come back.
import type { AtlasStore } from '../store/atlas-store';
import { backIfPrevious } from './history-back';

export function leaveCompare(store: AtlasStore): void {
  if (backIfPrevious((h) => !h.compare)) return;
  const s = store.getState();
  // Restored while still comparing (the URL shows only the compare then), so leaving is one entry.
  if (s.beforeCompare) {
    s.setLayers(s.beforeCompare.layers);
    s.select(s.beforeCompare.selectedId);
  }
  s.setCompare(null);
}
