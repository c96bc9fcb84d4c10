// The map's style tokens: every colour, width, opacity, dash pattern and label size the map is drawn
// with. The WebGL layers (features/map), the SVG map (features/map-fallback), the build-time picture
// (lib/svg-map) and the legend all read them, so the three renderers draw one style. Data only.

/** A value that grows with the zoom: [zoom, value] stops, linear in between (maplibre `interpolate`). */
export type Ramp = number | [number, number][];

/** A stroke: colour, width (px) and dash pattern in multiples of the width (maplibre's convention). */
export interface Stroke { color: string; width: Ramp; dash?: [number, number]; opacity?: number }

/** A label: size (px), colour and halo. */
export interface LabelStyle { size: Ramp; color: string; halo: string; haloWidth: number; minzoom?: number }

export const MAP_COLORS = {
  land: '#f1f0ea',
  province: '#fdfcf7',
  halo: 'rgba(255,255,255,0.92)',
  white: '#ffffff',
  /** The invisible wide line that makes thin lines easy to tap. */
  hit: '#000000',
  /** A place found by search, marked on the map. */
  placeMarker: '#7a2e1f',
  /** A place dossier: the rest of the province veiled, the place outlined. */
  focusVeil: 'rgba(241,240,234,0.72)',
  picked: 'rgba(214,96,24,0.45)',
} as const;

/** Authoring mode: the shape the build made of a draft, over everything else (fill, outline and points). */
export const AUTHOR_PREVIEW = { fill: MAP_COLORS.picked, stroke: { color: '#7a2e1f', width: 3 } as Stroke, pointRadius: 6 };

/** The outline of the place a dossier is about. */
export const FOCUS_OUTLINE: Stroke = { color: '#7a2e1f', width: [[5, 2], [10, 3.5]] };

/** The basemap's lines. */
export const BASEMAP_STROKES = {
  neighbourBorder: { color: '#cbc6b9', width: 0.8 },
  countyBorder: { color: '#d5cfc2', width: [[6, 0.4], [10, 1]], dash: [3, 2] },
  /** Rivers; the Yellow River is drawn wider (`mainRiverWidth`), schematic courses dashed. */
  river: { color: '#7eb0d9', width: [[5, 0.6], [10, 2]], dash: [2, 1.5] },
  prefectureBorder: { color: '#a3978a', width: [[5, 0.7], [10, 1.6]] },
  provinceHalo: { color: '#ffffff', width: 6, opacity: 0.7 },
  provinceBorder: { color: '#6e6253', width: [[5, 1.4], [10, 2.6]] },
  rail: { color: '#7b7b7b', width: 1.3, dash: [4, 2] },
  hsr: { color: '#9c5b8f', width: 1.6, dash: [6, 2] },
} satisfies Record<string, Stroke>;

/** The river drawn wider than the others (by name in the basemap data), and its width. */
export const MAIN_RIVER = { name: '黄河', width: [[5, 1.6], [10, 4]] as Ramp };

/** Seats of government: circles. */
export const SEATS = {
  prefecture: { radius: [[5, 2.8], [10, 5]] as Ramp, color: '#2f2a24', stroke: '#ffffff', strokeWidth: 1.2 },
  county: { radius: 2.2 as Ramp, color: '#8a8477', stroke: '#ffffff', strokeWidth: 0.8, minzoom: 7 },
};

export type BasemapLabel = 'mountain' | 'river' | 'rail' | 'neighbour' | 'county' | 'prefecture';

/** A theme: how labels are drawn and which basemap labels are shown at all. */
export interface MapTheme {
  labels: Record<BasemapLabel, LabelStyle>;
  /** Plan feature names: size for areas and lines, and for points. */
  planLabel: {
    size: number; pointSize: number; halo: string; haloWidth: number;
    /** Size factor at zoom 6 (sizes are for zoom 9 and up). */ zoom6Scale: number;
    /** Size factor for English names, two to three times as long as the Chinese ones. */ enScale: number;
    /** A further factor for English names on a map narrower than NARROW_MAP_WIDTH (a phone): smaller names before any is dropped. */ narrowEnScale: number;
    /** Line height of a name wrapped onto lines (em). */ lineHeight: number;
  };
  /** Basemap labels left out in this theme. */
  hiddenLabels: BasemapLabel[];
}

/** A map narrower than this (px) is a phone's: English plan names are drawn at `narrowEnScale`. */
export const NARROW_MAP_WIDTH = 480;
/** Whether a map of this width (px) is a phone's; one with no width is hidden or being taken down, not narrow. */
export const isNarrowMap = (width: number) => width > 0 && width < NARROW_MAP_WIDTH;

/** Distance (px) between repeated names along a line (railways), on the live map and the SVG map. */
export const LINE_LABEL_SPACING = 400;

