// When the interactive map loads. The first view is a picture; the map's code is requested once the
// user reaches for the picture or the state asks for something a picture cannot show (a selection, a
// link with a view, other layers…). Once wanted, the map stays. Without WebGL 2 (maplibre cannot get a
// context: MapView switches renderer) or once its context is gone for good, the SVG map draws instead.
import { useCallback, useEffect, useState } from 'react';
import { reachedEarly } from '../features/map-preview/early-reach';
import { useAtlasStore } from '../store/atlas-store';
import { needsInteractiveMap } from '../lib/catalogue/needs-interactive-map';
import { mayHaveWebGL2 } from '../features/map-fallback/webgl-support';

export interface MapBoot {
  /** The interactive map (or the SVG map) has been wanted. */
  booted: boolean;
  /** The user reached for the picture. */
  reach: () => void;
  /** Draw the SVG map instead of the WebGL map. */
  svgMap: boolean;
  /** The WebGL map has drawn its first view: the picture can go. */
  drawn: boolean;
  markDrawn: () => void;
}

export function useMapBoot(): MapBoot {
  const stateWantsMap = useAtlasStore(needsInteractiveMap);
  // A reach for the static picture before the app rendered counts (checked again once the app is on
  // screen, for a reach made while it rendered).
  const [reached, setReached] = useState(reachedEarly);
  useEffect(() => { if (reachedEarly()) setReached(true); }, []);
  const [booted, setBooted] = useState(false);
  if ((reached || stateWantsMap) && !booted) setBooted(true);
  const reach = useCallback(() => setReached(true), []);
  const svgMap = useAtlasStore((s) => s.mapRenderer === 'svg') || (booted && !mayHaveWebGL2());
  const [drawn, setDrawn] = useState(false);
  const markDrawn = useCallback(() => setDrawn(true), []);
  return { booted, reach, svgMap, drawn, markDrawn };
}
