// Results of the build's slow geometry checks (overlay with Shanxi's outline, self-intersection, validity),
// kept by coordinates and check. A build run again on an almost unchanged catalogue — the authoring server
// builds the whole catalogue to check each draft — recomputes only the geometries that changed. One memo
// serves one outline of Shanxi (an author session's basemap): the overlay results are not keyed by it.
import type { Geometry } from 'geojson';

/** A geometry's results, by check. */
export type MemoEntry = [geometryKey: string, results: Record<string, unknown>];

export class GeometryMemo {
  /** Geometry key → check → result. */
  private readonly results = new Map<string, Map<string, unknown>>();
  /** Whether a result was computed since the memo was made. */
  changed = false;

  /**
   * `keyOf` names a geometry by its JSON (itself, or a digest of it for a memo kept on disk); `known` are results
   * kept from an earlier build under the same keys.
   */
  constructor(private readonly keyOf: (json: string) => string = (json) => json, known: Iterable<MemoEntry> = []) {
    for (const [key, results] of known) this.results.set(key, new Map(Object.entries(results)));
  }

  /** `compute()`'s result for this check of this geometry, computed once. */
  get<T>(check: string, geometry: Geometry, compute: () => T): T {
    const key = this.keyOf(JSON.stringify(geometry));
    let checks = this.results.get(key);
    if (!checks) this.results.set(key, (checks = new Map()));
    if (checks.has(check)) return checks.get(check) as T;
    const value = compute();
    checks.set(check, value);
    this.changed = true;
    return value;
  }

  /** Every result, to keep (JSON-safe when the checks' results are). */
  entries(): MemoEntry[] {
    return [...this.results].map(([key, checks]) => [key, Object.fromEntries(checks)]);
  }
}

/** Without a memo, every check is computed. */
export const computeOnce = <T>(memo: GeometryMemo | undefined, check: string, geometry: Geometry, compute: () => T): T =>
  memo ? memo.get(check, geometry, compute) : compute();
