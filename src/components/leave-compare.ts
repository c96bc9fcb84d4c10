// Leaving compare: Back, when the entry behind is the map compare was opened from; otherwise
// (compare came from a link) the layers and selection from before compare come back.
import type { AtlasStore } from '../store/atlas-store';
import { backIfPrevious } from './history-back';

let before: { layers: string[]; selectedId: string | null } | null = null;

/** Compare calls this as it opens, before it puts its own layers on the main map. */
export function rememberBeforeCompare(store: AtlasStore): void {
  const { layers, selectedId } = store.getState();
  before = { layers, selectedId };
}

export function leaveCompare(store: AtlasStore): void {
  if (backIfPrevious((h) => !h.compare)) return;
  const s = store.getState();
  // Restored while still comparing (the URL shows only the compare then), so leaving is one entry.
  if (before) {
    s.setLayers(before.layers);
    s.select(before.selectedId);
  }
  s.setCompare(null);
}
