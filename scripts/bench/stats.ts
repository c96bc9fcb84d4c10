// Small statistics for benchmark samples.

export const median = (xs: number[]): number => quantile(xs, 0.5);

/** Linear-interpolated quantile (q in 0–1) of the samples. */
export function quantile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo);
}

export const round = (n: number, digits = 1): number => Number(n.toFixed(digits));
