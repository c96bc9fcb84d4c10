// Where a line's repeated name goes on the SVG map, as maplibre's line placement repeats it: every `spacing`
// screen pixels along each part, the first half a spacing from its start. Pure.
export type Point = [number, number];

export function pointsAlong(parts: Point[][], spacing: number): Point[] {
  const out: Point[] = [];
  for (const part of parts) {
    let next = spacing / 2;
    let walked = 0;
    for (let i = 1; i < part.length; i++) {
      const [a, b] = [part[i - 1]!, part[i]!];
      const d = Math.hypot(b[0] - a[0], b[1] - a[1]);
      while (d > 0 && walked + d >= next) {
        const t = (next - walked) / d;
        out.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]);
        next += spacing;
      }
      walked += d;
    }
  }
  return out;
}
