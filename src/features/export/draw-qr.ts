// The view's link as a QR code in an exported image: white square with its quiet zone, dark modules drawn
// as runs in whole pixels.
import { encodeQr } from '../../lib/qr/encode-qr';
import { QUIET_ZONE, qrRuns } from '../../lib/qr/qr-matrix';

/** Draws the code in the square at (x, y) of side `size`. */
export function drawQr(ctx: CanvasRenderingContext2D, url: string, x: number, y: number, size: number): boolean {
  const matrix = encodeQr(url);
  const modules = matrix.length + 2 * QUIET_ZONE;
  const unit = Math.floor(size / modules) || 1; // whole pixels per module: sharp edges
  const side = unit * modules;
  const left = Math.round(x + (size - side) / 2);
  const top = Math.round(y + (size - side) / 2);
  ctx.fillStyle = '#fff';
  ctx.fillRect(left, top, side, side);
  ctx.fillStyle = '#000';
  for (const r of qrRuns(matrix)) ctx.fillRect(left + (r.x + QUIET_ZONE) * unit, top + (r.y + QUIET_ZONE) * unit, r.length * unit, unit);
  return true;
}
