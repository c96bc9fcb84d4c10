// A synthetic corpus for the scale benchmark (never shipped, never part of npm test's data): N plans made
// from the registered ones in a temporary copy of the project. Copy k (k = 1 … N/R − 1, R = the plans
// registered) of every plan gets a new seed id by the seed naming rule (next free number, SHA-256 of its
// text), feature/frame ids suffixed `-sK`, and its text, names, quotes and parsing patterns passed through
// one bijection of Han characters (a cyclic shift of the characters no parser, no place name and no
// source file uses), so every quote stays verbatim and unique in its own seed and search sees new words.
// Catalogue places are shifted a little; county, river and route recipes keep their shapes.
// Usage: npx tsx scripts/bench/synthetic-corpus.ts N [--into DIR]   (prints the copy's folder)
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { copyProject } from '../project-copy';
import { formatPlanEntry } from '../../src/lib/plans/format-plan-entry';
import type { PlanEntry } from '../../src/lib/plans/plan-registry-types';
import type { CatalogueFile, InputCitation, InputFeature } from '../../src/lib/catalogue/catalogue-input';

const HAN = /\p{Script=Han}/u;

/** A copy of what the site is built from (node_modules linked), in a new temporary folder. */
export const copyForBuild = (prefix = 'atlas-scale-'): string => copyProject(prefix);

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

function filesUnder(dir: string, ok: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full, ok) : ok(name) ? [full] : [];
  });
}

/** Han characters something other than the plans depends on: parsers and rules in src/, place, river and route names. */
function fixedCharacters(root: string): Set<string> {
  const texts = [
    ...filesUnder(join(root, 'src'), (n) => /\.(ts|tsx)$/.test(n)).map((f) => readFileSync(f, 'utf8')),
    ...filesUnder(join(root, 'data/places'), (n) => n.endsWith('.json')).map((f) => readFileSync(f, 'utf8')),
    readFileSync(join(root, 'data/basemap/shanxi.topo.json'), 'utf8'),
    readFileSync(join(root, 'data/basemap/overlay.json'), 'utf8'),
  ];
  return new Set(texts.flatMap((t) => [...t].filter((c) => HAN.test(c))));
}

/** The bijection of copy k: each free character moves k places along the sorted list of free characters. */
export function characterShift(free: string[], k: number): (text: string) => string {
  const to = new Map(free.map((c, i) => [c, free[(i + k) % free.length]!]));
  return (text) => [...text].map((c) => to.get(c) ?? c).join('');
}

const seedHash = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);

interface Source { id: string; entry: PlanEntry; text: string; catalogues: { suffix: string; file: CatalogueFile }[] }

function readSources(root: string): Source[] {
  const ids = readdirSync(join(root, 'data/plans')).filter((f) => /^\d{3}_[0-9a-f]{16}\.json$/.test(f)).map((f) => f.slice(0, -5)).sort();
  const catalogueFiles = readdirSync(join(root, 'data/catalogue')).filter((f) => f.endsWith('.json'));
  return ids.map((id) => ({
    id,
    entry: readJson<PlanEntry>(join(root, 'data/plans', `${id}.json`)),
    text: readFileSync(join(root, 'seeds', `${id}.txt`), 'utf8'),
    catalogues: catalogueFiles.filter((f) => f.startsWith(id)).map((f) => ({ suffix: f.slice(id.length), file: readJson<CatalogueFile>(join(root, 'data/catalogue', f)) })),
  }));
}

interface Copy {
  k: number;
  shift: (text: string) => string;
  seeds: Map<string, string>;
  /** Place and route names the catalogue defines. */
  names: Set<string>;
  /** id → the records that declare themselves distinct from it. */
  declaredBy: Map<string, string[]>;
}

const idOf = (copy: Copy) => (id: string) => `${id}-s${copy.k}`;

/** Names a recipe can use that the catalogue defines (places, routes): they are renamed with the text. */
function catalogueNames(sources: Source[]): Set<string> {
  return new Set(sources.flatMap((s) => s.catalogues.flatMap(({ file }) => [...(file.places ?? []), ...(file.routes ?? [])].map((p) => p.name))));
}

