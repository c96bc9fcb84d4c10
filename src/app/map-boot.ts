// When the interactive map loads (the store's `boot`: picture → loading → drawn | svg). The first view is
// a picture; the map's code is requested once the user reaches for the picture (MapPreview, early-reach)
// or the state asks for something a picture cannot show (a selection, a link with a view, other
// layers…). Once wanted, the map stays. Without WebGL 2 (maplibre cannot get a context: MapView switches
// renderer) or once its context is gone for good, the SVG map draws instead.
// A feature selected on the picture (a tap, a search pick) shows its quote first: the map's code, parsed on
// a phone's CPU, would otherwise hold up the panel. The map is asked for once the quote has painted, or
// after QUOTE_WAIT_MS at the latest.
import type { AtlasActions, AtlasState, AtlasStore } from '../store/atlas-store';
import { needsInteractiveMap } from '../lib/catalogue/needs-interactive-map';
import { DEFAULT_LAYERS } from '../store/default-layers';
import { afterPaint } from '../components/after-paint';

export const QUOTE_WAIT_MS = 1500;

type State = AtlasState & AtlasActions;

/** Only a feature selection asks for the map, and its quote is not there yet. */
function quoteFirst(s: State): boolean {
  if (!s.selectedId || s.details?.[s.selectedId] || s.earlyDetails[s.selectedId]) return false;
  return !needsInteractiveMap({ ...s, selectedId: null, subject: null }, DEFAULT_LAYERS);
}

/** Moves the boot on as the state asks for the map; returns the unsubscribe function. */
export function startMapBoot(store: AtlasStore, mayHaveWebGL2: () => boolean): () => void {
  let waiting: ReturnType<typeof setTimeout> | undefined;
  let painting = false;
  const want = () => {
    clearTimeout(waiting);
    store.getState().wantMap();
  };
  const step = (s: State) => {
    if (s.boot === 'picture' && needsInteractiveMap(s, DEFAULT_LAYERS)) {
      if (quoteFirst(s)) waiting ??= setTimeout(want, QUOTE_WAIT_MS);
      else if (waiting !== undefined && !painting) {
        // The quote is in the store: ask for the map once it has painted.
        painting = true;
        void afterPaint().then(want);
      } else if (waiting === undefined) s.wantMap();
    } else if (s.boot === 'loading' && !mayHaveWebGL2()) s.switchToSvgMap();
  };
  step(store.getState());
  const unsubscribe = store.subscribe(step);
  return () => {
    clearTimeout(waiting);
    unsubscribe();
  };
}
