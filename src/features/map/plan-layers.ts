// The plan features' layers as plain data. Colours come from the kind table shared with the legend.
// Hover and selection are feature-state, so nothing is re-uploaded when they change.
import type { LayerSpecification, FilterSpecification, ExpressionSpecification } from 'maplibre-gl';
import { kindColorExpression } from '../../lib/style/kind-styles';
import { MAP_FONT } from './font-faces';
import { MAP_COLORS, PLAN_STYLE as P, SCREEN_THEME, type MapTheme } from '../../lib/style/map-tokens';

export const PLAN_SOURCE = 'plan';
export const PLAN_INTERACTIVE_LAYERS = ['plan-fill', 'plan-line', 'plan-line-hit', 'plan-point'];

const color = kindColorExpression() as ExpressionSpecification;
const state = (key: string) => ['boolean', ['feature-state', key], false] as ExpressionSpecification;
const active = ['any', state('selected'), state('hover')] as ExpressionSpecification;
const isPolygon = ['==', ['geometry-type'], 'Polygon'] as FilterSpecification;
const isLine = ['==', ['geometry-type'], 'LineString'] as FilterSpecification;
const isPoint = ['==', ['geometry-type'], 'Point'] as FilterSpecification;

/** The plan labels' size and halo in a theme (layout and paint properties). */
export function planLabelProperties(theme: MapTheme) {
  const l = theme.planLabel;
  return {
    layout: { 'text-size': ['case', ['==', ['geometry-type'], 'Point'], l.pointSize, l.size] as ExpressionSpecification },
    paint: { 'text-halo-color': l.halo, 'text-halo-width': l.haloWidth },
  };
}

export function planLayers(labelField: 'nameZh' | 'nameEn', theme: MapTheme = SCREEN_THEME): LayerSpecification[] {
  const label = planLabelProperties(theme);
  return [
    {
      id: 'plan-fill', type: 'fill', source: PLAN_SOURCE, filter: isPolygon,
      paint: { 'fill-color': color, 'fill-opacity': ['case', state('selected'), P.fillOpacity.selected, state('hover'), P.fillOpacity.hover, P.fillOpacity.rest] },
    },
    {
      id: 'plan-outline', type: 'line', source: PLAN_SOURCE, filter: isPolygon,
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
      id: 'plan-labels', type: 'symbol', source: PLAN_SOURCE,
      layout: {
        'text-field': ['get', labelField], 'text-font': [MAP_FONT],
        ...label.layout,
        'text-anchor': 'top', 'text-offset': [0, 0.6], 'text-max-width': 9, 'text-optional': true,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': color, ...label.paint },
    },
  ];
}
