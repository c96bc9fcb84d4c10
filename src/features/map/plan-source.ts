// The plan features as the map's GeoJSON source: flat properties only (maplibre cannot read nested ones).
import { area } from '@turf/turf';
import type { FeatureCollection, Feature, Geometry } from 'geojson';
import type { AtlasFeatureCollection } from '../../lib/catalogue/catalogue-types';
import type { Catalogue } from '../../store/atlas-store';
import { visibleFeatureIds } from '../../lib/catalogue/layer-visibility';

/** Draw order for labels: cores and frames first, small sites last. */
const KIND_RANK: Record<string, number> = { 'city-cluster': 0, core: 1, 'sub-centre': 2, 'city-group': 3, belt: 4, axis: 4 };

export function planSourceData(features: AtlasFeatureCollection): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: features.features
      .filter((f) => f.geometry)
      .map((f): Feature => {
        const p = f.properties;
        return {
          type: 'Feature',
          geometry: f.geometry as Geometry,
          properties: {
            id: p.id, nameZh: p.name.zh, nameEn: p.name.en, kind: p.kind, schematic: p.schematic,
            rank: KIND_RANK[p.kind] ?? 9,
            area: f.geometry!.type.includes('Polygon') ? area(f as Feature<Geometry>) / 1e6 : 0,
          },
        };
      }),
  };
}

export const visiblePlanIds = (c: Catalogue, layers: string[], selectedId: string | null) => visibleFeatureIds(c.features.features, layers, selectedId);
