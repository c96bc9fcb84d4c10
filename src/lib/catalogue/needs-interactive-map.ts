// Whether the app's state asks for more than the static first view can show: a selection, a place, a
// view other than the opening one, other layers or basemap groups, presenting or comparing. Until it
// does (or the user reaches for the map), the map's code is not loaded. Pure.
import { sameLayers } from './layer-visibility';

export interface MapDemand {
  selectedId: string | null;
  subject: unknown;
  place: unknown;
  view: unknown;
  layers: string[];
  basemapOff: string[];
  present: unknown;
  compare: unknown;
}

/** `defaultLayers`: what the first view's picture shows. */
export const needsInteractiveMap = (s: MapDemand, defaultLayers: string[]): boolean =>
  s.selectedId !== null || s.subject !== null || s.place !== null || s.view !== null || s.present !== null || s.compare !== null ||
  s.basemapOff.length > 0 || !sameLayers(s.layers, defaultLayers);
