// "The first view is drawn": the live map's first idle with plan features on it. Work that the first
// view does not need (feature details, search data) waits for it, so it never competes with it for the
// network or the main thread. A first view that stays a picture loads them only when they are needed.
import type { Map as MaplibreMap } from 'maplibre-gl';

let reportDrawn: () => void = () => {};
const drawn = new Promise<void>((done) => { reportDrawn = done; });

/** Watches the map for its first idle with plan features drawn. */
export function watchFirstView(map: MaplibreMap): void {
  const check = () => {
    if (!map.getSource('plan') || !map.querySourceFeatures('plan').length) return;
    map.off('idle', check);
    reportDrawn();
  };
  map.on('idle', check);
}

/** Resolves when the first view is drawn, or after `maxWaitMs` (e.g. the SVG map). */
export const firstViewDrawn = (maxWaitMs: number): Promise<void> =>
  Promise.race([drawn, new Promise<void>((done) => setTimeout(done, maxWaitMs))]);
