// npm run plan:add -- --file <text> --title <zh> --issuer <zh|-> --number <文号|-> --date <YYYY-MM-DD>
//                     [--title-en …] [--short-title …] [--short-title-en …] [--period 2026-2030]
//                     [--layout pdf|lines|lines-join] [--numbering chapters|outline] [--yes]
// Adds a plan as data: copies its text into seeds/ (NNN_<sha256[0:16]>.txt), writes its registry entry
// (data/plans/), an empty catalogue (data/catalogue/) and the candidates file (.cache/candidates/, not
// shipped), after parsing it and printing what it found. Without --yes, missing fields are asked for;
// with --yes, a missing field is an error. Any error names the file and the problem, and nothing is
// written: the four files are written together or not at all. "-" for --issuer or --number: the text
// does not state it. Workflow: docs/adding-a-plan.md.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { pathToFileURL } from 'node:url';
import { decodePlanText, PlanTextError } from '../src/lib/plans/plan-text';
import { guessProfile } from '../src/lib/plans/guess-profile';
import { validatePlanEntry, validateRegistry } from '../src/lib/plans/validate-plan-entry';
import { formatPlanEntry } from '../src/lib/plans/format-plan-entry';
import { findCandidates, type Candidate } from '../src/lib/plans/find-candidates';
import type { LayoutMode, Numbering, PlanEntry } from '../src/lib/plans/plan-registry-types';
import type { PlanDocument } from '../src/lib/documents/document-types';
import { buildLexicon } from '../src/lib/coverage/mention-lexicon';
import { loadRegistry } from './plans/load-registry';
import { parsePlan } from './build-documents';
import { parseRecord } from '../src/lib/documents/parse-record';
import { basemapLexiconInput } from './coverage/coverage-build';
import { NEW_PLAN_FALLBACK_COLOUR, NEW_PLAN_PALETTE } from '../src/lib/style/map-tokens';

export class PlanAddError extends Error {}

const REQUIRED = ['file', 'title', 'issuer', 'number', 'date'] as const;
const QUESTIONS: Record<(typeof REQUIRED)[number], string> = {
  file: 'Plan text file (UTF-8 or GB18030)',
  title: 'Title (Chinese, as the text writes it)',
  issuer: 'Issuer 发文机关 as the text states it ("-" if it does not)',
  number: '文号 as the text states it ("-" if it does not)',
  date: 'Issue date YYYY-MM-DD',
};

export interface PlanAddOptions {
  file?: string; title?: string; issuer?: string; number?: string; date?: string;
  titleEn?: string; shortTitle?: string; shortTitleEn?: string; period?: string;
  layout?: LayoutMode; numbering?: Numbering; yes?: boolean;
}

export interface PlanAddResult { id: string; written: string[]; document: PlanDocument; candidates: Candidate[]; report: string[] }

