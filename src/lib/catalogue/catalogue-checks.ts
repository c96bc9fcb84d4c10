// Checks that catch the classes of error a data review found: names no quote contains, shapes that
// lie outside Shanxi, holes over county seats, one concept under two ids, authored lines not marked
// schematic, and part counts that contradict the quote. Pure; each problem names the feature.
import { area, bbox, booleanPointInPolygon, buffer, difference, featureCollection, feature as turfFeature, length, lineString, point } from '@turf/turf';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { InputFeature } from './catalogue-input';
import { numeralValue } from './slogan-numerals';
import { computeOnce, type GeometryMemo } from './geometry-memo';

/** What the checks know about Shanxi: its outline and its county seats. */
export interface ShanxiContext {
  province: Polygon | MultiPolygon;
  /** County seats, by the names a recipe may use (`阳泉市城区` as well as `城区`). */
  seats: { names: string[]; lonlat: [number, number] }[];
}

export interface CheckedFeature {
  record: InputFeature;
  geometry: Geometry | null;
  /** The geometry comes from authored (hand-drawn) data rather than a survey or a recipe. */
  authored: boolean;
}

const OUTSIDE_AREA_SHARE = 0.1;
const RIVER_NEAR_KM = 3;
const RIVER_INSIDE_SHARE = 0.5;
const NEAR_KM = 10;

/** Chinese name as compared: no whitespace, no punctuation, no brackets. */
export const normalizeName = (zh: string) => zh.replace(/[\s\p{P}\p{S}]/gu, '');
const squeeze = (s: string) => s.replace(/\s+/g, '');

/** A name is the plan's when one of the feature's quotes contains it; otherwise it must be flagged. */
export function checkNames(features: CheckedFeature[], problems: string[]): void {
  for (const { record } of features) {
    if (!record.name?.zh || record.descriptiveName) continue;
    const zh = squeeze(record.name.zh);
    if (!record.citations?.some((c) => squeeze(c.quote).includes(zh))) {
      problems.push(`feature ${record.id}: name «${record.name.zh}» occurs in none of its quotes; quote the plan's name or set "descriptiveName": true`);
    }
  }
}

const polygons = (g: Geometry | null): Position[][][] =>
  g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];
const lines = (g: Geometry | null): Position[][] =>
  g?.type === 'LineString' ? [g.coordinates] : g?.type === 'MultiLineString' ? g.coordinates : [];

const isExternal = (r: InputFeature) => r.kind === 'external-region' || r.geometry?.type === 'external';

/** Polygons of Shanxi designations lie in Shanxi; the rivers of its plans run mostly in or along it. */
export function checkInsideShanxi(features: CheckedFeature[], shanxi: ShanxiContext, problems: string[], memo?: GeometryMemo): void {
  const province = turfFeature(shanxi.province);
  let near: Polygon | MultiPolygon | undefined;
  for (const { record, geometry } of features) {
    if (isExternal(record) || record.beyondShanxi) continue;
    const polys = polygons(geometry);
    if (polys.length) {
      const share = computeOnce(memo, 'outside-shanxi', geometry!, () => {
        const shape = turfFeature(geometry as Polygon | MultiPolygon);
        const outside = difference(featureCollection([shape, province]));
        return outside ? area(outside) / area(shape) : 0;
      });
      if (share > OUTSIDE_AREA_SHARE) problems.push(`feature ${record.id}: ${(share * 100).toFixed(0)} % of its area lies outside Shanxi (at most ${OUTSIDE_AREA_SHARE * 100} %; set "beyondShanxi" with a note if the plan means it)`);
    }
    if (record.kind === 'river' && lines(geometry).length) {
      const { inside, total } = computeOnce(memo, 'river-near-shanxi', geometry!, () => {
        near ??= (buffer(province, RIVER_NEAR_KM, { units: 'kilometers', steps: 2 }) as GeoJSON.Feature<Polygon | MultiPolygon>).geometry;
        return lengthInside(lines(geometry), near);
      });
      if (total > 0 && inside / total < RIVER_INSIDE_SHARE) {
        problems.push(`feature ${record.id}: only ${((inside / total) * 100).toFixed(0)} % of the river runs within ${RIVER_NEAR_KM} km of Shanxi (at least ${RIVER_INSIDE_SHARE * 100} %)`);
      }
    }
  }
}

function lengthInside(parts: Position[][], area: Polygon | MultiPolygon): { inside: number; total: number } {
  let inside = 0;
  let total = 0;
  for (const part of parts) {
    for (let i = 1; i < part.length; i++) {
      const seg = length(lineString([part[i - 1], part[i]]), { units: 'kilometers' });
      const mid = [(part[i - 1][0] + part[i][0]) / 2, (part[i - 1][1] + part[i][1]) / 2];
      total += seg;
      if (booleanPointInPolygon(point(mid), area)) inside += seg;
    }
  }
  return { inside, total };
}

/** A hole in a polygon that holds a county seat leaves that county out: only when declared, with a reason. */
export function checkHoles(features: CheckedFeature[], shanxi: ShanxiContext, problems: string[]): void {
  for (const { record, geometry } of features) {
    const declared = new Set((record.holes ?? []).filter((h) => h.reason?.trim()).map((h) => h.county));
    for (const poly of polygons(geometry)) {
      for (const ring of poly.slice(1)) {
        const hole: Polygon = { type: 'Polygon', coordinates: [ring] };
        for (const s of shanxi.seats) {
          if (!booleanPointInPolygon(point(s.lonlat), hole)) continue;
          if (s.names.some((n) => declared.has(n))) continue;
          problems.push(`feature ${record.id}: its polygon has a hole over the seat of ${s.names[s.names.length - 1]}; add the county or declare it in "holes" with a reason`);
        }
      }
    }
  }
}

