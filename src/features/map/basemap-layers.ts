// The basemap's layers as plain data, drawn from the map style tokens. Sources are filled by the map
// controller from data/basemap.
import type { LayerSpecification, ExpressionSpecification } from 'maplibre-gl';
import { MAP_FONT } from './font-faces';
import { BASEMAP_STROKES, FOCUS_OUTLINE, LINE_LABEL_SPACING, MAIN_RIVER, MAP_COLORS, SCREEN_THEME, SEATS, type BasemapLabel, type MapTheme, type Ramp, type Stroke } from '../../lib/style/map-tokens';

/** Layer ids that the "basemap" toggles switch together. */
export const BASEMAP_GROUPS: Record<string, string[]> = {
  'basemap-counties': ['county-borders', 'county-seats', 'county-labels'],
  'basemap-rivers': ['rivers', 'river-labels'],
  'basemap-rail': ['rail', 'hsr', 'rail-labels'],
  'basemap-mountains': ['mountain-labels'],
};

/** The layer that draws each kind of basemap label. */
export const LABEL_LAYERS: Record<BasemapLabel, string> = {
  mountain: 'mountain-labels', river: 'river-labels', rail: 'rail-labels',
  neighbour: 'neighbour-labels', county: 'county-labels', prefecture: 'prefecture-labels',
};

/** The place dossier's layers over the basemap (source `places`: counties and prefectures by code). */
export const FOCUS_LAYERS = { veil: 'focus-veil', outline: 'focus-outline', picked: 'focus-picked' } as const;
const NOTHING = ['==', ['get', 'adcode'], ''] as ExpressionSpecification;

/** Basemap layers drawn above the plan layers: a place dossier's veil and outline over everything else; prefecture
 *  seats and names stay legible. */
const TOP_LAYERS = new Set(['focus-veil', 'focus-outline', 'focus-picked', 'prefecture-seats', 'prefecture-labels']);

/**
 * The full layer stack: basemap, the plan shapes, the top basemap layers, then the plan names. The topmost
 * symbols are placed first: the structures switched on are all named, and the prefecture names, which try
 * several sides of their seat, make room; county, river and mountain names yield.
 */
export function withTopLayers(basemap: LayerSpecification[], plan: LayerSpecification[]): LayerSpecification[] {
  const names = plan.filter((l) => l.type === 'symbol');
  return [...basemap.filter((l) => !TOP_LAYERS.has(l.id)), ...plan.filter((l) => l.type !== 'symbol'), ...basemap.filter((l) => TOP_LAYERS.has(l.id)), ...names];
}

/** A token ramp as a maplibre value: a number, or a linear interpolation over zoom. */
export function ramp(r: Ramp): number | ExpressionSpecification {
  return typeof r === 'number' ? r : (['interpolate', ['linear'], ['zoom'], ...r.flat()] as ExpressionSpecification);
}

const solid = ['literal', [1, 0]] as ExpressionSpecification;
export const linePaint = (s: Stroke) => ({
  'line-color': s.color,
  'line-width': ramp(s.width),
  ...(s.dash ? { 'line-dasharray': s.dash } : {}),
  ...(s.opacity !== undefined ? { 'line-opacity': s.opacity } : {}),
});

/** The size and colours of one label layer in a theme (layout and paint properties). */
export function labelProperties(kind: BasemapLabel, theme: MapTheme) {
  const l = theme.labels[kind];
  return {
    layout: { 'text-size': ramp(l.size) },
    paint: { 'text-color': l.color, 'text-halo-color': l.halo, 'text-halo-width': l.haloWidth },
  };
}

