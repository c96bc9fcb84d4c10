// maplibre (6.17–6.20) draws its sky every frame, as a full-screen pass before the layers, even for a style
// without one: every style gets a default, transparent sky, and the painter draws whenever there is a sky.
// These maps are flat (no pitch from rotation, no terrain, no globe), so the sky is never seen: the pass is
// pure fill cost — ≈ 60 ms of a ≈ 230 ms frame in software WebGL at 1280×744, one more full-screen pass on a
// phone's GPU. The painter is maplibre's own and not public API: where it is not shaped as expected (a later
// maplibre), nothing is changed and the map draws as maplibre does.
import type { Map as MaplibreMap } from 'maplibre-gl';

interface PainterLike { drawFunctions?: Record<string, unknown> & { sky?: unknown } }

const noSky = (): void => undefined;

function skipOn(map: MaplibreMap): void {
  const painter = (map as unknown as { painter?: PainterLike }).painter;
  const draw = painter?.drawFunctions;
  if (!painter || !draw || typeof draw.sky !== 'function' || draw.sky === noSky) return;
  // The draw functions are one object shared by every map: this map's painter gets its own copy.
  painter.drawFunctions = { ...draw, sky: noSky };
}

/** Stops `map` drawing a sky it cannot show, now and after a lost WebGL context is restored (a new painter). */
export function skipUnseenSky(map: MaplibreMap): void {
  skipOn(map);
  map.on('webglcontextrestored', () => skipOn(map));
}
