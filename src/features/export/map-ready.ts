// Waits until the map has drawn everything (tiles, glyphs, fades, camera) and the page's fonts are
// loaded, so an export never reads a half-drawn canvas.
import type { Map as MaplibreMap } from 'maplibre-gl';

export async function mapReady(map: MaplibreMap, timeoutMs = 20_000): Promise<void> {
  await document.fonts.ready;
  await new Promise<void>((done, fail) => {
    const timer = window.setTimeout(() => fail(new Error('the map did not finish drawing')), timeoutMs);
    map.once('idle', () => { window.clearTimeout(timer); done(); });
    map.triggerRepaint(); // idle fires after this frame, or after the loading still under way
  });
}
