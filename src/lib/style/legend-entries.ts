// What the legend shows: the symbols on the map now — the kinds of the plan features drawn, and the
// basemap's lines and seats that are switched on — each drawn from the map style tokens.
import { BASEMAP_STROKES, SEATS, atZoom, type Stroke } from './map-tokens';
import { kindStyle } from './kind-styles';

export type Shape = 'area' | 'line' | 'point';
export type BasemapSymbol = 'hsr' | 'rail' | 'river' | 'provinceBorder' | 'prefectureBorder' | 'countyBorder' | 'prefectureSeat' | 'countySeat';

export type LegendEntry =
  | { type: 'kind'; kind: string; shape: Shape; color: string }
  | { type: 'line'; symbol: BasemapSymbol; color: string; width: number; dash?: [number, number] }
  | { type: 'seat'; symbol: BasemapSymbol; color: string; stroke: string; radius: number };

/** Basemap symbols and the toggle group that switches each off (none: always drawn). */
const BASEMAP_SYMBOLS: [BasemapSymbol, string | null][] = [
  ['prefectureSeat', null], ['countySeat', 'basemap-counties'],
  ['provinceBorder', null], ['prefectureBorder', null], ['countyBorder', 'basemap-counties'],
  ['river', 'basemap-rivers'], ['rail', 'basemap-rail'], ['hsr', 'basemap-rail'],
];

/** A legend line's width: the token's at a mid zoom, at least 1.5 px so that it reads as a line. */
const lineEntry = (symbol: BasemapSymbol, s: Stroke): LegendEntry => ({
  type: 'line', symbol, color: s.color, width: Math.max(1.5, +atZoom(s.width, 7).toFixed(1)), dash: s.dash,
});

export function legendEntries(drawn: { kind: string; shape: Shape }[], basemapOff: string[]): { kinds: LegendEntry[]; basemap: LegendEntry[] } {
  const kinds = new Map<string, Shape>();
  for (const f of drawn) if (!kinds.has(f.kind)) kinds.set(f.kind, f.shape);
  const basemap = BASEMAP_SYMBOLS.filter(([, group]) => !group || !basemapOff.includes(group)).map(([symbol]): LegendEntry => {
    if (symbol === 'prefectureSeat' || symbol === 'countySeat') {
      const seat = symbol === 'prefectureSeat' ? SEATS.prefecture : SEATS.county;
      return { type: 'seat', symbol, color: seat.color, stroke: seat.stroke, radius: Math.max(2.5, atZoom(seat.radius, 7)) };
    }
    if (symbol === 'river') return lineEntry(symbol, { ...BASEMAP_STROKES.river, dash: undefined });
    return lineEntry(symbol, BASEMAP_STROKES[symbol]);
  });
  return {
    kinds: [...kinds].map(([kind, shape]) => ({ type: 'kind', kind, shape, color: kindStyle(kind).color })),
    basemap,
  };
}
