// The plan features as the map's GeoJSON source: flat properties only (maplibre cannot read nested ones).
import { area } from '@turf/turf';
import type { FeatureCollection, Feature, Geometry, Position } from 'geojson';
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { AtlasFeature, AtlasFeatureCollection, FeatureSummary } from '../../lib/catalogue/catalogue-types';
import { planGroup } from '../../lib/catalogue/layer-visibility';
import { lineLabelPoint } from '../../lib/geo/label-point';

/**
 * Label priority by kind: cores and frames first, small sites last (then larger areas first). Belts and axes
 * share a rank with town groups: a long belt, larger, is named before the groups along it.
 */
const KIND_RANK: Record<string, number> = { 'city-cluster': 0, core: 1, 'sub-centre': 2, 'city-group': 3, belt: 3, axis: 3 };

/** Where a feature's name goes, and what it names: an area (at its build-time label point), a line, a site. */
function labelAnchor(f: AtlasFeatureCollection['features'][number]): { at: Position; of: 'area' | 'line' | 'site' } | null {
  const g = f.geometry!;
  if (f.properties.labelAt) return { at: f.properties.labelAt, of: 'area' };
  switch (g.type) {
    case 'Point': return { at: g.coordinates, of: 'site' };
    case 'MultiPoint': return { at: g.coordinates[Math.floor(g.coordinates.length / 2)], of: 'site' };
    case 'LineString': return { at: lineLabelPoint([g.coordinates]), of: 'line' };
    case 'MultiLineString': return { at: lineLabelPoint(g.coordinates), of: 'line' };
    default: return null;
  }
}

/**
 * The property that tells the source's features apart (the source's `promoteId`): a feature's id, and its id
 * with "/label" for its label point, so that maplibre can take plans added and removed as a diff (`updateData`).
 * Feature state (hover, selection) is set on the feature's id: its shape's.
 */
export const PLAN_SOURCE_KEY = 'key';

/**
 * Each feature, and one more point per feature, `labelOnly`, where its name goes: an area's label point
 * is computed at build time (see label-point.ts), as maplibre would place an area's name per tile, cut
 * by tile edges; a line's name goes at its middle, a site's beside its dot. Each feature is converted once
 * (more plans drawn convert only theirs).
 */
export function planSourceData(features: AtlasFeatureCollection): FeatureCollection {
  return { type: 'FeatureCollection', features: features.features.flatMap(sourceFeatures) };
}

const converted = new WeakMap<AtlasFeature, Feature[]>();

function sourceFeatures(f: AtlasFeature): Feature[] {
  let out = converted.get(f);
  if (!out) converted.set(f, (out = convert(f)));
  return out;
}

function convert(f: AtlasFeature): Feature[] {
  if (!f.geometry) return [];
  const p = f.properties;
  const km2 = f.geometry.type.includes('Polygon') ? area(f as Feature<Geometry>) / 1e6 : 0;
  const rank = KIND_RANK[p.kind] ?? 9;
  const properties = {
    id: p.id, nameZh: p.name.zh, nameEn: p.name.en, kind: p.kind, schematic: p.schematic,
    rank, area: km2,
    // Lower keys are placed first: by kind, then by size (Shanxi is 156,700 km²).
    labelKey: rank * 1e6 - Math.min(km2, 999_999),
    groups: groupsOf(p),
  };
  const shape: Feature = { type: 'Feature', geometry: f.geometry as Geometry, properties: { ...properties, [PLAN_SOURCE_KEY]: p.id } };
  const label = labelAnchor(f);
  if (!label) return [shape];
  return [shape, { type: 'Feature', geometry: { type: 'Point', coordinates: label.at }, properties: { ...properties, [PLAN_SOURCE_KEY]: `${p.id}/label`, labelOnly: label.of } }];
}

/** The layer groups that draw a feature (its plans and frames), each between bars: "|plan:001_…|frame-id|". */
const groupsOf = (p: FeatureSummary): string => `|${[...p.seeds.map(planGroup), ...p.frames.map((m) => m.frame)].join('|')}|`;

/**
 * Which plan features the layers draw, as a filter whose size is that of the layers switched on and the
 * ids named (never the catalogue's): a feature of a group switched on, or one of `ids` (the selection, a
 * frame's parts); with `focus` (a place's dossier), only those and `ids`. The same as visibleFeatureIds.
 */
export function planVisibilityFilter(layers: string[], focus: string[] | null, ids: string[]): FilterSpecification {
  const named: ExpressionSpecification = ['in', ['get', 'id'], ['literal', [...new Set([...(focus ?? []), ...ids])]]];
  if (focus) return named;
  return ['any', ...layers.map((group): ExpressionSpecification => ['in', `|${group}|`, ['get', 'groups']]), named];
}

