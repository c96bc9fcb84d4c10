// Every text the map can draw as a label, known at build time from the compiled data: plan features,
// seats, rivers, mountains, rail and the neighbours, in Chinese and English. Grouped by when the map
// first needs them, so that the font is cut into files a first view can mostly skip.
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { PlanFeatureCollection } from '../../src/lib/catalogue/catalogue-types';
import { visibleFeatureIds } from '../../src/lib/catalogue/layer-visibility';
import { NEIGHBOUR_LABELS } from '../../src/lib/geo/shanxi-extent';

export interface MapLabels {
  /** Drawn by the first view: prefectures, neighbours, rivers, mountains, the default layers' features. */
  firstView: string[];
  /** Drawn once zoomed in (county names, rail lines). */
  zoomedIn: string[];
  /** Features of the layers a user switches on. */
  otherLayers: string[];
}

/** Overlay layers labelled at the first view's zoom (the others have a minzoom above it). */
const FIRST_VIEW_OVERLAY = new Set(['mountain', 'river-label']);

const names = (p: { name?: unknown; nameEn?: unknown } | null | undefined): string[] =>
  [p?.name, p?.nameEn].filter((n): n is string => typeof n === 'string' && n.length > 0);

/** `layers`: the first view's layer groups. */
export function collectMapLabels(basemap: Topology, overlay: FeatureCollection, features: PlanFeatureCollection, layers: string[]): MapLabels {
  const objectNames = (name: string) => {
    const object = basemap.objects[name] as GeometryCollection | undefined;
    return object ? (feature(basemap, object) as FeatureCollection).features.flatMap((f) => names(f.properties)) : [];
  };
  const shown = new Set(visibleFeatureIds(features.features, layers, null));
  const featureNames = (first: boolean) =>
    features.features.filter((f) => f.geometry && shown.has(f.properties.id) === first).flatMap((f) => [f.properties.name.zh, f.properties.name.en]);
  const overlayNames = (first: boolean) =>
    overlay.features.filter((f) => FIRST_VIEW_OVERLAY.has(String(f.properties?.layer)) === first).flatMap((f) => names(f.properties));
  return {
    firstView: [...objectNames('prefectures'), ...objectNames('province'), ...NEIGHBOUR_LABELS.flatMap(({ name, nameEn }) => [name, nameEn]), ...overlayNames(true), ...featureNames(true)],
    zoomedIn: [...objectNames('counties'), ...overlayNames(false)],
    otherLayers: featureNames(false),
  };
}
