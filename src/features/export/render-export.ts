// Renders the current view as an image: the map canvas (read only once the map is idle) drawn onto a
// 2D canvas, with title, legend, scale bar, north arrow, numbered source quotes and data attribution.
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { ExportContent, LegendEntry } from './export-content';
import { es } from './export-strings';
import { drawQr } from './draw-qr';
import type { Lang } from '../../lib/catalogue/catalogue-types';

/** Bands above and below the map, in CSS pixels (times the map's pixel ratio in the image). */
export const HEADER_PX = 64;
export const FOOTER_LINE_PX = 17;
const ATTRIBUTION_LINE_PX = 14;
/** The view's QR code in the footer, CSS pixels a side (a phone reads it from a print or a screen). */
const QR_PX = 120;
export const FOOTER_LINES = 8;
/** The footer's least height; it grows when footnotes or the attribution wrap onto more lines. */
export const FOOTER_PX = 20 + FOOTER_LINES * FOOTER_LINE_PX;

const FONT = '"Noto Sans SC", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", sans-serif';
const INK = '#1f1b16';
const SOFT = '#5b544a';

/** A round length (1, 2 or 5 × 10ⁿ metres) about `targetPx` long at this latitude and zoom. */
export function scaleBar(lat: number, zoom: number, targetPx = 110): { metres: number; px: number; label: string } {
  const metresPerPx = (40075016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
  const raw = metresPerPx * targetPx;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const metres = [5, 2, 1].map((m) => m * pow).find((m) => m <= raw) ?? pow;
  return { metres, px: metres / metresPerPx, label: metres >= 1000 ? `${metres / 1000} km` : `${metres} m` };
}

function fitText(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= width) lo = mid; else hi = mid - 1;
  }
  return `${text.slice(0, lo)}…`;
}

/**
 * Greedy line breaking: breaks after spaces and between CJK characters, so that nothing is cut.
 * A word longer than the width gets a line of its own. Lines keep their trailing spaces, so that
 * joined they give the text back; trim them to draw.
 */
export function wrapText(measure: (text: string) => number, text: string, width: number): string[] {
  const pieces = text.match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef][、，。：；）」』》]*|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (line && measure((line + piece).trimEnd()) > width) {
      lines.push(line);
      line = piece;
    } else line += piece;
  }
  if (line) lines.push(line);
  return lines;
}

function drawLegend(ctx: CanvasRenderingContext2D, entries: LegendEntry[], x: number, y: number, s: number, lang: Lang): void {
  const shown = entries.slice(0, 10);
  ctx.font = `${12 * s}px ${FONT}`;
  const w = Math.max(...shown.map((e) => ctx.measureText(e.label).width), ctx.measureText(es(lang, 'schematic')).width, 60 * s) + 48 * s;
  const h = (28 + (shown.length + 1) * 18) * s;
  const left = x - w;
  ctx.fillStyle = 'rgba(255,253,248,0.94)';
  ctx.strokeStyle = '#cfc6b6';
  ctx.lineWidth = 1 * s;
  ctx.fillRect(left, y, w, h);
  ctx.strokeRect(left, y, w, h);
  ctx.fillStyle = INK;
  ctx.font = `bold ${12.5 * s}px ${FONT}`;
  ctx.textBaseline = 'middle';
  ctx.fillText(es(lang, 'legend'), left + 10 * s, y + 14 * s);
  ctx.font = `${12 * s}px ${FONT}`;
  const rows = [...shown.map((e) => ({ ...e, dashed: false })), { label: es(lang, 'schematic'), color: SOFT, shape: 'line' as const, dashed: true }];
  rows.forEach((e, i) => {
    const cy = y + (32 + i * 18) * s;
    const sx = left + 10 * s;
    ctx.strokeStyle = e.color;
    ctx.fillStyle = e.color;
    if (e.shape === 'area') {
      ctx.globalAlpha = 0.2; ctx.fillRect(sx, cy - 6 * s, 22 * s, 12 * s); ctx.globalAlpha = 1;
      ctx.lineWidth = 1.5 * s; ctx.strokeRect(sx, cy - 6 * s, 22 * s, 12 * s);
    } else if (e.shape === 'line') {
      ctx.lineWidth = 3 * s; ctx.setLineDash(e.dashed ? [5 * s, 3 * s] : []);
      ctx.beginPath(); ctx.moveTo(sx, cy); ctx.lineTo(sx + 22 * s, cy); ctx.stroke(); ctx.setLineDash([]);
    } else {
      ctx.beginPath(); ctx.arc(sx + 11 * s, cy, 5 * s, 0, Math.PI * 2); ctx.fill();
    }
    ctx.fillStyle = INK;
    ctx.fillText(e.label, sx + 30 * s, cy);
  });
}

function drawNorthArrow(ctx: CanvasRenderingContext2D, x: number, y: number, s: number, lang: Lang): void {
  ctx.fillStyle = 'rgba(255,253,248,0.9)';
  ctx.beginPath(); ctx.arc(x, y + 22 * s, 22 * s, 0, Math.PI * 2); ctx.fill();
  ctx.fillStyle = INK;
  ctx.beginPath(); ctx.moveTo(x, y + 6 * s); ctx.lineTo(x + 8 * s, y + 30 * s); ctx.lineTo(x, y + 25 * s); ctx.lineTo(x - 8 * s, y + 30 * s); ctx.closePath(); ctx.fill();
  ctx.font = `bold ${11 * s}px ${FONT}`;
  ctx.textAlign = 'center'; ctx.textBaseline = 'top';
  ctx.fillText(es(lang, 'north'), x, y + 32 * s);
  ctx.textAlign = 'left';
}

