// What the map should show, as an intent in the store: fit these features, this box or this view,
// leaving room for what covers the map, animated or not. Only the map controller (and the SVG map)
// move the camera, from these intents; a selection made on the map issues none. Pure.
import type { MapView } from '../url/hash-state';
import type { MapCovers } from './map-inset';
import type { AtlasFeature } from '../catalogue/catalogue-types';
import { featureBounds } from '../geo/feature-bounds';
import { EXTENT_PADDING, SHANXI_EXTENT } from '../geo/shanxi-extent';

export type Bounds = [[number, number], [number, number]];

/** Features by id, a box, a view, or a place (county or prefecture) by code: framed once its outline is known. */
export type CameraTarget = { ids: string[] } | { box: Bounds } | { view: MapView } | { place: string };

export interface CameraIntent {
  /** Increases with every intent: the renderers apply each one once. */
  seq: number;
  target: CameraTarget;
  inset?: MapCovers;
  animate: boolean;
}

/** Shanxi with a little context around it: the map's opening box. */
export const HOME_BOUNDS: Bounds = [[SHANXI_EXTENT[0], SHANXI_EXTENT[1]], [SHANXI_EXTENT[2], SHANXI_EXTENT[3]]];
/** The map opens on HOME_BOUNDS with this margin (px). */
export const OPENING_MARGIN = EXTENT_PADDING;
/** A fit never zooms in further than this (maplibre zoom). */
export const FIT_MAX_ZOOM = 9;

/** Every id is among the features (plans load one by one: a fit waits for the plans of all its features). */
export const allLoaded = (features: readonly AtlasFeature[], ids: readonly string[]): boolean => {
  const known = new Set(features.map((f) => f.properties.id));
  return ids.every((id) => known.has(id));
};

/**
 * The box around some features, or null when none of them has geometry. An arrow towards a region
 * outside Shanxi means something only with Shanxi in view, so such features bring Shanxi along.
 */
export function featuresBox(features: readonly AtlasFeature[], ids: readonly string[]): Bounds | null {
  const wanted = new Set(ids);
  let box: Bounds | null = null;
  const extend = (b: Bounds) => {
    box = box ? [[Math.min(box[0][0], b[0][0]), Math.min(box[0][1], b[0][1])], [Math.max(box[1][0], b[1][0]), Math.max(box[1][1], b[1][1])]] : b;
  };
  for (const f of features) {
    if (!wanted.has(f.properties.id)) continue;
    const b = featureBounds(f);
    if (!b) continue;
    extend(b);
    if (f.properties.recipe === 'external') extend(HOME_BOUNDS);
  }
  return box;
}
