// The basemap's layers as plain data. Sources are filled by the map controller from data/basemap.
import type { LayerSpecification } from 'maplibre-gl';
import { MAP_FONT } from './font-faces';

const HALO = 'rgba(255,255,255,0.92)';

/** Layer ids that the "basemap" toggles switch together. */
export const BASEMAP_GROUPS: Record<string, string[]> = {
  'basemap-counties': ['county-borders', 'county-seats', 'county-labels'],
  'basemap-rivers': ['rivers', 'river-labels'],
  'basemap-rail': ['rail', 'hsr', 'rail-labels'],
  'basemap-mountains': ['mountain-labels'],
};

/** Basemap layers drawn above the plan layers: prefecture seats and names stay legible and win label placement. */
const TOP_LAYERS = new Set(['prefecture-seats', 'prefecture-labels']);

/** The full layer stack: basemap, then the plan layers, then the top basemap layers. */
export function withTopLayers(basemap: LayerSpecification[], plan: LayerSpecification[]): LayerSpecification[] {
  return [...basemap.filter((l) => !TOP_LAYERS.has(l.id)), ...plan, ...basemap.filter((l) => TOP_LAYERS.has(l.id))];
}

export function basemapLayers(nameField: 'name' | 'nameEn'): LayerSpecification[] {
  const label = ['coalesce', ['get', nameField], ['get', 'name']] as unknown as string;
  return [
    { id: 'background', type: 'background', paint: { 'background-color': '#f1f0ea' } },
    { id: 'neighbours-fill', type: 'fill', source: 'neighbours', paint: { 'fill-color': '#f1f0ea' } },
    { id: 'neighbours-line', type: 'line', source: 'neighbour-borders', paint: { 'line-color': '#cbc6b9', 'line-width': 0.8 } },
    { id: 'province-fill', type: 'fill', source: 'province', paint: { 'fill-color': '#fdfcf7' } },
    {
      id: 'county-borders', type: 'line', source: 'borders', minzoom: 6.2,
      filter: ['==', ['get', 'rank'], 'county'],
      paint: { 'line-color': '#d5cfc2', 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.4, 10, 1], 'line-dasharray': [3, 2] },
    },
    {
      id: 'rivers', type: 'line', source: 'rivers',
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': '#7eb0d9',
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, ['case', ['==', ['get', 'name'], '黄河'], 1.6, 0.6], 10, ['case', ['==', ['get', 'name'], '黄河'], 4, 2]],
        'line-dasharray': ['case', ['get', 'schematic'], ['literal', [2, 1.5]], ['literal', [1, 0]]],
      },
    },
    {
      id: 'prefecture-borders', type: 'line', source: 'borders',
      filter: ['==', ['get', 'rank'], 'prefecture'],
      paint: { 'line-color': '#a3978a', 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.7, 10, 1.6] },
    },
    {
      id: 'province-halo', type: 'line', source: 'province',
      paint: { 'line-color': '#ffffff', 'line-width': 6, 'line-opacity': 0.7 },
    },
    {
      id: 'province-border', type: 'line', source: 'province',
      paint: { 'line-color': '#6e6253', 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.4, 10, 2.6] },
    },
    {
      id: 'rail', type: 'line', source: 'overlay', filter: ['==', ['get', 'layer'], 'rail'],
      paint: { 'line-color': '#7b7b7b', 'line-width': 1.3, 'line-dasharray': [4, 2] },
    },
    {
      id: 'hsr', type: 'line', source: 'overlay', filter: ['==', ['get', 'layer'], 'hsr'],
      paint: { 'line-color': '#9c5b8f', 'line-width': 1.6, 'line-dasharray': [6, 2] },
    },
    {
      id: 'county-seats', type: 'circle', source: 'seats', minzoom: 7,
      filter: ['==', ['get', 'rank'], 'county'],
      paint: { 'circle-radius': 2.2, 'circle-color': '#8a8477', 'circle-stroke-color': '#fff', 'circle-stroke-width': 0.8 },
    },
    {
      id: 'prefecture-seats', type: 'circle', source: 'seats',
      filter: ['==', ['get', 'rank'], 'prefecture'],
      paint: { 'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 2.8, 10, 5], 'circle-color': '#2f2a24', 'circle-stroke-color': '#fff', 'circle-stroke-width': 1.2 },
    },
    {
      id: 'mountain-labels', type: 'symbol', source: 'overlay', filter: ['==', ['get', 'layer'], 'mountain'],
      layout: {
        'text-field': label, 'text-font': [MAP_FONT], 'text-size': ['interpolate', ['linear'], ['zoom'], 5, 11, 9, 15],
        'text-letter-spacing': 0.4, 'symbol-placement': 'point', 'text-max-width': 20,
      },
      paint: { 'text-color': '#8a6a45', 'text-halo-color': HALO, 'text-halo-width': 1.4 },
    },
    {
      id: 'river-labels', type: 'symbol', source: 'overlay', filter: ['==', ['get', 'layer'], 'river-label'], minzoom: 5.5,
      layout: { 'text-field': label, 'text-font': [MAP_FONT], 'text-size': 11, 'text-letter-spacing': 0.2 },
      paint: { 'text-color': '#2f6fa8', 'text-halo-color': HALO, 'text-halo-width': 1.2 },
    },
    {
      id: 'rail-labels', type: 'symbol', source: 'overlay', minzoom: 7.5,
      filter: ['in', ['get', 'layer'], ['literal', ['rail', 'hsr']]],
      layout: { 'text-field': label, 'text-font': [MAP_FONT], 'text-size': 10, 'symbol-placement': 'line', 'symbol-spacing': 400 },
      paint: { 'text-color': '#6d5a6a', 'text-halo-color': HALO, 'text-halo-width': 1.2 },
    },
    {
      id: 'neighbour-labels', type: 'symbol', source: 'neighbour-labels',
      layout: { 'text-field': label, 'text-font': [MAP_FONT], 'text-size': 14, 'text-letter-spacing': 0.5 },
      paint: { 'text-color': '#9d988c', 'text-halo-color': HALO, 'text-halo-width': 1 },
    },
    {
      id: 'county-labels', type: 'symbol', source: 'seats', minzoom: 7.2,
      filter: ['==', ['get', 'rank'], 'county'],
      layout: {
        'text-field': label, 'text-font': [MAP_FONT], 'text-size': 11,
        'text-anchor': 'top', 'text-offset': [0, 0.4], 'text-optional': true,
      },
      paint: { 'text-color': '#5f594d', 'text-halo-color': HALO, 'text-halo-width': 1.2 },
    },
    {
      id: 'prefecture-labels', type: 'symbol', source: 'seats',
      filter: ['==', ['get', 'rank'], 'prefecture'],
      layout: {
        'text-field': label, 'text-font': [MAP_FONT], 'text-size': ['interpolate', ['linear'], ['zoom'], 5, 12, 10, 16],
        'text-anchor': 'top', 'text-offset': [0, 0.5], 'symbol-sort-key': 0,
      },
      paint: { 'text-color': '#221e19', 'text-halo-color': HALO, 'text-halo-width': 1.6 },
    },
  ];
}
