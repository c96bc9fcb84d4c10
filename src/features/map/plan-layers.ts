// The plan features' layers as plain data. Colours come from the kind table shared with the legend.
// Hover and selection are feature-state, so nothing is re-uploaded when they change.
import type { LayerSpecification, FilterSpecification, ExpressionSpecification } from 'maplibre-gl';
import { kindColorExpression } from '../../lib/style/kind-styles';
import { MAP_FONT } from './font-faces';

export const PLAN_SOURCE = 'plan';
export const PLAN_INTERACTIVE_LAYERS = ['plan-fill', 'plan-line', 'plan-line-hit', 'plan-point'];

const color = kindColorExpression() as ExpressionSpecification;
const state = (key: string) => ['boolean', ['feature-state', key], false] as ExpressionSpecification;
const active = ['any', state('selected'), state('hover')] as ExpressionSpecification;
const isPolygon = ['==', ['geometry-type'], 'Polygon'] as FilterSpecification;
const isLine = ['==', ['geometry-type'], 'LineString'] as FilterSpecification;
const isPoint = ['==', ['geometry-type'], 'Point'] as FilterSpecification;

export function planLayers(labelField: 'nameZh' | 'nameEn'): LayerSpecification[] {
  return [
    {
      id: 'plan-fill', type: 'fill', source: PLAN_SOURCE, filter: isPolygon,
      paint: { 'fill-color': color, 'fill-opacity': ['case', state('selected'), 0.32, state('hover'), 0.24, 0.1] },
    },
    {
      id: 'plan-outline', type: 'line', source: PLAN_SOURCE, filter: isPolygon,
      paint: {
        'line-color': color,
        'line-width': ['case', state('selected'), 3, state('hover'), 2.2, 1.2],
        'line-dasharray': ['case', ['get', 'schematic'], ['literal', [3, 2]], ['literal', [1, 0]]],
      },
    },
    {
      id: 'plan-line-casing', type: 'line', source: PLAN_SOURCE, filter: isLine,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': '#ffffff', 'line-width': ['case', active, 8, 5], 'line-opacity': 0.8 },
    },
    {
      id: 'plan-line', type: 'line', source: PLAN_SOURCE, filter: isLine,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': color,
        'line-width': ['case', state('selected'), 5, state('hover'), 4, 2.6],
        'line-dasharray': ['case', ['get', 'schematic'], ['literal', [2, 1.2]], ['literal', [1, 0]]],
      },
    },
    // A wide invisible line so that lines are easy to tap on a phone.
    { id: 'plan-line-hit', type: 'line', source: PLAN_SOURCE, filter: isLine, paint: { 'line-color': '#000', 'line-opacity': 0, 'line-width': 16 } },
    {
      id: 'plan-point', type: 'circle', source: PLAN_SOURCE, filter: isPoint,
      paint: {
        'circle-color': color,
        'circle-radius': ['case', state('selected'), 8, state('hover'), 7, 5],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.6,
      },
    },
    {
      id: 'plan-labels', type: 'symbol', source: PLAN_SOURCE,
      layout: {
        'text-field': ['get', labelField], 'text-font': [MAP_FONT],
        'text-size': ['case', ['==', ['geometry-type'], 'Point'], 11, 12],
        'text-anchor': 'top', 'text-offset': [0, 0.6], 'text-max-width': 9, 'text-optional': true,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': color, 'text-halo-color': 'rgba(255,255,255,0.95)', 'text-halo-width': 1.6 },
    },
  ];
}
