// Label placement for the build-time picture: each label takes the first of its candidate positions
// whose box is clear of every obstacle (screen furniture over the picture, seat dots) and of every
// label placed before it; a label with no clear position is left out. Pure: boxes in, positions out.

/** [x0, y0, x1, y1] in picture units. */
export type Box = [number, number, number, number];

export interface LabelRequest {
  text: string;
  /** The anchor (text centre, baseline) before any offset. */
  x: number;
  y: number;
  size: number;
  /** Lines of text (a name with a line under it); 1 if left out. */
  lines?: number;
  /** Placed at its first candidate even when no position is clear (an open frame's part: every part is named). */
  force?: boolean;
  /** Offsets [dx, dy] from the anchor to try, best first. */
  candidates: [number, number][];
}

export interface PlacedLabel { request: LabelRequest; x: number; y: number; box: Box }

export const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
const inside = (a: Box, area: Box) => a[0] >= area[0] && a[1] >= area[1] && a[2] <= area[2] && a[3] <= area[3];

/** A label's box, estimated: CJK glyphs are about one em wide, Latin ones a little over half; the font's line box runs 1.16 em above the baseline. */
export function labelBox(text: string, x: number, y: number, size: number, lines = 1): Box {
  const width = [...text].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? size : size * 0.58), 0);
  return [x - width / 2 - 2, y - size * 1.16, x + width / 2 + 2, y + size * (0.3 + 1.15 * (lines - 1))];
}

/**
 * Places labels in order (the first wins). `area` is where a label may go at all (the part of the
 * picture every screen shows); `obstacles` are never covered.
 */
export function placeLabels(requests: LabelRequest[], obstacles: Box[], area: Box): PlacedLabel[] {
  const taken = [...obstacles];
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    const at = ([dx, dy]: [number, number]) => {
      const [x, y] = [request.x + dx, request.y + dy];
      return { request, x, y, box: labelBox(request.text, x, y, request.size, request.lines) };
    };
    const clear = request.candidates.map(at).find(({ box }) => inside(box, area) && !taken.some((b) => overlaps(b, box)));
    const label = clear ?? (request.force && request.candidates.length ? at(request.candidates[0]) : undefined);
    if (!label) continue;
    taken.push(label.box);
    placed.push(label);
  }
  return placed;
}

/** Offsets around an anchor, nearest first: the anchor's own place, then rings `step` apart. */
export function ringOffsets(first: [number, number][], step: [number, number], rings: number): [number, number][] {
  const out: [number, number][] = [...first];
  for (let r = 1; r <= rings; r++) {
    for (const [ux, uy] of [[0, -1], [0, 1], [-1, 0], [1, 0], [-1, -1], [1, -1], [-1, 1], [1, 1]]) out.push([ux * r * step[0], uy * r * step[1]]);
  }
  return out;
}