function drawScale(ctx: CanvasRenderingContext2D, map: MaplibreMap, x: number, y: number, s: number): void {
  const bar = scaleBar(map.getCenter().lat, map.getZoom());
  const w = bar.px * s;
  ctx.fillStyle = 'rgba(255,253,248,0.9)';
  ctx.fillRect(x - 6 * s, y - 20 * s, w + 12 * s + 50 * s, 28 * s);
  ctx.strokeStyle = INK; ctx.lineWidth = 2 * s;
  ctx.beginPath(); ctx.moveTo(x, y - 6 * s); ctx.lineTo(x, y); ctx.lineTo(x + w, y); ctx.lineTo(x + w, y - 6 * s); ctx.stroke();
  ctx.fillStyle = INK; ctx.font = `${12 * s}px ${FONT}`; ctx.textBaseline = 'alphabetic';
  ctx.fillText(bar.label, x + w + 6 * s, y);
}

/**
 * The finished image and the texts drawn in it (for its text alternative). The map must be idle (see
 * mapReady). `withText` false leaves out title and footnotes (print adds its own).
 */
export function renderExport(map: MaplibreMap, content: ExportContent, lang: Lang, withText = true): { canvas: HTMLCanvasElement; text: string[] } {
  const src = map.getCanvas();
  const s = src.width / src.clientWidth || 1;
  const out = document.createElement('canvas');
  const ctx = out.getContext('2d')!;
  const pad = 14 * s;
  ctx.font = `${10.5 * s}px ${FONT}`;
  const attribution = withText ? wrapText((t) => ctx.measureText(t).width, `${es(lang, 'data')}: ${content.attribution}`, src.width - 2 * pad) : [];
  // The view's link as a QR code at the footer's right: the footnotes wrap (never cut: they quote) in the width left.
  const qrCss = withText && content.link ? QR_PX : 0;
  const notesWidth = src.width - 2 * pad - (qrCss ? (qrCss + 14) * s : 0);
  ctx.font = `${11.5 * s}px ${FONT}`;
  const notes = content.footnotes.slice(0, FOOTER_LINES - 2)
    .map((note) => wrapText((t) => ctx.measureText(t).width, `[${note.n}] ${note.label ? `${note.label}: ` : ''}“${note.quote}” — ${note.source}`, notesWidth));
  const noteLines = notes.reduce((n, lines) => n + lines.length, 0);
  const footerCss = Math.max(FOOTER_PX, 26 + (1 + noteLines) * FOOTER_LINE_PX + attribution.length * ATTRIBUTION_LINE_PX, qrCss ? qrCss + 24 + attribution.length * ATTRIBUTION_LINE_PX : 0);
  const header = withText ? HEADER_PX * s : 0;
  const footer = withText ? Math.round(footerCss * s) : 0;
  out.width = src.width;
  out.height = src.height + header + footer;
  const drawn: string[] = [];
  ctx.fillStyle = '#fffdf8';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(src, 0, header);

  if (withText) {
    ctx.fillStyle = '#7a2e1f';
    ctx.font = `bold ${22 * s}px ${FONT}`;
    ctx.textBaseline = 'alphabetic';
    ctx.fillText(content.title, pad, 30 * s);
    ctx.fillStyle = INK;
    ctx.font = `${15 * s}px ${FONT}`;
    const subtitle = fitText(ctx, content.subtitle, out.width - 2 * pad);
    ctx.fillText(subtitle, pad, 52 * s);
    drawn.push(content.title, subtitle);
    ctx.fillStyle = SOFT;
    ctx.font = `${11 * s}px ${FONT}`;
    ctx.textAlign = 'right';
    ctx.fillText(content.date, out.width - pad, 30 * s);
    ctx.textAlign = 'left';
  }
  drawNorthArrow(ctx, pad + 22 * s, header + pad, s, lang);
  drawLegend(ctx, content.legend, out.width - pad, header + pad, s, lang);
  drawScale(ctx, map, pad + 6 * s, header + src.height - pad, s);

  ctx.textBaseline = 'alphabetic';
  if (withText) {
    if (qrCss && drawQr(ctx, content.link!, out.width - pad - qrCss * s, header + src.height + 6 * s, qrCss * s)) drawn.push(content.link!);
    let y = header + src.height + 18 * s;
    ctx.font = `bold ${12 * s}px ${FONT}`;
    ctx.fillStyle = INK;
    ctx.fillText(es(lang, 'sources'), pad, y);
    ctx.font = `${11.5 * s}px ${FONT}`;
    for (const lines of notes) {
      for (const line of lines) {
        y += FOOTER_LINE_PX * s;
        ctx.fillText(line.trimEnd(), pad, y);
      }
      drawn.push(lines.join('').trim());
    }
    ctx.fillStyle = SOFT;
    ctx.font = `${10.5 * s}px ${FONT}`;
    // The attribution in full, on as many lines as it needs, at the foot of the image.
    attribution.forEach((line, i) => {
      ctx.fillText(line.trimEnd(), pad, header + src.height + footer - (10 + (attribution.length - 1 - i) * ATTRIBUTION_LINE_PX) * s);
    });
    drawn.push(attribution.join('').trim());
  } else {
    ctx.fillStyle = SOFT;
    ctx.font = `${10 * s}px ${FONT}`;
    ctx.textAlign = 'right';
    ctx.fillText(es(lang, 'illustrative'), out.width - pad, src.height - 6 * s);
    ctx.textAlign = 'left';
  }
  return { canvas: out, text: drawn };
}
