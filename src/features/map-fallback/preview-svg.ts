// The map's first view as one static SVG file, made at build time from the SVG map's own drawing (same
// basemap, same default layers, same kind colours). The app shows it as an image while the WebGL map's
// code has not been asked for, so the first paint never waits for maplibre. No React, no DOM.
import type { AtlasFeature } from '../../lib/catalogue/catalogue-types';
import { DEFAULT_LAYERS, visibleFeatureIds } from '../../lib/catalogue/layer-visibility';
import { drawFallback, type BasemapInput, type FallbackDrawing, type Label, type PlanPath } from './fallback-geometry';
import { simplifyPaths } from '../../lib/geo/simplify-paths';

const PADDING = 16; // the WebGL map's fitBounds padding
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
/** Shanxi's box as the WebGL map opens on it (SHANXI_BOX in fallback-geometry): height ÷ width in Mercator. */
const BOX_ASPECT = (mercatorY(40.75) - mercatorY(34.55)) / (((114.6 - 110.2) * Math.PI) / 180);

/** The drawing's own size: Shanxi's Mercator box with the WebGL map's padding around it. */
export const PREVIEW_SIZE = { width: 520, height: Math.round((520 - 2 * PADDING) * BOX_ASPECT + 2 * PADDING) };

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

const stroke = (d: string, colour: string, width: number, extra = '') =>
  d ? `<path d="${d}" fill="none" stroke="${colour}" stroke-width="${width}" vector-effect="non-scaling-stroke"${extra}/>` : '';

function label(l: Label, lang: 'zh' | 'en', size: number, colour: string, dy: number): string {
  const text = lang === 'en' ? l.nameEn ?? l.name : l.name;
  return `<text x="${l.x.toFixed(1)}" y="${(l.y + dy).toFixed(1)}" font-size="${size}" fill="${colour}">${escapeXml(text)}</text>`;
}

type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
/** A label's box, estimated: CJK glyphs are about one em wide, Latin ones about half. */
function labelBox(text: string, x: number, y: number, size: number): Box {
  const width = [...text].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? size : size * 0.55), 0);
  return [x - width / 2 - 2, y - size, x + width / 2 + 2, y + 3];
}

/** Areas and lines are named at their centre, above or below it, unless that would cover another name. */
function planLabels(plan: PlanPath[], seats: Label[], lang: 'zh' | 'en'): string[] {
  const taken = seats.map((l) => labelBox(lang === 'en' ? l.nameEn ?? l.name : l.name, l.x, l.y + 15, 12));
  const out: string[] = [];
  for (const p of plan.filter((q) => q.shape !== 'point')) {
    const text = lang === 'en' ? p.nameEn : p.nameZh;
    for (const dy of [-8, 14, -22]) {
      const box = labelBox(text, p.x, p.y + dy, 11);
      if (taken.some((b) => overlaps(b, box))) continue;
      taken.push(box);
      out.push(label({ name: p.nameZh, nameEn: p.nameEn, x: p.x, y: p.y }, lang, 11, p.color, dy));
      break;
    }
  }
  return out;
}

/** The drawing the picture is made from and the plan features it shows (the picture's hit test reads the same, preview-hits.ts). */
export function previewDrawing(basemap: BasemapInput, features: AtlasFeature[]): { drawing: FallbackDrawing; plan: PlanPath[] } {
  const { width, height } = PREVIEW_SIZE;
  const drawing = drawFallback(width + 8, height + 8, basemap, features); // it keeps 12 px: with these 4, PADDING
  const shown = new Set(visibleFeatureIds(features, DEFAULT_LAYERS, null));
  return { drawing, plan: drawing.plan.filter((p) => shown.has(p.id)) };
}

/**
 * The SVG document. Its viewBox is Shanxi's box: shown with `preserveAspectRatio` meet in a box of any
 * shape, the province is centred as the WebGL map centres it, and the neighbours drawn beyond the
 * viewBox fill the rest of the box.
 */
export function previewSvg(basemap: BasemapInput, features: AtlasFeature[], lang: 'zh' | 'en'): string {
  const { width, height } = PREVIEW_SIZE;
  const { drawing, plan } = previewDrawing(basemap, features);
  // Simplified together, so that a border two shapes share stays one line.
  const [neighbours, province, rivers, prefectureBorders, rail, ...planD] = simplifyPaths(
    [drawing.neighbours, drawing.province, drawing.rivers, drawing.prefectureBorders, drawing.rail, ...plan.map((p) => (p.shape === 'point' ? '' : p.d))],
    TOLERANCE,
  );
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="4 4 ${width} ${height}" preserveAspectRatio="xMidYMid meet">`,
    // Far beyond the viewBox on every side: the box the image fills may be much wider than Shanxi.
    `<rect x="-4000" y="-4000" width="9000" height="9000" fill="#f1f0ea"/>`,
    // Neighbours as fill only: an outline would show where their context area was clipped.
    neighbours ? `<path d="${neighbours}" fill="#f1f0ea"/>` : '',
    // The province outline is drawn three times (fill, halo, border) from one path.
    `<path id="p" d="${province}" fill="#fdfcf7"/>`,
    stroke(rivers, '#7eb0d9', 0.9),
    stroke(prefectureBorders, '#a3978a', 0.8),
    `<use href="#p" fill="none" stroke="#ffffff" stroke-width="6" stroke-opacity="0.7" vector-effect="non-scaling-stroke"/>`,
    `<use href="#p" fill="none" stroke="#6e6253" stroke-width="1.6" vector-effect="non-scaling-stroke"/>`,
    stroke(rail, '#7b7b7b', 1.2, ' stroke-dasharray="4 2"'),
    ...plan.map((p, i) => {
      const dash = p.schematic ? ` stroke-dasharray="${p.shape === 'area' ? '6 4' : '5 3'}"` : '';
      const d = planD[i];
      if (p.shape === 'area') return `<path d="${d}" fill="${p.color}" fill-opacity="0.1" stroke="${p.color}" stroke-width="1.2" vector-effect="non-scaling-stroke"${dash}/>`;
      if (p.shape === 'line') return stroke(d, '#ffffff', 5, ' stroke-opacity="0.8" stroke-linecap="round"') + stroke(d, p.color, 2.6, ` stroke-linecap="round"${dash}`);
      return `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="4" fill="${p.color}" stroke="#fff" stroke-width="1.4"/>`;
    }),
    `<g font-family="${FONT}" text-anchor="middle" paint-order="stroke" stroke="#fff" stroke-opacity="0.92" stroke-width="3" stroke-linejoin="round">`,
    ...drawing.neighbourLabels.map((l) => label(l, lang, 13, '#9d988c', 0)),
    ...planLabels(plan, drawing.seats, lang),
    ...drawing.seats.map((l) => `<circle cx="${l.x.toFixed(1)}" cy="${l.y.toFixed(1)}" r="2.8" fill="#2f2a24" stroke="#fff" stroke-width="1.2"/>` + label(l, lang, 12, '#221e19', 15)),
    '</g></svg>',
  ];
  return parts.join('');
}
