// Geometry recipes → GeoJSON. Pure: everything it knows about places comes from a PlaceIndex.
// Unions of counties/prefectures are merged in their shared topology (no slivers); lines, buffers
// and bands are built with turf.
import { buffer, lineSlice, lineString, point, multiPoint } from '@turf/turf';
import type { Geometry, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { SHANXI_EXTENT } from './shanxi-extent';

export type Recipe =
  | { type: 'counties'; names: string[] }
  | { type: 'prefectures'; names: string[] }
  | { type: 'line'; through: string[]; more?: string[][] }
  | { type: 'corridor'; through: string[]; widthKm: number }
  | { type: 'point'; place: string }
  | { type: 'points'; places: string[] }
  | { type: 'band'; along: string[]; widthKm: number }
  | { type: 'river'; name: string; also?: string[] }
  | { type: 'route'; name: string; from?: string; to?: string; widthKm?: number }
  | { type: 'external'; place?: string; direction?: string }
  | { type: 'none'; reason: string; reasonZh: string };

export interface PlaceIndex {
  /** Union of the named county-level units (or prefectures), or the names that are unknown. */
  union(level: 'county' | 'prefecture', names: string[]): { geometry: Polygon | MultiPolygon | null; unknown: string[] };
  /** A seat or a named place. */
  point(name: string): [number, number] | undefined;
  river(name: string): Geometry | undefined;
  /** The river's line is hand-drawn (authored), not surveyed. */
  riverAuthored?(name: string): boolean;
  /** A named route (rail, road, line) defined once: every feature that follows it uses this line. */
  route?(name: string): LineString | undefined;
}

export interface RecipeResult { geometry: Geometry | null; errors: string[]; direction?: string; authored?: boolean }

/** The centre and context box used to place arrows towards regions outside Shanxi. */
const SHANXI_CENTRE: [number, number] = [112.3, 37.7];
const [W, S, E, N] = SHANXI_EXTENT;
/** The map's extent and a little more: arrows end near its edge. */
const CONTEXT_BOX = { w: W - 0.3, s: S - 0.25, e: E + 0.25, n: N + 0.3 };
const COMPASS: Record<string, number> = { N: 0, NE: 45, E: 90, SE: 135, S: 180, SW: 225, W: 270, NW: 315 };

const points = (names: string[], index: PlaceIndex, errors: string[]) =>
  names.flatMap((n) => {
    const p = index.point(n);
    if (!p) errors.push(`unknown place «${n}»`);
    return p ? [p] : [];
  });

/** Where a ray from Shanxi's centre at `bearing` degrees leaves the context box. */
export function edgePoint(bearing: number): [number, number] {
  const rad = (bearing * Math.PI) / 180;
  const dx = Math.sin(rad) / Math.cos((SHANXI_CENTRE[1] * Math.PI) / 180);
  const dy = Math.cos(rad);
  const ts = [
    dx > 0 ? (CONTEXT_BOX.e - SHANXI_CENTRE[0]) / dx : dx < 0 ? (CONTEXT_BOX.w - SHANXI_CENTRE[0]) / dx : Infinity,
    dy > 0 ? (CONTEXT_BOX.n - SHANXI_CENTRE[1]) / dy : dy < 0 ? (CONTEXT_BOX.s - SHANXI_CENTRE[1]) / dy : Infinity,
  ];
  const t = Math.min(...ts);
  return [SHANXI_CENTRE[0] + dx * t, SHANXI_CENTRE[1] + dy * t];
}

export function bearingTo(target: [number, number]): number {
  const dx = (target[0] - SHANXI_CENTRE[0]) * Math.cos((SHANXI_CENTRE[1] * Math.PI) / 180);
  const dy = target[1] - SHANXI_CENTRE[1];
  return ((Math.atan2(dx, dy) * 180) / Math.PI + 360) % 360;
}

const compassName = (bearing: number) =>
  Object.entries(COMPASS).reduce((best, [k, v]) => {
    const d = Math.min(Math.abs(bearing - v), 360 - Math.abs(bearing - v));
    return d < best.d ? { k, d } : best;
  }, { k: 'N', d: 999 }).k;

export function resolveRecipe(recipe: Recipe, index: PlaceIndex): RecipeResult {
  const errors: string[] = [];
  switch (recipe.type) {
    case 'counties':
    case 'prefectures': {
      if (!recipe.names?.length) return { geometry: null, errors: ['empty name list'] };
      const { geometry, unknown } = index.union(recipe.type === 'counties' ? 'county' : 'prefecture', recipe.names);
      for (const u of unknown) errors.push(`unknown ${recipe.type === 'counties' ? 'county' : 'prefecture'} «${u}»`);
      return { geometry, errors };
    }
    case 'line':
    case 'corridor':
    case 'band': {
      const names = recipe.type === 'band' ? recipe.along : recipe.through;
      const coords = points(names ?? [], index, errors);
      if (errors.length) return { geometry: null, errors };
      if (coords.length < 2) return { geometry: null, errors: ['a line needs at least two places'] };
      const line = lineString(coords);
      if (recipe.type === 'line' && recipe.more?.length) {
        // One structure with several branches (二横: 吕梁—太原—阳泉 and 临汾—长治).
        const branches = recipe.more.map((b) => points(b, index, errors));
        if (errors.length) return { geometry: null, errors };
        if (branches.some((b) => b.length < 2)) return { geometry: null, errors: ['a branch needs at least two places'] };
        return { geometry: { type: 'MultiLineString', coordinates: [coords, ...branches] }, errors };
      }
      if (recipe.type === 'line') return { geometry: line.geometry, errors };
      if (!(recipe.widthKm > 0)) return { geometry: null, errors: ['widthKm must be positive'] };
      const zone = buffer(line, recipe.widthKm / 2, { units: 'kilometers', steps: 4 });
      return { geometry: zone?.geometry ?? null, errors: zone ? errors : ['buffer failed'] };
    }
    case 'point': {
      const [p] = points([recipe.place], index, errors);
      return { geometry: p ? point(p).geometry : null, errors };
    }
    case 'points': {
      const ps = points(recipe.places ?? [], index, errors);
      if (!ps.length && !errors.length) errors.push('no places');
      return { geometry: ps.length === 1 ? point(ps[0]).geometry : ps.length ? multiPoint(ps).geometry : null, errors };
    }
    case 'river': {
      // Several basemap rivers may make one plan river (漳河 in Shanxi is 浊漳河 and 清漳河).
      const names = [recipe.name, ...(recipe.also ?? [])];
      const parts = names.map((n) => index.river(n));
      names.forEach((n, i) => { if (!parts[i]) errors.push(`unknown river «${n}»`); });
      if (errors.length) return { geometry: null, errors };
      const authored = names.some((n) => index.riverAuthored?.(n));
      if (parts.length === 1) return { geometry: parts[0]!, errors, authored };
      const coordinates = parts.flatMap((g) => (g!.type === 'LineString' ? [g!.coordinates] : g!.type === 'MultiLineString' ? g!.coordinates : []));
      return { geometry: { type: 'MultiLineString', coordinates } satisfies MultiLineString, errors, authored };
    }
    case 'route': {
      const line = index.route?.(recipe.name);
      if (!line) return { geometry: null, errors: [`unknown route «${recipe.name}»`] };
      let part: LineString = line;
      if (recipe.from || recipe.to) {
        const ends = points([recipe.from ?? '', recipe.to ?? ''].filter(Boolean), index, errors);
        if (errors.length) return { geometry: null, errors };
        const start = recipe.from ? ends[0] : line.coordinates[0];
        const end = recipe.to ? ends[ends.length - 1] : line.coordinates[line.coordinates.length - 1];
        part = lineSlice(point(start), point(end), lineString(line.coordinates)).geometry;
      }
      if (recipe.widthKm === undefined) return { geometry: part, errors, authored: true };
      if (!(recipe.widthKm > 0)) return { geometry: null, errors: ['widthKm must be positive'] };
      const zone = buffer(lineString(part.coordinates), recipe.widthKm / 2, { units: 'kilometers', steps: 4 });
      return { geometry: zone?.geometry ?? null, errors: zone ? errors : ['buffer failed'], authored: true };
    }
    case 'external': {
      let bearing: number | undefined;
      if (recipe.place) {
        const p = index.point(recipe.place);
        if (p) bearing = bearingTo(p);
      }
      if (bearing === undefined && recipe.direction && recipe.direction.toUpperCase() in COMPASS) bearing = COMPASS[recipe.direction.toUpperCase()];
      if (bearing === undefined) return { geometry: null, errors: [`external region needs a known place or a compass direction (got «${recipe.place ?? recipe.direction ?? ''}»)`] };
      const end = edgePoint(bearing);
      const back = edgePoint(bearing);
      const k = 0.78; // the arrow starts 22 % of the way in from the box edge
      const start: [number, number] = [SHANXI_CENTRE[0] + (back[0] - SHANXI_CENTRE[0]) * k, SHANXI_CENTRE[1] + (back[1] - SHANXI_CENTRE[1]) * k];
      return { geometry: lineString([start, end]).geometry, errors, direction: compassName(bearing) };
    }
    case 'none':
      return { geometry: null, errors: recipe.reason && recipe.reasonZh ? [] : ['a "none" recipe needs a reason in English and in Chinese (reason, reasonZh)'] };
    default:
      return { geometry: null, errors: [`unknown recipe type «${(recipe as { type?: string }).type}»`] };
  }
}
