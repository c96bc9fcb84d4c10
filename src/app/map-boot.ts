// When the interactive map loads (the store's `boot`: picture → loading → drawn | svg). The first view is
// a picture; the map's code is requested once the user reaches for the picture (MapPreview, early-reach)
// or the state asks for something a picture cannot show (a selection, a link with a view, other
// layers…). Once wanted, the map stays. Without WebGL 2 (maplibre cannot get a context: MapView switches
// renderer) or once its context is gone for good, the SVG map draws instead.
import type { AtlasActions, AtlasState, AtlasStore } from '../store/atlas-store';
import { needsInteractiveMap } from '../lib/catalogue/needs-interactive-map';
import { DEFAULT_LAYERS } from '../store/default-layers';

/** Moves the boot on as the state asks for the map; returns the unsubscribe function. */
export function startMapBoot(store: AtlasStore, mayHaveWebGL2: () => boolean): () => void {
  const step = (s: AtlasState & AtlasActions) => {
    if (s.boot === 'picture' && needsInteractiveMap(s, DEFAULT_LAYERS)) s.wantMap();
    else if (s.boot === 'loading' && !mayHaveWebGL2()) s.switchToSvgMap();
  };
  step(store.getState());
  return store.subscribe(step);
}
