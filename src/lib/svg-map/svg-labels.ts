// The SVG map's names at a zoom: the live map's label set (plan structures drawn, prefecture seats,
// neighbours, mountains, rivers, railways, county seats from the live map's minimum zoom), in the tokens' sizes at
// that zoom, placed greedily by priority (plan structures first, as on the live map) so none overlap. Pure.
import { atZoom, isNarrowMap, type BasemapLabel, type MapTheme } from '../style/map-tokens';
import { placeLabels, type Box, type LabelRequest } from './place-labels';

export type SvgLabelKind = 'plan' | BasemapLabel;

export interface SvgLabelInput {
  kind: SvgLabelKind;
  id: string;
  text: string;
  /** Screen position of the anchor (a seat, a label point). */
  x: number;
  y: number;
  /** A plan site's dot (smaller name, beside the dot). */
  site?: boolean;
  /** Lines under the name (a frame part's group label). */
  extraLines?: number;
  /** Named even where it overlaps (an open frame's part, as on the live map). */
  force?: boolean;
}

export interface SvgLabel { input: SvgLabelInput; x: number; y: number; size: number; box: Box }

/** Placement order: what the live map places first comes first. */
const ORDER: SvgLabelKind[] = ['plan', 'prefecture', 'neighbour', 'mountain', 'river', 'county', 'rail'];

/** A label's size at a zoom, as the live map draws it (plan names smaller on a smaller map and in English). */
export function svgLabelSize(kind: SvgLabelKind, zoom: number, theme: MapTheme, lang: 'zh' | 'en', site = false, narrow = false): number {
  if (kind !== 'plan') return atZoom(theme.labels[kind].size, zoom);
  const l = theme.planLabel;
  const base = (site ? l.pointSize : l.size) * (lang === 'en' ? l.enScale * (narrow ? l.narrowEnScale : 1) : 1);
  return atZoom([[6, base * l.zoom6Scale], [9, base]], zoom);
}

const shown = (kind: SvgLabelKind, zoom: number, theme: MapTheme) =>
  kind === 'plan' || (!theme.hiddenLabels.includes(kind) && zoom >= (theme.labels[kind].minzoom ?? 0));

/** Offsets (in ems) from the anchor to the text's baseline centre, best first. */
function candidates(input: SvgLabelInput, size: number): [number, number][] {
  const em = (pts: [number, number][]) => pts.map(([dx, dy]): [number, number] => [dx * size, dy * size]);
  if (input.kind === 'plan' && !input.site) return em([[0, 0.35], [0, 1.6], [0, -0.9], [-3, 0.35], [3, 0.35], [0, 2.8], [0, -2.1]]);
  // A railway's name on its line's middle, else just beside it.
  if (input.kind === 'rail') return em([[0, 0.35], [0, 1.3], [0, -0.6]]);
  // Below the seat (or dot), else above, right, left.
  return em([[0, 1.3], [0, -0.6], [2.4, 0.35], [-2.4, 0.35]]);
}

/** The names drawn and where, in `view` (screen box), at a zoom, none overlapping; English plan names smaller on a phone-wide view, as on the live map. */
export function svgLabels(inputs: SvgLabelInput[], zoom: number, theme: MapTheme, lang: 'zh' | 'en', view: Box): SvgLabel[] {
  const narrow = isNarrowMap(view[2] - view[0]);
  const sized = inputs
    .filter((i) => shown(i.kind, zoom, theme))
    .map((input, n) => ({ input, n, size: svgLabelSize(input.kind, zoom, theme, lang, input.site, narrow) }))
    .sort((a, b) => ORDER.indexOf(a.input.kind) - ORDER.indexOf(b.input.kind) || a.n - b.n);
  const requests = sized.map(({ input, size }): LabelRequest => ({
    text: input.text, x: input.x, y: input.y, size, lines: 1 + (input.extraLines ?? 0), force: input.force, candidates: candidates(input, size),
  }));
  return placeLabels(requests, [], view).map((p) => ({ input: sized[requests.indexOf(p.request)].input, x: p.x, y: p.y, size: p.request.size, box: p.box }));
}
