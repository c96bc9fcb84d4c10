// The picture's SVG with its viewBox widened (or heightened) to a box's shape, centred: drawn into that
// box it then shows exactly what `preserveAspectRatio="xMidYMid meet"` shows on screen, context beyond
// the original viewBox included. Pure.

export function fitViewBox(svg: string, width: number, height: number): string {
  return svg.replace(/viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/, (whole, xs: string, ys: string, ws: string, hs: string) => {
    const [x, y, w, h] = [xs, ys, ws, hs].map(Number);
    if (!(width > 0 && height > 0 && w > 0 && h > 0)) return whole;
    const box = width / height;
    const [nw, nh] = box > w / h ? [h * box, h] : [w, w / box];
    const round = (n: number) => Math.round(n * 100) / 100;
    return `viewBox="${round(x - (nw - w) / 2)} ${round(y - (nh - h) / 2)} ${round(nw)} ${round(nh)}"`;
  });
}
