// The SVG map's style from the map style tokens, as CSS custom properties that its stylesheet reads
// (set on its root element through the DOM, which the CSP allows). Widths and sizes are the tokens'
// values at the zoom the SVG map is drawn for.
import { atZoom, BASEMAP_STROKES, FOCUS_OUTLINE, MAP_COLORS, PLAN_STYLE, SCREEN_THEME, SEATS, SVG_ZOOM, svgDash, type Stroke } from '../style/map-tokens';

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export function svgMapVariables(): Record<string, string> {
  const vars: Record<string, string> = {
    '--fb-land': MAP_COLORS.land,
    '--fb-province': MAP_COLORS.province,
    '--fb-focus': FOCUS_OUTLINE.color,
    '--fb-halo': SCREEN_THEME.labels.prefecture.halo,
    '--fb-fill-opacity': `${PLAN_STYLE.fillOpacity.rest}`,
    '--fb-fill-opacity-stacked': `${PLAN_STYLE.fillOpacity.stacked}`,
    '--fb-dimmed-opacity': `${PLAN_STYLE.dimmedOpacity}`,
    '--fb-group-label-scale': `${PLAN_STYLE.groupLabelScale}em`,
    '--fb-part-label-size': `${SCREEN_THEME.planLabel.size}px`,
    '--fb-fill-opacity-hover': `${PLAN_STYLE.fillOpacity.hover}`,
    '--fb-fill-opacity-selected': `${PLAN_STYLE.fillOpacity.selected}`,
    '--fb-outline-width': `${PLAN_STYLE.outlineWidth.rest}`,
    '--fb-outline-width-hover': `${PLAN_STYLE.outlineWidth.hover}`,
    '--fb-outline-width-selected': `${PLAN_STYLE.outlineWidth.selected}`,
    '--fb-line-width': `${PLAN_STYLE.lineWidth.rest}`,
    '--fb-line-width-hover': `${PLAN_STYLE.lineWidth.hover}`,
    '--fb-line-width-selected': `${PLAN_STYLE.lineWidth.selected}`,
    '--fb-casing': PLAN_STYLE.casing.color,
    '--fb-casing-opacity': `${PLAN_STYLE.casing.opacity}`,
    '--fb-casing-width': `${PLAN_STYLE.casing.rest}`,
    '--fb-casing-width-active': `${PLAN_STYLE.casing.active}`,
    '--fb-hit-width': `${PLAN_STYLE.hitWidth}`,
    '--fb-point-stroke': PLAN_STYLE.pointStroke.color,
    '--fb-point-stroke-width': `${PLAN_STYLE.pointStroke.width}`,
    '--fb-seat': SEATS.prefecture.color,
    '--fb-seat-stroke': SEATS.prefecture.stroke,
    '--fb-seat-stroke-width': `${SEATS.prefecture.strokeWidth}`,
    '--fb-seat-label': SCREEN_THEME.labels.prefecture.color,
    '--fb-seat-label-size': `${Math.round(atZoom(SCREEN_THEME.labels.prefecture.size, SVG_ZOOM))}px`,
    '--fb-neighbour-label': SCREEN_THEME.labels.neighbour.color,
    '--fb-county-label': SCREEN_THEME.labels.county.color,
    '--fb-mountain-label': SCREEN_THEME.labels.mountain.color,
    '--fb-river-label': SCREEN_THEME.labels.river.color,
    '--fb-rail-label': SCREEN_THEME.labels.rail.color,
    '--fb-county-seat': SEATS.county.color,
    '--fb-county-seat-stroke': SEATS.county.stroke,
    '--fb-county-seat-stroke-width': `${SEATS.county.strokeWidth}`,
    '--fb-neighbour-label-size': `${Math.round(atZoom(SCREEN_THEME.labels.neighbour.size, SVG_ZOOM))}px`,
  };
  for (const [name, s] of Object.entries(BASEMAP_STROKES) as [string, Stroke][]) {
    const width = +atZoom(s.width, SVG_ZOOM).toFixed(2);
    vars[`--fb-${kebab(name)}`] = s.color;
    vars[`--fb-${kebab(name)}-width`] = `${width}`;
    vars[`--fb-${kebab(name)}-dash`] = s.dash ? svgDash(s.dash, width) : 'none';
  }
  return vars;
}

/** The radius of a prefecture seat's dot in the SVG map. */
export const svgSeatRadius = () => +atZoom(SEATS.prefecture.radius, SVG_ZOOM).toFixed(2);

/** The radius of a county seat's dot in the SVG map. */
export const svgCountySeatRadius = () => +atZoom(SEATS.county.radius, SVG_ZOOM).toFixed(2);

/** Dash patterns of schematic plan shapes in the SVG map. */
export const SVG_PLAN_DASH = {
  area: svgDash(PLAN_STYLE.outlineDash, PLAN_STYLE.outlineWidth.rest),
  line: svgDash(PLAN_STYLE.lineDash, PLAN_STYLE.lineWidth.rest),
};

/** Point radii in the SVG map. */
export const SVG_POINT_RADIUS = PLAN_STYLE.pointRadius;
