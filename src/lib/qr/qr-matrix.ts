// A QR code as its modules, and how it is drawn: one SVG path or canvas rectangles, a run of dark modules
// in a row at a time. The encoding itself sits behind `QrEncoder` (encode-qr.ts). Pure.

/** Rows of modules, top to bottom; true = dark. Square. No quiet zone: the drawing adds it. */
export type QrMatrix = boolean[][];

/** Text → modules. */
export type QrEncoder = (text: string) => QrMatrix;

/** The quiet zone QR readers need around the code, in modules. */
export const QUIET_ZONE = 4;

export interface QrRun { x: number; y: number; length: number }

/** The horizontal runs of dark modules, row by row. */
export function qrRuns(matrix: QrMatrix): QrRun[] {
  const runs: QrRun[] = [];
  matrix.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      runs.push({ x: start, y, length: x - start + 1 });
    }
  });
  return runs;
}

/** An SVG path of the dark modules, in module units, shifted by the quiet zone (viewBox 0 0 size+8 size+8). */
export function qrSvgPath(matrix: QrMatrix, margin = QUIET_ZONE): string {
  return qrRuns(matrix).map((r) => `M${r.x + margin} ${r.y + margin}h${r.length}v1h-${r.length}z`).join('');
}
