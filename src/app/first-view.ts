// "The first view is drawn": the live map's first view (basemap and plan features) is on screen. Work
// that the first view does not need (feature details) waits for it, so it never competes with it for
// the network or the main thread. A first view that stays a picture loads them only when needed.

let reportDrawn: () => void = () => {};
const drawn = new Promise<void>((done) => { reportDrawn = done; });

/** The live map has drawn its first view (MapController.onceDrawn). */
export const reportFirstViewDrawn = (): void => reportDrawn();

/** Resolves when the first view is drawn, or after `maxWaitMs` (e.g. the SVG map). */
export const firstViewDrawn = (maxWaitMs: number): Promise<void> =>
  Promise.race([drawn, new Promise<void>((done) => setTimeout(done, maxWaitMs))]);
