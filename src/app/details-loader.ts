// Citations, provenance and notes (feature-details.json) are not needed to draw the first view, so
// they do not compete with it: they load as soon as something needs them (a selection, the reader,
// presenter, compare, the list) or once the first view is drawn (15 s at most).
import type { AtlasState, AtlasStore } from '../store/atlas-store';
import type { FeatureDetails } from '../lib/catalogue/catalogue-types';
import { firstViewDrawn } from './first-view';

const needsDetails = (s: AtlasState) => s.selectedId !== null || s.reader !== null || s.present !== null || s.compare !== null || s.sheet === 'list';

/** Starts loading the details when needed or when the first view is drawn; returns a stop function. */
export function startDetailsLoading(store: AtlasStore, load: () => Promise<Record<string, FeatureDetails>>, onError: (e: Error) => void): () => void {
  let started = false;
  let stopped = false;
  const start = () => {
    if (started || stopped) return;
    started = true;
    unsubscribe();
    load().then((d) => store.getState().setDetails(d), onError);
  };
  const unsubscribe = store.subscribe((s) => { if (needsDetails(s)) start(); });
  void firstViewDrawn(15_000).then(start);
  if (needsDetails(store.getState())) start();
  return () => {
    stopped = true;
    unsubscribe();
  };
}
