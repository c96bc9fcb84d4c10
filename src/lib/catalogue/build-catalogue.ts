// Builds the published catalogue from the catalogue files: merges records that share an id,
// resolves every citation and geometry recipe, checks frames against their slogans, and reports
// every problem with the item it belongs to. Pure: I/O and the citation resolver are passed in.
import { kinks, booleanValid, featureCollection, feature as turfFeature, intersect } from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { CatalogueFile, InputCitation, InputFeature, InputFrame, InputFrameGroup, InputPlace, InputRoute } from './catalogue-input';
import { computeOnce, type GeometryMemo } from './geometry-memo';
import { runCatalogueChecks, type CheckedFeature, type ShanxiContext } from './catalogue-checks';
import type { FrameGroup, Names, PlanFeature, PlanFeatureCollection, PlanFrame, ResolvedCitation, FrameMembership } from './catalogue-types';
import { markedLabels } from './frame-labels';
import { resolveRecipe, type PlaceIndex, type Recipe } from '../geo/recipes';
import { KIND_STYLES } from '../style/kind-styles';
import { parseSlogan } from './slogan-numerals';
import { labelPoint } from '../geo/label-point';

export type CitationResolver = (citation: InputCitation, itemId: string) => ResolvedCitation;

export interface BuildInput {
  files: { name: string; content: CatalogueFile }[];
  resolveCitation: CitationResolver;
  placeIndex: (places: InputPlace[], routes: InputRoute[]) => PlaceIndex;
  /** Shanxi's outline and seats, for the checks that need them (skipped without). */
  shanxi?: ShanxiContext;
  /** Kept between builds of almost the same catalogue (authoring), so unchanged geometries are not checked again. */
  memo?: GeometryMemo;
}

export interface BuiltCatalogue { features: PlanFeatureCollection; frames: PlanFrame[]; places: InputPlace[] }