/** The everyday theme: a screen read at arm's length. */
export const SCREEN_THEME: MapTheme = {
  labels: {
    mountain: { size: [[5, 11], [9, 15]], color: '#8a6a45', halo: MAP_COLORS.halo, haloWidth: 1.4 },
    river: { size: 11, color: '#2f6fa8', halo: MAP_COLORS.halo, haloWidth: 1.2, minzoom: 5.5 },
    rail: { size: 10, color: '#6d5a6a', halo: MAP_COLORS.halo, haloWidth: 1.2, minzoom: 7.5 },
    neighbour: { size: 14, color: '#9d988c', halo: MAP_COLORS.halo, haloWidth: 1 },
    county: { size: 11, color: '#5f594d', halo: MAP_COLORS.halo, haloWidth: 1.2, minzoom: 7.2 },
    prefecture: { size: [[5, 12], [10, 16]], color: '#221e19', halo: MAP_COLORS.halo, haloWidth: 1.6 },
  },
  planLabel: { size: 13, pointSize: 11.5, halo: 'rgba(255,255,255,0.95)', haloWidth: 1.6, zoom6Scale: 0.78, enScale: 0.9, narrowEnScale: 0.9, lineHeight: 1 },
  hiddenLabels: [],
};

/**
 * The projection theme (presenting, 1920×1080 seen from the back of a room): names at least 24 px,
 * dark on an opaque white halo, and only the names that orient: seats, neighbours, rivers.
 */
export const PROJECTION_THEME: MapTheme = {
  labels: {
    mountain: { size: 24, color: '#5a3f1f', halo: MAP_COLORS.white, haloWidth: 3 },
    river: { size: 24, color: '#0d47a1', halo: MAP_COLORS.white, haloWidth: 3, minzoom: 5.5 },
    rail: { size: 24, color: '#3b2a38', halo: MAP_COLORS.white, haloWidth: 3, minzoom: 7.5 },
    neighbour: { size: 26, color: '#4a463e', halo: MAP_COLORS.white, haloWidth: 3 },
    county: { size: 24, color: '#1a1712', halo: MAP_COLORS.white, haloWidth: 3, minzoom: 7.2 },
    prefecture: { size: 28, color: '#000000', halo: MAP_COLORS.white, haloWidth: 3.5 },
  },
  planLabel: { size: 26, pointSize: 24, halo: MAP_COLORS.white, haloWidth: 3.5, zoom6Scale: 1, enScale: 1, narrowEnScale: 1, lineHeight: 1.1 },
  hiddenLabels: ['mountain', 'rail', 'county'],
};

/** Plan features: fills, outlines, lines and points, at rest, hovered and selected. */
export const PLAN_STYLE = {
  /** `stacked`: the rest value while a place dossier draws its structures, often 30 areas over one another (they would add up to a brown wash; the outlines carry the shapes). */
  fillOpacity: { rest: 0.1, hover: 0.24, selected: 0.32, stacked: 0.022 },
  /** What is not a part of the open frame is drawn at this opacity. */
  dimmedOpacity: 0.28,
  /** A frame part's group label (核, 带…) under its name, relative to the name's size. */
  groupLabelScale: 0.85,
  outlineWidth: { rest: 1.2, hover: 2.2, selected: 3 },
  /** Schematic (not surveyed) outlines and lines are dashed. */
  outlineDash: [3, 2] as [number, number],
  lineWidth: { rest: 2.6, hover: 4, selected: 5 },
  lineDash: [2, 1.2] as [number, number],
  casing: { color: MAP_COLORS.white, opacity: 0.8, rest: 5, active: 8 },
  hitWidth: 16,
  pointRadius: { rest: 5, hover: 7, selected: 8 },
  pointStroke: { color: MAP_COLORS.white, width: 1.6 },
};

/** The value of a ramp at a zoom level. */
export function atZoom(ramp: Ramp, zoom: number): number {
  if (typeof ramp === 'number') return ramp;
  if (zoom <= ramp[0][0]) return ramp[0][1];
  for (let i = 1; i < ramp.length; i++) {
    const [z1, v1] = ramp[i];
    const [z0, v0] = ramp[i - 1];
    if (zoom <= z1) return v0 + ((v1 - v0) * (zoom - z0)) / (z1 - z0);
  }
  return ramp[ramp.length - 1][1];
}

/** A dash pattern in px for SVG, from a pattern in multiples of the line width. */
export const svgDash = (dash: [number, number], width: number) => dash.map((d) => +(d * width).toFixed(2)).join(' ');

/**
 * The zoom the SVG map and the picture are drawn at: about the zoom the WebGL map opens on Shanxi in
 * a desktop window. Their widths and label sizes are the tokens' values there.
 */
export const SVG_ZOOM = 6;

/** Colours offered to a newly added plan (`npm run plan:add` takes the first one no plan uses yet), then a neutral. */
export const NEW_PLAN_PALETTE = ['#2e7d32', '#ef6c00', '#ad1457', '#283593', '#00838f', '#827717', '#4e342e', '#37474f', '#5d4037', '#0277bd', '#6a1b9a', '#c62828'];
export const NEW_PLAN_FALLBACK_COLOUR = '#546e7a';
