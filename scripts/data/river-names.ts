/**
 * Assign names to unnamed WDBII river segments by matching them against authored reference
 * polylines: a segment takes the name of the reference that most of its length lies close to.
 */
import { pointToPolylineKm, distanceKm } from './geo-math.ts';
import type { RiverReference } from './river-references.ts';

export interface MatchOptions {
  /** A vertex counts as "on" the reference within this distance (km). */
  toleranceKm: number;
  /** Share of the segment's length that must lie within tolerance. */
  minShare: number;
}

export const DEFAULT_MATCH: MatchOptions = { toleranceKm: 6, minShare: 0.75 };

/** Share (0–1) of the line's length whose vertices lie within toleranceKm of the reference. */
export function shareNear(line: ReadonlyArray<readonly number[]>, ref: ReadonlyArray<readonly number[]>, toleranceKm: number): number {
  let near = 0;
  let total = 0;
  let prevNear = pointToPolylineKm(line[0]!, ref) <= toleranceKm;
  for (let i = 1; i < line.length; i++) {
    const d = distanceKm(line[i - 1]!, line[i]!);
    const isNear = pointToPolylineKm(line[i]!, ref) <= toleranceKm;
    total += d;
    if (isNear && prevNear) near += d;
    else if (isNear || prevNear) near += d / 2;
    prevNear = isNear;
  }
  return total === 0 ? (prevNear ? 1 : 0) : near / total;
}

/** Best-matching reference name, or undefined. Ties go to the reference with the higher share. */
export function matchRiverName(line: ReadonlyArray<readonly number[]>, refs: ReadonlyArray<RiverReference>, opts: MatchOptions = DEFAULT_MATCH): string | undefined {
  let best: { name: string; share: number } | undefined;
  for (const r of refs) {
    const share = shareNear(line, r.points, opts.toleranceKm);
    if (share >= opts.minShare && (!best || share > best.share)) best = { name: r.name, share };
  }
  return best?.name;
}
