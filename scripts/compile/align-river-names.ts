// The basemap's river lines and the overlay's river labels take the English names of the river features.
import type { FeatureCollection } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { PlanFeature } from '../../src/lib/catalogue/catalogue-types';
import { applyRiverNames, riverNamesOf } from '../../src/lib/i18n/river-names';

export function alignRiverNames(topology: Topology, overlay: FeatureCollection, features: PlanFeature[]): FeatureCollection {
  const names = riverNamesOf(features);
  const rivers = (topology.objects.rivers as GeometryCollection | undefined)?.geometries ?? [];
  applyRiverNames(rivers.map((g) => g.properties as { name?: string; nameEn?: string }), names);
  applyRiverNames(overlay.features.filter((f) => /river/.test(String(f.properties?.layer ?? ''))).map((f) => f.properties as { name?: string; nameEn?: string }), names);
  return overlay;
}