function copyRecipe(recipe: unknown, copy: Copy): unknown {
  const name = (n: unknown) => (typeof n === 'string' && copy.names.has(n) ? copy.shift(n) : n);
  const r = { ...(recipe as Record<string, unknown>) };
  for (const key of ['place', 'from', 'to']) if (key in r) r[key] = name(r[key]);
  for (const key of ['places', 'through', 'along']) if (Array.isArray(r[key])) r[key] = (r[key] as unknown[]).map(name);
  if (r.type === 'route') r.name = name(r.name);
  return r;
}

/** Names no parser depends on may stay as they were: each copy is declared distinct from the earlier copies of the same records. */
function earlierCopies(f: InputFeature, copy: Copy): { id: string; reason: string }[] {
  const ids = [f.id, ...(f.distinctFrom ?? []).map((d) => d.id), ...(copy.declaredBy.get(f.id) ?? [])];
  const k = copy.k;
  return Array.from({ length: k }, (_, j) => ids.map((id) => ({ id: j ? `${id}-s${j}` : id, reason: 'synthetic copy (scale benchmark)' }))).flat();
}

function copyCatalogue(file: CatalogueFile, copy: Copy): CatalogueFile {
  const id = idOf(copy);
  const t = copy.shift;
  const seed = (s: string) => copy.seeds.get(s) ?? s;
  const citations = (cs: InputCitation[]) =>
    cs.map((c) => ({ ...c, seed: seed(c.seed), quote: t(c.quote), ...(c.prefix ? { prefix: t(c.prefix) } : {}), ...(c.suffix ? { suffix: t(c.suffix) } : {}) }));
  const names = (n: { zh: string; en: string }) => ({ zh: t(n.zh), en: `${n.en} (S${copy.k})` });
  const drift = (copy.k % 2 ? 1 : -1) * 0.002 * copy.k;
  return {
    ...file,
    seed: seed(file.seed),
    ...(file.features ? { features: file.features.map((f) => ({
      ...f,
      id: id(f.id),
      citations: citations(f.citations),
      ...(f.name ? { name: names(f.name) } : {}),
      ...(f.geometry ? { geometry: copyRecipe(f.geometry, copy) as typeof f.geometry } : {}),
      ...(f.aliases ? { aliases: f.aliases.map(id) } : {}),
      ...(f.name ? { distinctFrom: [...(f.distinctFrom ?? []).map((d) => ({ ...d, id: id(d.id) })), ...earlierCopies(f, copy)] } : {}),
    })) } : {}),
    ...(file.frames ? { frames: file.frames.map((f) => ({
      ...f,
      id: id(f.id),
      ...(f.seed ? { seed: seed(f.seed) } : {}),
      ...(f.name ? { name: names(f.name) } : {}),
      citations: citations(f.citations),
      ...(f.groups ? { groups: f.groups.map((g) => ({ ...g, label: t(g.label), members: g.members.map(id), ...(g.inferred?.members ? { inferred: { ...g.inferred, members: g.inferred.members.map(id) } } : {}) })) } : {}),
    })) } : {}),
    ...(file.places ? { places: file.places.map((p) => ({ ...p, name: t(p.name), lonlat: [p.lonlat[0] + drift, p.lonlat[1] + drift] as [number, number] })) } : {}),
    ...(file.routes ? { routes: file.routes.map((r) => ({ ...r, name: t(r.name), through: r.through.map((n) => (copy.names.has(n) ? t(n) : n)) })) } : {}),
  };
}

