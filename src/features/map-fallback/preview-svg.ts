// The map's first view as one static SVG file, made at build time from the SVG map's own drawing (same
// basemap, same default layers, same kind colours). The app shows it as an image while the WebGL map's
// code has not been asked for, so the first paint never waits for maplibre. No React, no DOM.
import type { AtlasFeature } from '../../lib/catalogue/catalogue-types';
import { DEFAULT_LAYERS, visibleFeatureIds } from '../../lib/catalogue/layer-visibility';
import { drawFallback, type BasemapInput, type Label, type PlanPath } from './fallback-geometry';

const PADDING = 16; // the WebGL map's fitBounds padding
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
/** Shanxi's box as the WebGL map opens on it (SHANXI_BOX in fallback-geometry): height ÷ width in Mercator. */
const BOX_ASPECT = (mercatorY(40.75) - mercatorY(34.55)) / (((114.6 - 110.2) * Math.PI) / 180);

/** The drawing's own size: Shanxi's Mercator box with the WebGL map's padding around it. */
export const PREVIEW_SIZE = { width: 520, height: Math.round((520 - 2 * PADDING) * BOX_ASPECT + 2 * PADDING) };

const FONT = "'Noto Sans CJK SC','Noto Sans SC','PingFang SC','Microsoft YaHei',sans-serif";

/** Vertices closer than this to the last one kept are dropped (in drawing units, about a pixel). */
const MIN_STEP = 2;
/**
 * Vertices closer than this (in picture units, ≈ 2.5 px on a desktop) to the line through their kept
 * neighbours are dropped too. Measured on a software renderer, the picture's vertex count, not its
 * file size, held up the live map being set up beside it (both are drawn by the GPU process): with
 * 2,500 vertices instead of 8,600 the map's WebGL context was ready ≈0.7 s sooner.
 */
const TOLERANCE = 2;

/** Douglas–Peucker: the points that stay within `tolerance` of the simplified line, ends always kept. */
export function simplifyLine(points: number[][], tolerance: number): number[][] {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const spans: [number, number][] = [[0, points.length - 1]];
  while (spans.length) {
    const [a, b] = spans.pop()!;
    const [ax, ay] = points[a];
    const [bx, by] = points[b];
    const length = Math.hypot(bx - ax, by - ay);
    let farthest = -1;
    let distance = tolerance;
    for (let i = a + 1; i < b; i++) {
      const [x, y] = points[i];
      const d = length ? Math.abs((bx - ax) * (ay - y) - (ax - x) * (by - ay)) / length : Math.hypot(x - ax, y - ay);
      if (d > distance) { distance = d; farthest = i; }
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    spans.push([a, farthest], [farthest, b]);
  }
  return points.filter((_, i) => keep[i]);
}

/**
 * d3's path data (`M x,y L x,y … Z`) thinned for a picture: vertices within MIN_STEP of the previous
 * kept one are dropped, then those within TOLERANCE of the line through their neighbours (a subpath's
 * ends are always kept); coordinates are rounded to a tenth and written as relative steps
 * (`m x,y l dx,dy …`), measured between rounded points so nothing drifts.
 */
export function coarse(d: string): string {
  const round = (n: number) => Math.round(n * 10) / 10;
  return d.replace(/M[^MZ]*Z?/g, (sub) => {
    const closed = sub.endsWith('Z');
    const points = sub.replace(/Z$/, '').slice(1).split('L').map((xy) => xy.split(',').map(Number));
    const spaced = [points[0]];
    for (let i = 1; i < points.length; i++) {
      const [x, y] = points[i];
      const [px, py] = spaced[spaced.length - 1];
      if (i === points.length - 1 || Math.hypot(x - px, y - py) >= MIN_STEP) spaced.push(points[i]);
    }
    const kept = simplifyLine(spaced, TOLERANCE);
    if (closed && kept.length < 3) return '';
    const r = kept.map(([x, y]) => [round(x), round(y)]);
    const steps = r.slice(1).map(([x, y], i) => `${round(x - r[i][0])},${round(y - r[i][1])}`.replace(/(^|,)(-?)0\./g, '$1$2.'));
    return `M${r[0][0]},${r[0][1]}${steps.length ? `l${steps.join(' ')}` : ''}${closed ? 'Z' : ''}`;
  });
}

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

const stroke = (d: string, colour: string, width: number, extra = '') =>
  d ? `<path d="${coarse(d)}" fill="none" stroke="${colour}" stroke-width="${width}" vector-effect="non-scaling-stroke"${extra}/>` : '';

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

/**
 * The SVG document. Its viewBox is Shanxi's box: shown with `preserveAspectRatio` meet in a box of any
 * shape, the province is centred as the WebGL map centres it, and the neighbours drawn beyond the
 * viewBox fill the rest of the box.
 */
export function previewSvg(basemap: BasemapInput, features: AtlasFeature[], lang: 'zh' | 'en'): string {
  const { width, height } = PREVIEW_SIZE;
  const drawing = drawFallback(width + 8, height + 8, basemap, features); // it keeps 12 px: with these 4, PADDING
  const shown = new Set(visibleFeatureIds(features, DEFAULT_LAYERS, null));
  const plan = drawing.plan.filter((p) => shown.has(p.id));
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="4 4 ${width} ${height}" preserveAspectRatio="xMidYMid meet">`,
    // Far beyond the viewBox on every side: the box the image fills may be much wider than Shanxi.
    `<rect x="-4000" y="-4000" width="9000" height="9000" fill="#f1f0ea"/>`,
    // Neighbours as fill only: an outline would show where their context area was clipped.
    drawing.neighbours ? `<path d="${coarse(drawing.neighbours)}" fill="#f1f0ea"/>` : '',
    // The province outline is drawn three times (fill, halo, border) from one path.
    `<path id="p" d="${coarse(drawing.province)}" fill="#fdfcf7"/>`,
    stroke(drawing.rivers, '#7eb0d9', 0.9),
    stroke(drawing.prefectureBorders, '#a3978a', 0.8),
    `<use href="#p" fill="none" stroke="#ffffff" stroke-width="6" stroke-opacity="0.7" vector-effect="non-scaling-stroke"/>`,
    `<use href="#p" fill="none" stroke="#6e6253" stroke-width="1.6" vector-effect="non-scaling-stroke"/>`,
    stroke(drawing.rail, '#7b7b7b', 1.2, ' stroke-dasharray="4 2"'),
    ...plan.map((p) => {
      const dash = p.schematic ? ` stroke-dasharray="${p.shape === 'area' ? '6 4' : '5 3'}"` : '';
      if (p.shape === 'area') return `<path d="${coarse(p.d)}" fill="${p.color}" fill-opacity="0.1" stroke="${p.color}" stroke-width="1.2" vector-effect="non-scaling-stroke"${dash}/>`;
      if (p.shape === 'line') return stroke(p.d, '#ffffff', 5, ' stroke-opacity="0.8" stroke-linecap="round"') + stroke(p.d, p.color, 2.6, ` stroke-linecap="round"${dash}`);
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