/** `short` is `long` with at most `extra` characters left out (晋城低碳试点 / 晋城低碳城市试点). */
function withInsertions(short: string, long: string, extra: number): boolean {
  if (long.length - short.length > extra || long.length < short.length) return false;
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/** The name and the forms it is also written in: the part before brackets and the bracketed part. */
function nameForms(zh: string): string[] {
  const bracketed = [...zh.matchAll(/[（(]([^）)]+)[）)]/g)].map((m) => m[1]);
  const bare = zh.replace(/[（(][^）)]*[）)]/g, '');
  return [...new Set([zh, bare, ...bracketed].map(normalizeName).filter((n) => n.length >= 4))];
}

/** Same name but for up to two inserted characters, in full or in a bracketed/unbracketed form. */
export function nearlySameName(a: string, b: string): boolean {
  return nearlySameForms(nameForms(a), nameForms(b));
}

const nearlySameForms = (a: string[], b: string[]): boolean =>
  a.some((x) => b.some((y) => (x.length <= y.length ? withInsertions(x, y, 2) : withInsertions(y, x, 2))));

const kmPerDegree = 111;
type Box = [number, number, number, number];
const overlaps = ([aw, as, ae, an]: Box, [bw, bs, be, bn]: Box, pad: number): boolean =>
  aw - pad <= be && bw - pad <= ae && as - pad <= bn && bs - pad <= an;

/**
 * One concept, one id: the same name and kind twice, or near-identical names on overlapping shapes.
 * Names, forms and boxes are computed once per feature, so the pairwise pass stays cheap as the corpus grows.
 */
export function checkDuplicates(features: CheckedFeature[], problems: string[]): void {
  const distinct = (a: InputFeature, b: InputFeature) =>
    [[a, b], [b, a]].some(([x, y]) => x.distinctFrom?.some((d) => d.id === y.id && d.reason?.trim()));
  const named = features.filter((f) => f.record.name?.zh).map((f) => ({
    record: f.record,
    name: normalizeName(f.record.name!.zh),
    forms: nameForms(f.record.name!.zh),
    box: f.geometry ? (bbox(f.geometry) as Box) : null,
  }));
  const pad = NEAR_KM / kmPerDegree;
  for (let i = 0; i < named.length; i++) {
    for (let j = i + 1; j < named.length; j++) {
      const a = named[i];
      const b = named[j];
      const sameName = a.name === b.name && a.record.kind === b.record.kind;
      if (!sameName && !(a.box && b.box && overlaps(a.box, b.box, pad) && nearlySameForms(a.forms, b.forms))) continue;
      if (distinct(a.record, b.record)) continue;
      problems.push(`feature ${b.record.id}: looks like ${a.record.id} («${b.record.name!.zh}» / «${a.record.name!.zh}»); merge them (keep one id, list the other in "aliases") or declare "distinctFrom" with a reason`);
    }
  }
}

/** Hand-drawn geometry is only ever shown as schematic, and the record says so. */
export function checkSchematic(features: CheckedFeature[], problems: string[]): void {
  for (const { record, authored } of features) {
    if (authored && record.schematic !== true) problems.push(`feature ${record.id}: its geometry is hand-drawn (authored); set "schematic": true`);
  }
}

const STATED = /([0-9]+|[一二两三四五六七八九十]+)(?:个|大|处|座|条|片)/g;

/** Numbers a quote states for things ("15个", "三大"). */
export function statedCounts(quote: string): number[] {
  return [...quote.matchAll(STATED)].map((m) => (/^[0-9]+$/.test(m[1]) ? Number(m[1]) : numeralValue(m[1]))).filter((n): n is number => typeof n === 'number' && n > 1);
}

const partCount = (g: Geometry | null) =>
  g?.type === 'MultiPoint' || g?.type === 'MultiPolygon' || g?.type === 'MultiLineString' ? g.coordinates.length : g ? 1 : 0;

/** A site list whose number of parts contradicts every count its quotes state, unless a note explains it. */
export function checkPartCounts(features: CheckedFeature[], problems: string[]): void {
  for (const { record, geometry } of features) {
    const countNote = typeof record.countNote === 'string' ? record.countNote : record.countNote?.en;
    if (record.geometry?.type !== 'points' || countNote?.trim()) continue;
    const stated = [...new Set(record.citations.flatMap((c) => statedCounts(c.quote)))];
    const n = partCount(geometry);
    if (stated.length && !stated.includes(n)) {
      problems.push(`feature ${record.id}: ${n} point(s) but its quote states ${stated.join(' / ')}; draw them all or explain in "countNote"`);
    }
  }
}

export function runCatalogueChecks(features: CheckedFeature[], shanxi: ShanxiContext | undefined, problems: string[], memo?: GeometryMemo): void {
  checkNames(features, problems);
  checkDuplicates(features, problems);
  checkSchematic(features, problems);
  checkPartCounts(features, problems);
  if (!shanxi) return;
  checkInsideShanxi(features, shanxi, problems, memo);
  checkHoles(features, shanxi, problems);
}