export function basemapLayers(nameField: 'name' | 'nameEn', theme: MapTheme = SCREEN_THEME): LayerSpecification[] {
  const label = ['coalesce', ['get', nameField], ['get', 'name']] as unknown as string;
  const text = (kind: BasemapLabel) => {
    const { layout, paint } = labelProperties(kind, theme);
    const minzoom = theme.labels[kind].minzoom;
    return { layout: { 'text-field': label, 'text-font': [MAP_FONT], ...layout }, paint, ...(minzoom !== undefined ? { minzoom } : {}) };
  };
  const s = BASEMAP_STROKES;
  const isMain = ['==', ['get', 'name'], MAIN_RIVER.name];
  const riverWidth = ['interpolate', ['linear'], ['zoom'],
    ...(s.river.width as [number, number][]).flatMap(([z, w], i) => [z, ['case', isMain, (MAIN_RIVER.width as [number, number][])[i][1], w]])];
  const seat = (rank: 'prefecture' | 'county') => ({
    'circle-radius': ramp(SEATS[rank].radius), 'circle-color': SEATS[rank].color,
    'circle-stroke-color': SEATS[rank].stroke, 'circle-stroke-width': SEATS[rank].strokeWidth,
  });
  const mountain = text('mountain');
  const river = text('river');
  const rail = text('rail');
  const neighbour = text('neighbour');
  const county = text('county');
  const prefecture = text('prefecture');
  return [
    { id: 'background', type: 'background', paint: { 'background-color': MAP_COLORS.land } },
    { id: 'neighbours-line', type: 'line', source: 'neighbour-borders', paint: linePaint(s.neighbourBorder) },
    { id: 'province-fill', type: 'fill', source: 'province', paint: { 'fill-color': MAP_COLORS.province } },
    {
      id: 'county-borders', type: 'line', source: 'borders', minzoom: 6.2,
      filter: ['==', ['get', 'rank'], 'county'],
      paint: linePaint(s.countyBorder),
    },
    {
      id: 'rivers', type: 'line', source: 'rivers',
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': s.river.color,
        'line-width': riverWidth as ExpressionSpecification,
        'line-dasharray': ['case', ['get', 'schematic'], ['literal', s.river.dash], solid] as ExpressionSpecification,
      },
    },
    { id: 'prefecture-borders', type: 'line', source: 'borders', filter: ['==', ['get', 'rank'], 'prefecture'], paint: linePaint(s.prefectureBorder) },
    { id: 'province-halo', type: 'line', source: 'province', paint: linePaint(s.provinceHalo) },
    { id: 'province-border', type: 'line', source: 'province', paint: linePaint(s.provinceBorder) },
    { id: 'rail', type: 'line', source: 'overlay', filter: ['==', ['get', 'layer'], 'rail'], paint: linePaint(s.rail) },
    { id: 'hsr', type: 'line', source: 'overlay', filter: ['==', ['get', 'layer'], 'hsr'], paint: linePaint(s.hsr) },
    // A place dossier: the other units of its rank veiled, plan features included, and the place outlined
    // (drawn above the plan layers, see TOP_LAYERS; filters set by map-sync).
    { id: FOCUS_LAYERS.veil, type: 'fill', source: 'places', filter: NOTHING, paint: { 'fill-color': MAP_COLORS.focusVeil } },
    // Places picked on the map while composing a shape (authoring mode).
    { id: FOCUS_LAYERS.picked, type: 'fill', source: 'places', filter: NOTHING, paint: { 'fill-color': MAP_COLORS.picked, 'fill-outline-color': FOCUS_OUTLINE.color } },
    { id: FOCUS_LAYERS.outline, type: 'line', source: 'places', filter: NOTHING, layout: { 'line-join': 'round' }, paint: linePaint(FOCUS_OUTLINE) },
    { id: 'county-seats', type: 'circle', source: 'seats', minzoom: SEATS.county.minzoom, filter: ['==', ['get', 'rank'], 'county'], paint: seat('county') },
    { id: 'prefecture-seats', type: 'circle', source: 'seats', filter: ['==', ['get', 'rank'], 'prefecture'], paint: seat('prefecture') },
    {
      id: 'mountain-labels', type: 'symbol', source: 'overlay', filter: ['==', ['get', 'layer'], 'mountain'], ...mountain,
      layout: { ...mountain.layout, 'text-letter-spacing': 0.4, 'symbol-placement': 'point', 'text-max-width': 20 },
    },
    {
      id: 'river-labels', type: 'symbol', source: 'overlay', filter: ['==', ['get', 'layer'], 'river-label'], ...river,
      layout: { ...river.layout, 'text-letter-spacing': 0.2 },
    },
    {
      id: 'rail-labels', type: 'symbol', source: 'overlay', filter: ['in', ['get', 'layer'], ['literal', ['rail', 'hsr']]], ...rail,
      layout: { ...rail.layout, 'symbol-placement': 'line', 'symbol-spacing': LINE_LABEL_SPACING },
    },
    {
      id: 'neighbour-labels', type: 'symbol', source: 'neighbour-labels', ...neighbour,
      layout: { ...neighbour.layout, 'text-letter-spacing': 0.5 },
    },
    {
      id: 'county-labels', type: 'symbol', source: 'seats', filter: ['==', ['get', 'rank'], 'county'], ...county,
      layout: { ...county.layout, 'text-anchor': 'top', 'text-offset': [0, 0.4], 'text-optional': true },
    },
    {
      id: 'prefecture-labels', type: 'symbol', source: 'seats', filter: ['==', ['get', 'rank'], 'prefecture'], ...prefecture,
      // Below the seat if free, else beside or above it (the plan names are placed first).
      layout: {
        ...prefecture.layout, 'symbol-sort-key': 0,
        'text-variable-anchor-offset': ['top', [0, 0.5], 'bottom', [0, -0.5], 'left', [0.6, 0], 'right', [-0.6, 0], 'top-left', [0.4, 0.4], 'bottom-left', [0.4, -0.4], 'top-right', [-0.4, 0.4], 'bottom-right', [-0.4, -0.4]],
      },
    },
  ];
}
