// Results of the build's slow geometry checks (overlay with Shanxi's outline, self-intersection, validity),
// kept by coordinates and check. A build run again on an almost unchanged catalogue — the authoring server
// builds the whole catalogue to check each draft — recomputes only the geometries that changed. One memo
// serves one outline of Shanxi (an author session's basemap): the overlay results are not keyed by it.
import type { Geometry } from 'geojson';

export class GeometryMemo {
  /** Geometry (as JSON) → check → result. */
  private readonly results = new Map<string, Map<string, unknown>>();

  /** `compute()`'s result for this check of this geometry, computed once. */
  get<T>(check: string, geometry: Geometry, compute: () => T): T {
    const key = JSON.stringify(geometry);
    let checks = this.results.get(key);
    if (!checks) this.results.set(key, (checks = new Map()));
    if (checks.has(check)) return checks.get(check) as T;
    const value = compute();
    checks.set(check, value);
    return value;
  }
}

/** Without a memo, every check is computed. */
export const computeOnce = <T>(memo: GeometryMemo | undefined, check: string, geometry: Geometry, compute: () => T): T =>
  memo ? memo.get(check, geometry, compute) : compute();
