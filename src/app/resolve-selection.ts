// A selected id that the catalogue does not hold — from a link opened at load, an edited URL or a history
// entry in the running app — resolves through the merged records' aliases, or is dropped with a notice.
import type { AtlasStore } from '../store/atlas-store';
import { resolveFeatureId } from '../lib/catalogue/resolve-feature-id';
import { t } from '../lib/i18n/strings';

function resolveSelected(store: AtlasStore): void {
  const s = store.getState();
  if (!s.selectedId || !s.catalogue) return;
  const live = resolveFeatureId(s.catalogue.features.features, s.selectedId);
  if (live === s.selectedId) return;
  if (live) s.select(live);
  else {
    s.select(null);
    s.showNotice(t(s.lang, 'notFound'));
  }
}

/** Resolves the selection whenever it or the catalogue changes; returns the unsubscribe. */
export function startSelectionResolving(store: AtlasStore): () => void {
  resolveSelected(store);
  return store.subscribe((next, prev) => {
    if (next.selectedId !== prev.selectedId || next.catalogue !== prev.catalogue) resolveSelected(store);
  });
}