function copyEntry(entry: PlanEntry, copy: Copy, order: number, colour: string): PlanEntry {
  const t = copy.shift;
  const p = entry.parsing;
  const pattern = (s: string | undefined) => (s === undefined ? undefined : t(s));
  return {
    ...entry,
    id: copy.seeds.get(entry.id)!,
    order,
    title: { zh: t(entry.title.zh), en: `${entry.title.en} (synthetic ${copy.k})` },
    shortTitle: { zh: t(entry.shortTitle.zh), en: `${entry.shortTitle.en} S${copy.k}` },
    ...(entry.issuer ? { issuer: t(entry.issuer) } : {}),
    ...(entry.docNumber ? { docNumber: t(entry.docNumber) } : {}),
    colour,
    ...(entry.story ? { story: entry.story.map(idOf(copy)) } : {}),
    parsing: {
      ...p,
      preface: pattern(p.preface),
      pageNumber: pattern(p.pageNumber),
      titleLines: p.titleLines?.map(t),
      chromeUntil: pattern(p.chromeUntil),
      metadataThrough: pattern(p.metadataThrough),
      chromeFrom: pattern(p.chromeFrom),
      backFrom: pattern(p.backFrom),
      damage: p.damage?.map((d) => ({ ...d, contains: t(d.contains) })),
      tables: p.tables?.map((tb) => ({ ...tb, box: t(tb.box), columns: tb.columns.map(t), columnGroups: tb.columnGroups?.map((g) => ({ ...g, text: t(g.text) })) })),
    },
  };
}

/** A distinct colour for the i-th synthetic plan (golden-angle hues). */
function colourOf(i: number): string {
  const h = (i * 137.508) % 360;
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (0.45 - 0.35 * Math.max(-1, Math.min(k - 3, 9 - k, 1)))).toString(16).padStart(2, '0');
  };
  return `#${f(0)}${f(8)}${f(4)}`;
}

/** Adds synthetic plans to the project copy at `root` until it holds `n` (a multiple of the plans registered). */
export function addSyntheticPlans(root: string, n: number): string[] {
  const sources = readSources(root);
  if (n % sources.length) throw new Error(`N must be a multiple of ${sources.length}, the plans registered`);
  const fixed = fixedCharacters(root);
  const free = [...new Set(sources.flatMap((s) => [...s.text].filter((c) => HAN.test(c) && !fixed.has(c))))].sort();
  const names = catalogueNames(sources);
  const declaredBy = new Map<string, string[]>();
  for (const f of sources.flatMap((s) => s.catalogues.flatMap(({ file }) => file.features ?? []))) {
    for (const d of f.distinctFrom ?? []) declaredBy.set(d.id, [...(declaredBy.get(d.id) ?? []), f.id]);
  }
  const colours = new Set(sources.map((s) => s.entry.colour));
  let next = Math.max(...sources.map((s) => Number(s.id.slice(0, 3)))) + 1;
  let order = Math.max(...sources.map((s) => s.entry.order));
  const added: string[] = [];
  for (let k = 1; k < n / sources.length; k++) {
    const copy: Copy = { k, shift: characterShift(free, k), seeds: new Map(), names, declaredBy };
    const texts = new Map<string, string>();
    for (const s of sources) {
      const text = copy.shift(s.text);
      const id = `${String(next++).padStart(3, '0')}_${seedHash(text)}`;
      copy.seeds.set(s.id, id);
      texts.set(id, text);
    }
    for (const s of [...sources].sort((a, b) => a.entry.order - b.entry.order)) {
      const id = copy.seeds.get(s.id)!;
      let colour = colourOf(added.length);
      for (let j = 1; colours.has(colour); j++) colour = colourOf(added.length + 1000 * j);
      colours.add(colour);
      writeFileSync(join(root, 'seeds', `${id}.txt`), texts.get(id)!);
      writeFileSync(join(root, 'data/plans', `${id}.json`), formatPlanEntry(copyEntry(s.entry, copy, ++order, colour)));
      for (const { suffix, file } of s.catalogues) writeFileSync(join(root, 'data/catalogue', `${id}${suffix}`), JSON.stringify(copyCatalogue(file, copy), null, 1));
      added.push(id);
    }
  }
  return added;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2]);
  const into = process.argv.indexOf('--into');
  const root = into > 0 ? process.argv[into + 1]! : copyForBuild();
  try {
    const added = addSyntheticPlans(root, n);
    console.log(`${root}: ${added.length} synthetic plans added`);
  } catch (e) {
    if (into < 0) rmSync(root, { recursive: true, force: true });
    throw e;
  }
}
