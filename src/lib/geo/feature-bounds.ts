import { bbox } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';

/** [[west, south], [east, north]] of a feature, or null when it has no geometry. */
export function featureBounds(f: Feature<Geometry | null>): [[number, number], [number, number]] | null {
  if (!f.geometry) return null;
  const [w, s, e, n] = bbox(f as Feature<Geometry>);
  return [[w, s], [e, n]];
}
