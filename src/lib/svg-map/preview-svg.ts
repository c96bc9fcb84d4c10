// The map's first view as one static SVG file, made at build time from the SVG map's own drawing (same
// basemap, same default layers, same kind colours, same style tokens). The app shows it as an image
// while the WebGL map's code has not been asked for, so the first paint never waits for maplibre.
// No React, no DOM.
import type { AtlasFeature } from '../catalogue/catalogue-types';
import { visibleFeatureIds } from '../catalogue/layer-visibility';
import { drawFallback, type BasemapInput, type FallbackDrawing, type Label, type PlanPath } from './fallback-geometry';
import { simplifyPaths } from '../geo/simplify-paths';
import { EXTENT_PADDING, SHANXI_EXTENT } from '../geo/shanxi-extent';
import { atZoom, BASEMAP_STROKES, MAP_COLORS, PLAN_STYLE, SCREEN_THEME, SEATS, SVG_ZOOM, svgDash, type LabelStyle, type Stroke } from '../style/map-tokens';
import { labelBox, placeLabels, ringOffsets, type Box, type LabelRequest } from './place-labels';
import { coveredInPicture, shownOnEveryScreen } from './preview-screens';

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const [W, S, E, N] = SHANXI_EXTENT;
/** Shanxi's box as the WebGL map opens on it: height ÷ width in Mercator. */
const BOX_ASPECT = (mercatorY(N) - mercatorY(S)) / (((E - W) * Math.PI) / 180);

/** The drawing's own size: Shanxi's Mercator box with the WebGL map's padding around it. */
export const PREVIEW_SIZE = { width: 520, height: Math.round((520 - 2 * EXTENT_PADDING) * BOX_ASPECT + 2 * EXTENT_PADDING) };

/** The picture's viewBox [x, y, width, height]. */
export const PREVIEW_VIEW_BOX: Box = [4, 4, PREVIEW_SIZE.width, PREVIEW_SIZE.height];

const FONT = "'Noto Sans CJK SC','Noto Sans SC','PingFang SC','Microsoft YaHei',sans-serif";

/**
 * Vertices closer than this (in picture units, ≈ 2.5 px on a desktop) to the line through their kept
 * neighbours are dropped, borders shared by several shapes alike. Measured on a software renderer, the
 * picture's vertex count, not its file size, held up the live map being set up beside it (both are
 * drawn by the GPU process): with ≈2,500 vertices instead of 8,600 the map's WebGL context was ready
 * ≈0.7 s sooner.
 */
const TOLERANCE = 2;

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
const px = (n: number) => +n.toFixed(2);

const stroke = (d: string, s: Stroke, extra = '') => {
  const width = px(atZoom(s.width, SVG_ZOOM));
  const dash = s.dash ? ` stroke-dasharray="${svgDash(s.dash, width)}"` : '';
  const opacity = s.opacity !== undefined ? ` stroke-opacity="${s.opacity}"` : '';
  return d ? `<path d="${d}" fill="none" stroke="${s.color}" stroke-width="${width}"${dash}${opacity} vector-effect="non-scaling-stroke"${extra}/>` : '';
};

const labelSize = (l: LabelStyle) => Math.round(atZoom(l.size, SVG_ZOOM));
const text = (x: number, y: number, size: number, colour: string, t: string) =>
  `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${size}" fill="${colour}">${escapeXml(t)}</text>`;

/** Where each kind of label may go, best first (offsets from its anchor, picture units). */
const SEAT_OFFSETS = (text: string, size: number): [number, number][] => {
  const side = (labelBox(text, 0, 0, size)[2] - labelBox(text, 0, 0, size)[0]) / 2 + 4;
  const [below, above, level] = [size + 4, -8, size * 0.35];
  return [[0, below], [0, above], [side, level], [-side, level], [side, below], [-side, below], [side, above], [-side, above]];
};
const PLAN_OFFSETS: [number, number][] = ringOffsets([[0, -8], [0, 14], [0, -22]], [24, 12], 3);
const NEIGHBOUR_OFFSETS: [number, number][] = ringOffsets([[0, 0]], [30, 16], 4);

/**
 * Every name in the picture placed so that none covers another, a seat dot, the preview hint or the
 * locator inset, on a desktop and on a phone. Seats first, then plan areas and lines, then neighbours.
 */
export function previewLabels(drawing: { seats: Label[]; neighbourLabels: Label[] }, plan: PlanPath[], lang: 'zh' | 'en') {
  const name = (l: { name: string; nameEn?: string }) => (lang === 'en' ? l.nameEn ?? l.name : l.name);
  const seatSize = labelSize(SCREEN_THEME.labels.prefecture);
  const planSize = SCREEN_THEME.planLabel.size - 1;
  const neighbourSize = labelSize(SCREEN_THEME.labels.neighbour) - 1;
  const seatRadius = atZoom(SEATS.prefecture.radius, SVG_ZOOM);
  const dots: Box[] = drawing.seats.map((s) => [s.x - seatRadius, s.y - seatRadius, s.x + seatRadius, s.y + seatRadius]);
  const requests: (LabelRequest & { colour: string })[] = [
    ...drawing.seats.map((s) => ({ text: name(s), x: s.x, y: s.y, size: seatSize, candidates: SEAT_OFFSETS(name(s), seatSize), colour: SCREEN_THEME.labels.prefecture.color })),
    ...plan.filter((p) => p.shape !== 'point').map((p) => ({ text: lang === 'en' ? p.nameEn : p.nameZh, x: p.x, y: p.y, size: planSize, candidates: PLAN_OFFSETS, colour: p.color })),
    ...drawing.neighbourLabels.map((l) => ({ text: name(l), x: l.x, y: l.y, size: neighbourSize, candidates: NEIGHBOUR_OFFSETS, colour: SCREEN_THEME.labels.neighbour.color })),
  ];
  const area = shownOnEveryScreen(PREVIEW_VIEW_BOX);
  // A neighbour named beyond what a screen shows is pulled in towards it before its offsets are tried.
  for (const r of requests) {
    const half = (labelBox(r.text, 0, 0, r.size)[2] - labelBox(r.text, 0, 0, r.size)[0]) / 2;
    r.x = Math.min(Math.max(r.x, area[0] + half), area[2] - half);
    r.y = Math.min(Math.max(r.y, area[1] + r.size), area[3] - r.size * 0.3);
  }
  return placeLabels(requests, [...coveredInPicture(PREVIEW_VIEW_BOX), ...dots], area) as ({ request: LabelRequest & { colour: string }; x: number; y: number; box: Box })[];
}

