// "What's here": the plan features under a click, most specific first — points, then lines, then areas
// from the smallest — each once. Both maps (maplibre and SVG) order their hits with it. Pure.

export interface Hit { id: string; shape: 'point' | 'line' | 'area'; area: number }

const SHAPE_ORDER = { point: 0, line: 1, area: 2 } as const;

export function smallestFirst(hits: Hit[]): string[] {
  const sorted = [...hits].sort((a, b) => SHAPE_ORDER[a.shape] - SHAPE_ORDER[b.shape] || a.area - b.area || a.id.localeCompare(b.id));
  return [...new Set(sorted.map((h) => h.id))];
}
