// Results of the build's slow geometry checks (overlay with Shanxi's outline, self-intersection, validity),
// kept by check and coordinates. A build run again on an almost unchanged catalogue — the authoring server
// builds the whole catalogue to check each draft — recomputes only the geometries that changed.
import type { Geometry } from 'geojson';

export class GeometryMemo {
  private readonly results = new Map<string, unknown>();

  /** `compute()`'s result for this check of this geometry, computed once. */
  get<T>(check: string, geometry: Geometry, compute: () => T): T {
    const key = `${check}\n${JSON.stringify(geometry)}`;
    if (this.results.has(key)) return this.results.get(key) as T;
    const value = compute();
    this.results.set(key, value);
    return value;
  }
}

/** Without a memo, every check is computed. */
export const computeOnce = <T>(memo: GeometryMemo | undefined, check: string, geometry: Geometry, compute: () => T): T =>
  memo ? memo.get(check, geometry, compute) : compute();
