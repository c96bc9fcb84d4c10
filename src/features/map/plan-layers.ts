// The plan features' layers as plain data. Colours come from the kind table shared with the legend.
// Hover and selection are feature-state, so nothing is re-uploaded when they change.
import type { LayerSpecification, FilterSpecification, ExpressionSpecification } from 'maplibre-gl';
import { kindColorExpression } from '../../lib/style/kind-styles';
import { groupMark } from '../../lib/catalogue/frame-focus';
import { MAP_FONT } from './font-faces';
import { MAP_COLORS, PLAN_STYLE as P, SCREEN_THEME, type MapTheme } from '../../lib/style/map-tokens';

export const PLAN_SOURCE = 'plan';
export const PLAN_INTERACTIVE_LAYERS = ['plan-fill', 'plan-line', 'plan-line-hit', 'plan-point'];
/** Names, at each feature's label point (beside a site's dot, inside an area, at a line's middle). */
export const PLAN_LABEL_LAYERS = ['plan-labels'];

const color = kindColorExpression() as ExpressionSpecification;
const state = (key: string) => ['boolean', ['feature-state', key], false] as ExpressionSpecification;
const active = ['any', state('selected'), state('hover')] as ExpressionSpecification;
const isPolygon = ['==', ['geometry-type'], 'Polygon'] as FilterSpecification;
const isLine = ['==', ['geometry-type'], 'LineString'] as FilterSpecification;
const labelOnly = ['has', 'labelOnly'] as ExpressionSpecification;
const isPoint = ['all', ['==', ['geometry-type'], 'Point'], ['!', labelOnly]] as FilterSpecification;
const smallerOnTop = ['-', ['get', 'area']] as ExpressionSpecification;
const isSiteLabel = ['==', ['get', 'labelOnly'], 'site'] as ExpressionSpecification;
/** Smaller names on a smaller map, so that all of a frame's parts fit before any is dropped. */
const textSize = (z6: number | ExpressionSpecification, z9: number | ExpressionSpecification) => ['interpolate', ['linear'], ['zoom'], 6, z6, 9, z9] as ExpressionSpecification;

const fillOpacity = (rest: number) => ['case', state('selected'), P.fillOpacity.selected, state('hover'), P.fillOpacity.hover, rest] as ExpressionSpecification;

/** How the plan features are emphasised: the open frame's parts (others dimmed), and stacked fills thinned (a place dossier). */
export interface PlanEmphasis {
  /** The open frame's parts with their group labels; null when no frame is open. */
  parts: { id: string; label: { zh: string; en: string } }[] | null;
  /** A place dossier draws many areas over one another. */
  stacked: boolean;
}

/** Paint properties (layer, property, value) for an emphasis; with none, the layers' own values. */
export function planEmphasisPaint({ parts, stacked }: PlanEmphasis): [string, string, unknown][] {
  const inFrame = ['in', ['get', 'id'], ['literal', parts?.map((p) => p.id) ?? []]] as ExpressionSpecification;
  const dim = (v: number | ExpressionSpecification) => (parts ? (['*', ['case', inFrame, 1, P.dimmedOpacity], v] as ExpressionSpecification) : v);
  return [
    ['plan-fill', 'fill-opacity', dim(fillOpacity(stacked ? P.fillOpacity.stacked : P.fillOpacity.rest))],
    ['plan-outline', 'line-opacity', dim(1)],
    ['plan-line-casing', 'line-opacity', dim(P.casing.opacity)],
    ['plan-line', 'line-opacity', dim(1)],
    ['plan-point', 'circle-opacity', dim(1)],
    ['plan-point', 'circle-stroke-opacity', dim(1)],
    ['plan-labels', 'text-opacity', dim(1)],
  ];
}

/**
 * The plan labels' text and order: the name; with a frame open, its parts' names, each with its group
 * label (核, 带… or the English rendering, with the inferred mark where the data has it) beneath, all placed.
 */
export function planLabelLayout(lang: 'zh' | 'en', parts: PlanEmphasis['parts']): Record<string, unknown> {
  const name = ['get', lang === 'en' ? 'nameEn' : 'nameZh'] as ExpressionSpecification;
  if (!parts?.length) return { 'text-field': name, 'symbol-sort-key': ['get', 'labelKey'], 'text-allow-overlap': false };
  const id = ['get', 'id'];
  const group = ['match', id, ...parts.flatMap((p) => [p.id, `\n${groupMark(p.label[lang], lang)}`]), ''];
  return {
    'text-field': ['format', name, {}, group, { 'font-scale': P.groupLabelScale }],
    'symbol-sort-key': ['case', ['in', id, ['literal', parts.map((p) => p.id)]], ['-', ['get', 'labelKey'], 1e8], ['get', 'labelKey']],
    // Every part keeps its name (only the parts are labelled while a frame is open: see MapSync).
    'text-allow-overlap': true,
  };
}

