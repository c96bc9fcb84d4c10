// "The first view is drawn": the static preview is on screen, or the map's first idle with plan
// features on it, whichever comes first. Work that the first view does not need (feature details, the
// service worker's precaching) waits for it, so it never competes with it for the network or the main thread.
import type { Map as MaplibreMap } from 'maplibre-gl';

let reportDrawn: () => void = () => {};
const drawn = new Promise<void>((done) => { reportDrawn = done; });

/** Watches the map for its first idle with plan features drawn; `onDrawn` is told once. */
export function watchFirstView(map: MaplibreMap, onDrawn?: () => void): void {
  const check = () => {
    if (!map.getSource('plan') || !map.querySourceFeatures('plan').length) return;
    map.off('idle', check);
    reportDrawn();
    onDrawn?.();
  };
  map.on('idle', check);
}

/** The static preview of the first view is on screen. */
export const reportPreviewShown = (): void => reportDrawn();

/** Resolves when the first view is drawn, or after `maxWaitMs` (e.g. the SVG map). */
export const firstViewDrawn = (maxWaitMs: number): Promise<void> =>
  Promise.race([drawn, new Promise<void>((done) => setTimeout(done, maxWaitMs))]);