export function parseArgs(argv: string[]): PlanAddOptions {
  const opts: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new PlanAddError(`plan:add: unexpected argument «${arg}»`);
    const key = arg.slice(2).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    if (key === 'yes') { opts.yes = true; continue; }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new PlanAddError(`plan:add: ${arg} needs a value`);
    opts[key] = value;
    i++;
  }
  const known = ['file', 'title', 'issuer', 'number', 'date', 'titleEn', 'shortTitle', 'shortTitleEn', 'period', 'layout', 'numbering', 'yes'];
  for (const k of Object.keys(opts)) if (!known.includes(k)) throw new PlanAddError(`plan:add: unknown option --${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
  return opts as PlanAddOptions;
}

const missingFields = (opts: PlanAddOptions) => REQUIRED.filter((k) => !opts[k]?.trim());

function refuseMissing(opts: PlanAddOptions): void {
  const missing = missingFields(opts);
  if (missing.length) {
    throw new PlanAddError(`plan:add${opts.file ? ` ${opts.file}` : ''}: missing ${missing.map((k) => `--${k}`).join(', ')} (with --yes every field must be given; "-" for an issuer or 文号 the text does not state)`);
  }
}

async function askMissing(opts: PlanAddOptions): Promise<PlanAddOptions> {
  if (!missingFields(opts).length) return opts;
  if (opts.yes || !process.stdin.isTTY) refuseMissing(opts);
  const missing = missingFields(opts);
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    for (const k of missing) opts[k] = (await rl.question(`${QUESTIONS[k]}: `)).trim();
  } finally {
    rl.close();
  }
  return askMissing({ ...opts, yes: true });
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const normalised = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
/** 山西省某某规划（2026—2030年） → 某某规划 */
const shortOf = (title: string) => title.replace(/^山西省/, '').replace(/[（(][^）)]*[）)]$/, '') || title;

/** Adds the plan in `root` (the project folder); throws PlanAddError naming the file and problem. */
export function addPlan(opts: PlanAddOptions, root = '.'): PlanAddResult {
  refuseMissing(opts);
  const file = opts.file!;
  if (!existsSync(file)) throw new PlanAddError(`${file}: no such file`);
  let decoded: ReturnType<typeof decodePlanText>;
  try {
    decoded = decodePlanText(readFileSync(file), file);
  } catch (e) {
    if (e instanceof PlanTextError) throw new PlanAddError(e.message);
    throw e;
  }
  const { text, encoding } = decoded;

  // The same text twice is one plan: compared by content, whatever the file names.
  const hash = sha256(text);
  const seeds = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
  for (const seed of seeds) {
    if (sha256(normalised(readFileSync(join(root, 'seeds', seed), 'utf8'))) === hash) {
      throw new PlanAddError(`${file}: the same text is already in the atlas as seeds/${seed}`);
    }
  }
  const next = seeds.reduce((n, s) => Math.max(n, Number(s.slice(0, 3)) + 1), 0);
  const id = `${String(next).padStart(3, '0')}_${hash.slice(0, 16)}`;

  const registry = loadRegistry(root);
  const title = opts.title!.trim();
  const stated = (v: string | undefined) => (v && v.trim() !== '-' ? v.trim() : undefined);
  const period = opts.period ?? /(\d{4})\s*[—–-]\s*(\d{4})\s*年/.exec(title)?.slice(1).join('-');
  const guessed = guessProfile(text, title, { layout: opts.layout, numbering: opts.numbering, issuer: stated(opts.issuer) });
  const used = new Set(registry.map((p) => p.colour.toLowerCase()));
  const entry: PlanEntry = {
    id,
    order: Math.max(0, ...registry.map((p) => p.order)) + 1,
    title: { zh: title, en: opts.titleEn?.trim() || title },
    shortTitle: { zh: opts.shortTitle?.trim() || shortOf(title), en: opts.shortTitleEn?.trim() || opts.titleEn?.trim() || shortOf(title) },
    ...(guessed.titleFound ? {} : { titleInferred: { note: 'No title line in the text: the title was given to plan:add.' } }),
    ...(stated(opts.issuer) ? { issuer: stated(opts.issuer) } : {}),
    ...(stated(opts.number) ? { docNumber: stated(opts.number) } : {}),
    date: opts.date!.trim(),
    ...(period ? { period: period.split('-').map(Number) as [number, number] } : {}),
    colour: NEW_PLAN_PALETTE.find((c) => !used.has(c)) ?? NEW_PLAN_FALLBACK_COLOUR,
    parsing: guessed.parsing,
  };
  const raw = JSON.parse(JSON.stringify(entry)) as unknown;
  const check = validatePlanEntry(raw, { file: `data/plans/${id}.json`, seedText: text });
  const clashes = check.entry ? validateRegistry([...registry.map((e) => ({ file: `data/plans/${e.id}.json`, entry: e })), { file: `data/plans/${id}.json`, entry }]) : [];
  const problems = [...check.errors, ...clashes].map((p) => p.replace(`data/plans/${id}.json`, `${file} (registry entry)`));
  if (problems.length) throw new PlanAddError(problems.join('\n'));

  let document: PlanDocument;
  try {
    document = parsePlan(entry, text, file);
  } catch (e) {
    throw new PlanAddError(`${(e as Error).message}\n(override the guess with --layout pdf|lines|lines-join and --numbering chapters|outline)`);
  }
  entry.parsed = parseRecord(document);
  const candidates = findCandidates(document, buildLexicon(basemapLexiconInput(root)), fullNames(root));
  const report = describe(entry, document, candidates, encoding);

  // All or nothing: every file is staged beside its target, then renamed into place.
  const outputs: [string, string][] = [
    [`seeds/${id}.txt`, text],
    [`data/plans/${id}.json`, formatPlanEntry(entry)],
    [`data/catalogue/${id}.json`, `${JSON.stringify({ seed: id, frames: [], features: [] }, null, 2)}\n`],
    [`.cache/candidates/${id}.json`, `${JSON.stringify({ seed: id, note: 'Spatial mentions found by plan:add, for review; not shipped. Each quote is verbatim and unique in the plan (unique: false when none is).', candidates }, null, 1)}\n`],
  ];
  for (const [path] of outputs) if (existsSync(join(root, path))) throw new PlanAddError(`${file}: ${path} exists already`);
  const staged: string[] = [];
  const placed: string[] = [];
  try {
    for (const [path, content] of outputs) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, `${path}.partial`), content);
      staged.push(path);
    }
    for (const path of staged) {
      renameSync(join(root, `${path}.partial`), join(root, path));
      placed.push(path);
    }
  } catch (e) {
    for (const path of staged) rmSync(join(root, `${path}.partial`), { force: true });
    for (const path of placed) rmSync(join(root, path), { force: true });
    throw new PlanAddError(`${file}: writing failed, nothing was added: ${(e as Error).message}`);
  }
  return { id, written: placed, document, candidates, report };
}


/** County and prefecture names in full, for candidates' recipes. */
export function fullNames(root: string): string[] {
  const { prefectures, counties } = basemapLexiconInput(root);
  return [...prefectures, ...counties];
}

function describe(entry: PlanEntry, doc: PlanDocument, candidates: Candidate[], encoding: string): string[] {
  const byLevel = new Map<number, Map<string, number>>();
  for (const h of doc.headings) {
    const kinds = byLevel.get(h.level) ?? new Map<string, number>();
    kinds.set(h.kind, (kinds.get(h.kind) ?? 0) + 1);
    byLevel.set(h.level, kinds);
  }
  // Damage as the parse record counts it (written into the entry above), table lines aside: they are told once per table.
  const flags = new Map(Object.entries((entry.parsed ?? parseRecord(doc)).flags).filter(([f]) => f !== 'table'));
  const kinds = new Map<string, number>();
  for (const c of candidates) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
  const list = (m: Map<string, number>) => [...m].map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
  return [
    `${entry.id}: «${doc.title.text}»${doc.title.inferred ? ' (no title line: title inferred)' : ''}${encoding !== 'utf-8' ? `, converted from ${encoding}` : ''}`,
    `  layout ${entry.parsing.layout}, numbering ${entry.parsing.numbering ?? (entry.parsing.layout === 'pdf' ? 'chapters' : 'outline')}`,
    ...[...byLevel].sort(([a], [b]) => a - b).map(([level, m]) => `  headings, level ${level}: ${list(m)}`),
    `  paragraphs: ${doc.paragraphs.length} (${doc.paragraphs.filter((p) => p.part === 'front').length} front matter, ${doc.paragraphs.filter((p) => p.part === 'back').length} back matter)`,
    `  tables: ${doc.tables?.length ?? 0}; 专栏 boxes: ${doc.headings.filter((h) => h.kind === 'box').length}`,
    `  damage: ${list(flags)}; removed: ${doc.removed.length} (page numbers, chrome, markup)`,
    `  stated: issuer ${entry.issuer ?? '(not stated)'}, 文号 ${entry.docNumber ?? '(not stated)'}, date ${entry.date}${entry.period ? `, period ${entry.period.join('–')}` : ''}`,
    `  candidates: ${candidates.length} (${list(kinds)}), ${candidates.filter((c) => !c.unique).length} without a unique quote`,
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const opts = await askMissing(parseArgs(process.argv.slice(2)));
    const result = addPlan(opts);
    console.log(result.report.join('\n'));
    console.log(`written: ${result.written.join(', ')}`);
    console.log(`next: review data/plans/${result.id}.json, then map what the plan says in data/catalogue/${result.id}.json (docs/adding-a-plan.md)`);
  } catch (e) {
    console.error(e instanceof PlanAddError ? e.message : e);
    process.exit(1);
  }
}