/** The plan labels' size and halo in a theme and language, on a narrow (phone) map or not (layout and paint properties). */
export function planLabelProperties(theme: MapTheme, lang: 'zh' | 'en', narrow = false) {
  const l = theme.planLabel;
  const k = lang === 'en' ? l.enScale * (narrow ? l.narrowEnScale : 1) : 1;
  const sizes = (scale: number) => ['case', isSiteLabel, l.pointSize * scale, l.size * scale] as ExpressionSpecification;
  return {
    // Smaller names on a smaller map (screen theme), so that all of a frame's parts fit before any is dropped.
    layout: {
      'text-size': l.zoom6Scale === 1 ? sizes(k) : textSize(sizes(k * l.zoom6Scale), sizes(k)),
      'text-line-height': l.lineHeight,
    },
    paint: { 'text-halo-color': l.halo, 'text-halo-width': l.haloWidth },
  };
}

export function planLayers(labelField: 'nameZh' | 'nameEn', theme: MapTheme = SCREEN_THEME, narrow = false): LayerSpecification[] {
  const label = planLabelProperties(theme, labelField === 'nameEn' ? 'en' : 'zh', narrow);
  return [
    {
      // Smaller areas over larger ones, whichever plan was loaded first (plans join the source as they are loaded).
      id: 'plan-fill', type: 'fill', source: PLAN_SOURCE, filter: isPolygon,
      layout: { 'fill-sort-key': smallerOnTop },
      paint: { 'fill-color': color, 'fill-opacity': fillOpacity(P.fillOpacity.rest) },
    },
    {
      id: 'plan-outline', type: 'line', source: PLAN_SOURCE, filter: isPolygon,
      layout: { 'line-sort-key': smallerOnTop },
      paint: {
        'line-color': color,
        'line-width': ['case', state('selected'), P.outlineWidth.selected, state('hover'), P.outlineWidth.hover, P.outlineWidth.rest],
        'line-dasharray': ['case', ['get', 'schematic'], ['literal', P.outlineDash], ['literal', [1, 0]]],
      },
    },
    {
      id: 'plan-line-casing', type: 'line', source: PLAN_SOURCE, filter: isLine,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': P.casing.color, 'line-width': ['case', active, P.casing.active, P.casing.rest], 'line-opacity': P.casing.opacity },
    },
    {
      id: 'plan-line', type: 'line', source: PLAN_SOURCE, filter: isLine,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': color,
        'line-width': ['case', state('selected'), P.lineWidth.selected, state('hover'), P.lineWidth.hover, P.lineWidth.rest],
        'line-dasharray': ['case', ['get', 'schematic'], ['literal', P.lineDash], ['literal', [1, 0]]],
      },
    },
    // A wide invisible line so that lines are easy to tap on a phone.
    { id: 'plan-line-hit', type: 'line', source: PLAN_SOURCE, filter: isLine, paint: { 'line-color': MAP_COLORS.hit, 'line-opacity': 0, 'line-width': P.hitWidth } },
    {
      id: 'plan-point', type: 'circle', source: PLAN_SOURCE, filter: isPoint,
      paint: {
        'circle-color': color,
        'circle-radius': ['case', state('selected'), P.pointRadius.selected, state('hover'), P.pointRadius.hover, P.pointRadius.rest],
        'circle-stroke-color': P.pointStroke.color,
        'circle-stroke-width': P.pointStroke.width,
      },
    },
    {
      // One name per feature, placed by kind and then size (labelKey), on whichever side is free: beside
      // a site's dot; at an area's label point or a line's middle, else around it. Above the basemap's
      // names, and placed before them (see withTopLayers).
      id: 'plan-labels', type: 'symbol', source: PLAN_SOURCE, filter: labelOnly as FilterSpecification,
      layout: {
        'text-field': ['get', labelField], 'text-font': [MAP_FONT],
        ...label.layout,
        'text-variable-anchor-offset': ['case', isSiteLabel,
          ['literal', ['top', [0, 0.6], 'bottom', [0, -0.6], 'left', [0.7, 0], 'right', [-0.7, 0], 'top-left', [0.5, 0.5], 'bottom-left', [0.5, -0.5], 'top-right', [-0.5, 0.5], 'bottom-right', [-0.5, -0.5]]],
          ['literal', ['center', [0, 0], 'top', [0, 0.8], 'bottom', [0, -0.8], 'left', [1, 0], 'right', [-1, 0], 'top-left', [0.6, 0.6], 'bottom-left', [0.6, -0.6], 'top-right', [-0.6, 0.6], 'bottom-right', [-0.6, -0.6]]]],
        'text-justify': 'auto', 'text-max-width': 8, 'text-padding': 0,
        'symbol-sort-key': ['get', 'labelKey'],
      },
      paint: { 'text-color': color, ...label.paint },
    },
  ];
}
