// A complete style, data included, for a second short-lived map (the compare view): the main map's
// layers and basemap, with only the given plan features. The app hands this to the compare feature.
import type { StyleSpecification } from 'maplibre-gl';
import type { AtlasFeatureCollection, Lang } from '../../lib/catalogue/catalogue-types';
import { basemapLayers, withTopLayers } from './basemap-layers';
import { planLayers, PLAN_SOURCE } from './plan-layers';
import { mapFontFaces } from './font-faces';
import { basemapSources } from './basemap-sources';
import { PLAN_SOURCE_KEY, planSourceData } from './plan-source';
import { loadBasemap } from '../../data/load-data';

export type StandaloneStyle = (lang: Lang, features: AtlasFeatureCollection, ids: string[]) => Promise<StyleSpecification>;

export const standaloneStyle: StandaloneStyle = async (lang, features, ids) => {
  const { topology, overlay } = await loadBasemap();
  const wanted = new Set(ids);
  const plan = planSourceData({ ...features, features: features.features.filter((f) => wanted.has(f.properties.id)) });
  return {
    version: 8,
    'font-faces': mapFontFaces(document.baseURI),
    sources: {
      ...Object.fromEntries(Object.entries(basemapSources(topology, overlay)).map(([id, data]) => [id, { type: 'geojson', data }])),
      [PLAN_SOURCE]: { type: 'geojson', data: plan, promoteId: PLAN_SOURCE_KEY },
    },
    layers: withTopLayers(basemapLayers(lang === 'en' ? 'nameEn' : 'name'), planLayers(lang === 'en' ? 'nameEn' : 'nameZh')),
  } as StyleSpecification;
};