export class CatalogueError extends Error {
  constructor(readonly problems: string[]) {
    super(`catalogue build failed with ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  }
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Recipes whose shape only indicates position or direction: always labelled schematic. */
const SCHEMATIC_RECIPES = new Set(['line', 'corridor', 'band', 'external', 'route']);
/** Buffers drawn for Shanxi designations stop at its border (a band along the 黄河 is not in Shaanxi). */
const CLIPPED_RECIPES = new Set(['band', 'corridor', 'route']);
/** Two entries for one place may differ this much (approximate coordinates from different readers). */
const PLACE_CONFLICT_KM = 15;

/** A feature's note and its count note as one note, language by language (a plain string counts for both). */
function joinNotes(...notes: Array<string | Names | undefined>): Names {
  const part = (lang: keyof Names) => notes.filter(Boolean).map((n) => (typeof n === 'string' ? n : n![lang])).join(' ');
  return { zh: part('zh'), en: part('en') };
}

const distanceKm = (a: [number, number], b: [number, number]) => {
  const k = Math.PI / 180;
  const x = (b[0] - a[0]) * k * Math.cos(((a[1] + b[1]) / 2) * k);
  const y = (b[1] - a[1]) * k;
  return Math.hypot(x, y) * 6371;
};

export function mergePlaces(files: BuildInput['files'], problems: string[]): InputPlace[] {
  const byName = new Map<string, InputPlace>();
  for (const { name, content } of files) {
    for (const p of content.places ?? []) {
      const ok = Array.isArray(p.lonlat) && p.lonlat.length === 2 && p.lonlat.every(Number.isFinite)
        && p.lonlat[0] > 70 && p.lonlat[0] < 140 && p.lonlat[1] > 15 && p.lonlat[1] < 55;
      if (!ok) { problems.push(`place «${p.name}» (${name}): invalid lonlat`); continue; }
      const prior = byName.get(p.name);
      if (prior && distanceKm(prior.lonlat, p.lonlat) > PLACE_CONFLICT_KM) {
        problems.push(`place «${p.name}»: ${name} puts it ${distanceKm(prior.lonlat, p.lonlat).toFixed(0)} km from an earlier entry`);
      }
      if (!prior) byName.set(p.name, p);
    }
  }
  return [...byName.values()];
}

/**
 * Records that share an id become one item: the first full record (the one with a `kind`, or for
 * frames `groups`) defines it, the others add citations.
 */
export function mergeRecords<T extends { id: string; citations: InputCitation[]; kind?: string; geometry?: unknown; groups?: unknown }>(
  files: BuildInput['files'], pick: (c: CatalogueFile) => T[] | undefined, problems: string[],
): T[] {
  const byId = new Map<string, T>();
  const definedIn = new Map<string, string>();
  for (const { name, content } of files) {
    for (const f of pick(content) ?? []) {
      if (!f.id || !ID.test(f.id)) { problems.push(`feature «${f.id}» (${name}): id must be kebab-case`); continue; }
      const definition = f.geometry ?? f.groups;
      const prior = byId.get(f.id);
      if (definition !== undefined && definedIn.has(f.id)) {
        // One structure, one definition: a second full record that draws it differently is a duplicate id.
        const first = byId.get(f.id)!;
        if (JSON.stringify(first.geometry ?? first.groups) !== JSON.stringify(definition)) {
          problems.push(`${f.id} (${name}): duplicate id — defined differently in ${definedIn.get(f.id)}; give it its own id or cite it with { id, citations } only`);
        }
      } else if (definition !== undefined) definedIn.set(f.id, name);
      if (!prior) { byId.set(f.id, { ...f, citations: [...(f.citations ?? [])] }); continue; }
      if (prior.groups === undefined && f.groups !== undefined) Object.assign(prior, { ...f, citations: prior.citations });
      if (!prior.kind && f.kind) Object.assign(prior, { ...f, citations: prior.citations });
      else if (prior.kind && f.kind && f.kind !== prior.kind) problems.push(`feature ${f.id} (${name}): kind «${f.kind}» contradicts «${prior.kind}»`);
      for (const c of f.citations ?? []) {
        if (!prior.citations.some((p) => p.seed === c.seed && p.quote === c.quote)) prior.citations.push(c);
      }
    }
  }
  return [...byId.values()];
}

function clipToShanxi(geometry: Geometry | null, province: Polygon | MultiPolygon, memo?: GeometryMemo): Geometry | null {
  if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') return geometry;
  return computeOnce(memo, 'clip-to-shanxi', geometry, () => intersect(featureCollection([turfFeature(geometry), turfFeature(province)]))?.geometry ?? geometry);
}

/** Routes are defined once: the same name twice with different courses is an error. */
function mergeRoutes(files: BuildInput['files'], problems: string[]): InputRoute[] {
  const byName = new Map<string, InputRoute>();
  for (const { name, content } of files) {
    for (const r of content.routes ?? []) {
      const prior = byName.get(r.name);
      if (prior && JSON.stringify(prior.through) !== JSON.stringify(r.through)) problems.push(`route «${r.name}» (${name}): defined twice with different courses`);
      if (!prior) byName.set(r.name, r);
    }
  }
  return [...byName.values()];
}

/** An alias is a former id: it must not be another feature's id or frame's id, nor claimed twice. */
function checkAliases(features: InputFeature[], frameIds: Set<string>, problems: string[]): void {
  const ids = new Set(features.map((f) => f.id));
  const claimed = new Map<string, string>();
  for (const f of features) {
    for (const a of f.aliases ?? []) {
      if (ids.has(a) || frameIds.has(a)) problems.push(`feature ${f.id}: alias «${a}» is also a live id`);
      if (claimed.has(a)) problems.push(`feature ${f.id}: alias «${a}» is already an alias of ${claimed.get(a)}`);
      claimed.set(a, f.id);
    }
  }
}

function checkGeometry(id: string, geometry: Geometry, problems: string[], memo?: GeometryMemo): void {
  const f = { type: 'Feature', geometry, properties: {} } as Feature<Geometry>;
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
    const k = computeOnce(memo, 'kinks', geometry, () => kinks(f as Feature<typeof geometry>).features.length);
    if (k) problems.push(`feature ${id}: geometry self-intersects (${k} points)`);
  }
  if (!computeOnce(memo, 'valid', geometry, () => booleanValid(f))) problems.push(`feature ${id}: geometry is invalid`);
}

function resolveAll(citations: InputCitation[], itemId: string, resolver: CitationResolver, problems: string[]): ResolvedCitation[] {
  if (!citations?.length) { problems.push(`${itemId}: no citation`); return []; }
  return citations.flatMap((c) => {
    try {
      return [{ ...resolver(c, itemId), ...(c.gloss ? { gloss: c.gloss } : {}) }];
    } catch (e) {
      problems.push((e as Error).message);
      return [];
    }
  });
}

const isInferred = (g: InputFrameGroup, member: string) => Boolean(g.inferred) && (!g.inferred!.members || g.inferred!.members.includes(member));

/** A group as published: with parts the text does not name, its labels carry the inferred mark. */
function builtGroup(g: InputFrameGroup): FrameGroup {
  if (!g.inferred) return g;
  const all = g.members.every((m) => isInferred(g, m));
  return { ...g, ...markedLabels(g.label, g.labelEn, all ? 'all' : 'some') };
}

function checkFrame(frame: InputFrame, featureIds: Set<string>, problems: string[]): void {
  for (const g of frame.groups ?? []) {
    if (g.inferred && (!g.inferred.zh?.trim() || !g.inferred.en?.trim())) problems.push(`frame ${frame.id}: group «${g.label}» is marked inferred without its reason in Chinese and English`);
    for (const m of g.inferred?.members ?? []) if (!g.members?.includes(m)) problems.push(`frame ${frame.id}: group «${g.label}» marks «${m}» inferred but does not list it`);
    const n = g.members?.length ?? 0;
    if (g.count === 'many' ? n < 2 : n !== g.count) problems.push(`frame ${frame.id}: group «${g.label}» has ${n} member(s), the slogan says ${g.count}`);
    for (const m of g.members ?? []) if (!featureIds.has(m)) problems.push(`frame ${frame.id}: group «${g.label}» names unknown feature «${m}»`);
  }
  const slogan = parseSlogan(frame.name?.zh ?? '');
  if (!slogan) return;
  const groups = frame.groups ?? [];
  // Counts must follow the slogan in order; labels are for display and may be abbreviated.
  const same = slogan.length === groups.length && slogan.every((s, i) => s.count === groups[i].count);
  if (!same) {
    const want = slogan.map((s) => `${s.count}×${s.label}`).join(' ');
    const got = groups.map((g) => `${g.count}×${g.label}`).join(' ');
    problems.push(`frame ${frame.id}: groups (${got}) contradict the slogan «${frame.name.zh}» (${want})`);
  }
}

export function buildCatalogue(input: BuildInput): BuiltCatalogue {
  const problems: string[] = [];
  const files = [...input.files].sort((a, b) => a.name.localeCompare(b.name));
  const places = mergePlaces(files, problems);
  const routes = mergeRoutes(files, problems);
  const index = input.placeIndex(places, routes);
  const merged = mergeRecords<InputFeature>(files, (c) => c.features, problems);
  const frameInputs = mergeRecords<InputFrame & { kind?: string }>(files, (c) => c.frames, problems);

  const frameIds = new Set<string>();
  const membership = new Map<string, FrameMembership[]>();
  for (const fr of frameInputs) {
    if (!fr.name?.zh || !fr.groups?.length || !fr.seed) problems.push(`frame ${fr.id}: no full record (name, seed, groups) in any file`);
    frameIds.add(fr.id);
    for (const g of fr.groups ?? []) {
      for (const m of g.members ?? []) {
        const inferred = isInferred(g, m);
        const labels = inferred ? markedLabels(g.label, g.labelEn, 'all') : { label: g.label, ...(g.labelEn ? { labelEn: g.labelEn } : {}) };
        membership.set(m, [...(membership.get(m) ?? []), { frame: fr.id, ...labels, ...(inferred ? { inferred: true } : {}) }]);
      }
    }
  }

  const features: PlanFeature[] = [];
  const checked: CheckedFeature[] = [];
  for (const f of merged) {
    if (frameIds.has(f.id)) problems.push(`feature ${f.id}: id is also a frame id`);
    if (!f.kind || !f.name?.zh || !f.name?.en || !f.geometry) { problems.push(`feature ${f.id}: no full record (name, kind, geometry) in any file`); continue; }
    if (!(f.kind in KIND_STYLES)) problems.push(`feature ${f.id}: unknown kind «${f.kind}»`);
    const citations = resolveAll(f.citations, f.id, input.resolveCitation, problems);
    const result = resolveRecipe(f.geometry as Recipe, index);
    if (input.shanxi && CLIPPED_RECIPES.has(f.geometry.type) && !f.beyondShanxi && f.kind !== 'external-region') {
      result.geometry = clipToShanxi(result.geometry, input.shanxi.province, input.memo);
    }
    for (const e of result.errors) problems.push(`feature ${f.id}: ${e}`);
    if (result.geometry) checkGeometry(f.id, result.geometry, problems, input.memo);
    checked.push({ record: f, geometry: result.geometry, authored: Boolean(result.authored) });
    features.push({
      type: 'Feature',
      id: f.id,
      geometry: result.geometry,
      properties: {
        id: f.id, name: f.name, kind: f.kind,
        frames: membership.get(f.id) ?? [],
        seeds: [...new Set(citations.map((c) => c.seed))],
        citations,
        provenance: f.provenance ?? [],
        schematic: Boolean(f.schematic) || SCHEMATIC_RECIPES.has(f.geometry.type),
        recipe: f.geometry.type,
        ...(f.descriptiveName ? { descriptiveName: true } : {}),
        ...(f.aliases?.length ? { aliases: f.aliases } : {}),
        ...(f.note || f.countNote ? { note: joinNotes(f.note, f.countNote) } : {}),
        ...(f.geometry.type === 'none' ? { noShapeReason: { zh: f.geometry.reasonZh, en: f.geometry.reason } } : {}),
        ...(result.geometry?.type === 'Polygon' || result.geometry?.type === 'MultiPolygon' ? { labelAt: labelPoint(result.geometry) } : {}),
        ...(result.direction ? { direction: result.direction } : {}),
      },
    });
  }

  runCatalogueChecks(checked, input.shanxi, problems, input.memo);
  checkAliases(merged, frameIds, problems);
  const featureIds = new Set(features.map((f) => f.properties.id));
  const frames: PlanFrame[] = frameInputs.map((fr) => {
    checkFrame(fr, featureIds, problems);
    return {
      id: fr.id, name: fr.name, seed: fr.seed,
      citations: resolveAll(fr.citations, fr.id, input.resolveCitation, problems),
      groups: (fr.groups ?? []).map(builtGroup), provenance: fr.provenance ?? [],
    };
  });

  if (problems.length) throw new CatalogueError(problems);
  return { features: { type: 'FeatureCollection', features }, frames, places };
}
