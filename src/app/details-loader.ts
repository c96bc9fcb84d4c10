// Citations, provenance and notes (data/feature-details/) are not needed to draw the first view, so
// they do not compete with it: they load as soon as something needs them (a selection, the reader,
// presenter, compare, the list) or once the first view is settled (15 s at most) and the user quiet
// (user-quiet.ts). A selection does not wait for the whole file, nor for the live map: its own feature's
// details (details/<id>.json, a few hundred bytes) are fetched at once, so the panel shows the heading
// and the first quote together; when a selection is all that asks, the whole file waits until that quote
// has painted (its download and parse would otherwise hold up the quote's frame on a first visit).
import type { AtlasState, AtlasStore } from '../store/atlas-store';
import type { FeatureDetails } from '../lib/catalogue/catalogue-types';
import { whenFirstViewSettled } from '../store/when-state';
import { userQuiet } from '../components/user-quiet';
import { afterPaint } from '../components/after-paint';

const needsAllDetails = (s: AtlasState) => s.reader !== null || s.present !== null || s.compare !== null || s.sheet === 'list';

export interface DetailsLoaders {
  all: () => Promise<Record<string, FeatureDetails>>;
  one: (id: string) => Promise<FeatureDetails>;
  /** What is made from the whole file for every selection's panel: made once it has loaded and the browser is idle, not at the next selection. */
  warm?: (details: Record<string, FeatureDetails>) => void;
}

/** Starts loading the details when needed or when the first view is settled; returns a stop function. */
export function startDetailsLoading(store: AtlasStore, load: DetailsLoaders, onError: (e: Error) => void): () => void {
  let started = false;
  let stopped = false;
  const start = () => {
    if (started || stopped) return;
    started = true;
    load.all().then((d) => {
      if (stopped) return;
      store.getState().setDetails(d);
      if (load.warm) void userQuiet().then(() => { if (!stopped) load.warm!(d); });
    }, onError);
  };
  const asked = new Set<string>();
  let ownQuotePainted: Promise<void> | null = null;
  let afterOwnQuote = false;
  const selectionFirst = (s: AtlasState) => {
    const id = s.selectedId;
    if (!id || s.details || asked.has(id) || s.earlyDetails[id]) return;
    if (!s.catalogue?.features.features.some((f) => f.properties.id === id)) return; // only real features' files
    asked.add(id);
    // A failure is no matter: the whole file brings the same details.
    ownQuotePainted ??= load.one(id).then((d) => { if (!stopped) store.getState().addEarlyDetails(id, d); }, () => undefined).then(afterPaint);
  };
  const check = (s: AtlasState) => {
    selectionFirst(s);
    if (needsAllDetails(s)) start();
    else if (s.subject !== null && !started && !afterOwnQuote) {
      afterOwnQuote = true;
      void (ownQuotePainted ?? Promise.resolve()).then(start);
    }
  };
  const unsubscribe = store.subscribe(check);
  void whenFirstViewSettled(store).then(userQuiet).then(start);
  check(store.getState());
  return () => {
    stopped = true;
    unsubscribe();
  };
}