/**
 * The drawing the picture is made from and the plan features it shows, those of the first view's
 * `layers` (the picture's hit test reads the same, preview-hits.ts).
 */
export function previewDrawing(basemap: BasemapInput, features: AtlasFeature[], layers: string[]): { drawing: FallbackDrawing; plan: PlanPath[] } {
  const { width, height } = PREVIEW_SIZE;
  const drawing = drawFallback(width + 8, height + 8, basemap, features); // it keeps 12 px: with these 4, the padding
  const shown = new Set(visibleFeatureIds(features, layers, null));
  return { drawing, plan: drawing.plan.filter((p) => shown.has(p.id)) };
}

/**
 * The SVG document. Its viewBox is Shanxi's box: shown with `preserveAspectRatio` meet in a box of any
 * shape, the province is centred as the WebGL map centres it, and the land drawn beyond the
 * viewBox fills the rest of the box.
 */
export function previewSvg(basemap: BasemapInput, features: AtlasFeature[], lang: 'zh' | 'en', layers: string[]): string {
  const { drawing, plan } = previewDrawing(basemap, features, layers);
  // Simplified together, so that a border two shapes share stays one line.
  const [province, rivers, prefectureBorders, rail, ...planD] = simplifyPaths(
    [drawing.province, drawing.rivers, drawing.prefectureBorders, drawing.rail, ...plan.map((p) => (p.shape === 'point' ? '' : p.d))],
    TOLERANCE,
  );
  const s = BASEMAP_STROKES;
  const P = PLAN_STYLE;
  const seat = SEATS.prefecture;
  const seatRadius = px(atZoom(seat.radius, SVG_ZOOM));
  const halo = SCREEN_THEME.labels.prefecture;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${PREVIEW_VIEW_BOX.join(' ')}" preserveAspectRatio="xMidYMid meet">`,
    // Far beyond the viewBox on every side: the box the image fills may be much wider than Shanxi.
    `<rect x="-4000" y="-4000" width="9000" height="9000" fill="${MAP_COLORS.land}"/>`,
    // The province outline is drawn three times (fill, halo, border) from one path.
    `<path id="p" d="${province}" fill="${MAP_COLORS.province}"/>`,
    stroke(rivers, { ...s.river, dash: undefined }),
    stroke(prefectureBorders, s.prefectureBorder),
    `<use href="#p" fill="none" stroke="${s.provinceHalo.color}" stroke-width="${atZoom(s.provinceHalo.width, SVG_ZOOM)}" stroke-opacity="${s.provinceHalo.opacity}" vector-effect="non-scaling-stroke"/>`,
    `<use href="#p" fill="none" stroke="${s.provinceBorder.color}" stroke-width="${px(atZoom(s.provinceBorder.width, SVG_ZOOM))}" vector-effect="non-scaling-stroke"/>`,
    stroke(rail, s.rail),
    ...plan.map((p, i) => {
      const d = planD[i];
      if (p.shape === 'area') {
        const dash = p.schematic ? ` stroke-dasharray="${svgDash(P.outlineDash, P.outlineWidth.rest)}"` : '';
        return `<path d="${d}" fill="${p.color}" fill-opacity="${P.fillOpacity.rest}" stroke="${p.color}" stroke-width="${P.outlineWidth.rest}" vector-effect="non-scaling-stroke"${dash}/>`;
      }
      if (p.shape === 'line') {
        return stroke(d, { color: P.casing.color, width: P.casing.rest, opacity: P.casing.opacity }, ' stroke-linecap="round"')
          + stroke(d, { color: p.color, width: P.lineWidth.rest, dash: p.schematic ? P.lineDash : undefined }, ' stroke-linecap="round"');
      }
      return `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${P.pointRadius.rest}" fill="${p.color}" stroke="${P.pointStroke.color}" stroke-width="${P.pointStroke.width}"/>`;
    }),
    ...drawing.seats.map((l) => `<circle cx="${l.x.toFixed(1)}" cy="${l.y.toFixed(1)}" r="${seatRadius}" fill="${seat.color}" stroke="${seat.stroke}" stroke-width="${seat.strokeWidth}"/>`),
    `<g font-family="${FONT}" text-anchor="middle" paint-order="stroke" stroke="${halo.halo}" stroke-width="3" stroke-linejoin="round">`,
    ...previewLabels(drawing, plan, lang).map((l) => text(l.x, l.y, l.request.size, l.request.colour, l.request.text)),
    '</g></svg>',
  ];
  return parts.join('');
}
