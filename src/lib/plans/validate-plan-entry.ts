// Checks registry entries (data/plans/*.json) field by field and against each other. Every problem is
// one message naming the file and the field; a file with problems yields no entry. Pure.
import type { ParagraphFlag } from '../documents/document-types';
import type { LayoutMode, Numbering, PlanEntry } from './plan-registry-types';

export const SEED_STEM = /^\d{3}_[0-9a-f]{16}$/;
const LAYOUTS: LayoutMode[] = ['pdf', 'lines', 'lines-join'];
const NUMBERINGS: Numbering[] = ['chapters', 'outline'];
const FLAGS: ParagraphFlag[] = ['repeated', 'truncated', 'fragment', 'misplaced', 'stray-glyph', 'table'];
const KEYS = ['id', 'order', 'title', 'shortTitle', 'titleInferred', 'issuer', 'docNumber', 'url', 'date', 'period', 'note', 'colour', 'story', 'parsing', 'parsed'];
const PARSING_KEYS = ['layout', 'numbering', 'preface', 'pageNumber', 'titleLines', 'chromeUntil', 'metadataThrough', 'chromeFrom', 'backFrom', 'markdown', 'damage', 'tables'];
const PATTERNS = ['pageNumber', 'chromeUntil', 'metadataThrough', 'chromeFrom', 'backFrom'] as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const show = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v));

export interface EntryCheck {
  /** The file as named in messages, e.g. data/plans/004_….json. */
  file: string;
  /** The seed's text, when it exists: stated fields must occur in it. */
  seedText?: string;
}

export function validatePlanEntry(raw: unknown, { file, seedText }: EntryCheck): { entry: PlanEntry | null; errors: string[] } {
  const errors: string[] = [];
  const fail = (field: string, problem: string) => errors.push(`${file}: ${field}: ${problem}`);
  if (!isObj(raw)) return { entry: null, errors: [`${file}: expected a JSON object, got ${show(raw)}`] };

  for (const k of Object.keys(raw)) if (!KEYS.includes(k)) fail(k, `unknown field (known: ${KEYS.join(', ')})`);
  if (typeof raw.id !== 'string' || !SEED_STEM.test(raw.id)) fail('id', `expected a seed stem NNN_<16 hex>, got ${show(raw.id)}`);
  else if (!file.endsWith(`${raw.id}.json`)) fail('id', `must match the file name (${raw.id}.json)`);
  if (!Number.isInteger(raw.order) || (raw.order as number) < 1) fail('order', `expected a whole number ≥ 1, got ${show(raw.order)}`);
  for (const k of ['title', 'shortTitle'] as const) {
    const names = raw[k];
    if (!isObj(names) || !isText(names.zh) || !isText(names.en)) fail(k, `expected { "zh": "…", "en": "…" }, got ${show(names)}`);
  }
  if (raw.titleInferred !== undefined && !(isObj(raw.titleInferred) && isText(raw.titleInferred.note))) {
    fail('titleInferred', 'expected { "note": "why the title is what it is" }');
  }
  for (const k of ['issuer', 'docNumber', 'note'] as const) {
    if (raw[k] !== undefined && !isText(raw[k])) fail(k, `expected text, got ${show(raw[k])}`);
  }
  // Stated, never invented: the issuer, the 文号 and the web address must be in the text.
  for (const k of ['issuer', 'docNumber', 'url'] as const) {
    if (isText(raw[k]) && seedText !== undefined && !seedText.includes(raw[k])) fail(k, `${show(raw[k])} does not occur in the plan's text; leave the field out when the text does not state it`);
  }
  if (raw.url !== undefined && !(typeof raw.url === 'string' && /^https?:\/\/[^\s]+$/.test(raw.url))) fail('url', `expected the official web address (http:// or https://), got ${show(raw.url)}`);
  if (raw.date !== undefined && !validDate(raw.date)) fail('date', `expected a date YYYY-MM-DD, got ${show(raw.date)}`);
  if (raw.period !== undefined) {
    const p = raw.period;
    if (!Array.isArray(p) || p.length !== 2 || !p.every((y) => Number.isInteger(y) && y >= 1949 && y <= 2100) || p[0] > p[1]) {
      fail('period', `expected [first year, last year], got ${show(p)}`);
    }
  }
  if (raw.date === undefined && raw.period === undefined) fail('date', 'a plan needs a date or a period (the timeline places it by them)');
  if (typeof raw.colour !== 'string' || !/^#[0-9a-f]{6}$/i.test(raw.colour)) fail('colour', `expected #rrggbb, got ${show(raw.colour)}`);
  if (raw.story !== undefined && !(Array.isArray(raw.story) && raw.story.every(isText))) fail('story', `expected a list of frame ids, got ${show(raw.story)}`);
  checkParsing(raw.parsing, fail);
  if (raw.parsed !== undefined && !isParseRecord(raw.parsed)) {
    fail('parsed', `expected what the parse found, { "paragraphs": n, "headings": {…}, "tables": n, "flags": {…}, "removed": {…} } (npm run plan:record-parse writes it), got ${show(raw.parsed)}`);
  }
  return { entry: errors.length ? null : (raw as unknown as PlanEntry), errors };
}

const isCount = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
const isTally = (v: unknown) => isObj(v) && Object.values(v).every(isCount);
function isParseRecord(v: unknown): boolean {
  return isObj(v) && isCount(v.paragraphs) && isCount(v.tables) && isTally(v.headings) && isTally(v.flags) && isTally(v.removed)
    && Object.keys(v).every((k) => ['paragraphs', 'headings', 'tables', 'flags', 'removed'].includes(k));
}

function checkParsing(parsing: unknown, fail: (field: string, problem: string) => void): void {
  if (!isObj(parsing)) return void fail('parsing', `expected the parsing profile { "layout": … }, got ${show(parsing)}`);
  for (const k of Object.keys(parsing)) if (!PARSING_KEYS.includes(k)) fail(`parsing.${k}`, `unknown field (known: ${PARSING_KEYS.join(', ')})`);
  if (!LAYOUTS.includes(parsing.layout as LayoutMode)) fail('parsing.layout', `expected one of ${LAYOUTS.join(', ')}, got ${show(parsing.layout)}`);
  if (parsing.numbering !== undefined && !NUMBERINGS.includes(parsing.numbering as Numbering)) fail('parsing.numbering', `expected one of ${NUMBERINGS.join(', ')}, got ${show(parsing.numbering)}`);
  if (parsing.preface !== undefined && !isText(parsing.preface)) fail('parsing.preface', `expected the preface heading's text, got ${show(parsing.preface)}`);
  if (parsing.markdown !== undefined && typeof parsing.markdown !== 'boolean') fail('parsing.markdown', `expected true or false, got ${show(parsing.markdown)}`);
  for (const k of PATTERNS) if (parsing[k] !== undefined) checkPattern(parsing[k], `parsing.${k}`, fail);
  if (parsing.titleLines !== undefined) {
    if (!Array.isArray(parsing.titleLines) || !parsing.titleLines.length) fail('parsing.titleLines', 'expected a list of patterns');
    else parsing.titleLines.forEach((p, i) => checkPattern(p, `parsing.titleLines[${i}]`, fail));
  }
  if (parsing.damage !== undefined) {
    if (!Array.isArray(parsing.damage)) fail('parsing.damage', 'expected a list');
    else parsing.damage.forEach((d: unknown, i) => {
      const at = `parsing.damage[${i}]`;
      if (!isObj(d) || !isText(d.contains) || !isText(d.note)) return void fail(at, 'expected { "contains", "flags", "note" }');
      if (!Array.isArray(d.flags) || !d.flags.length || !d.flags.every((f) => FLAGS.includes(f as ParagraphFlag))) fail(`${at}.flags`, `expected flags from ${FLAGS.join(', ')}, got ${show(d.flags)}`);
    });
  }
  if (parsing.tables !== undefined) {
    if (!Array.isArray(parsing.tables)) fail('parsing.tables', 'expected a list');
    else parsing.tables.forEach((t: unknown, i) => {
      const at = `parsing.tables[${i}]`;
      if (!isObj(t) || !isText(t.box) || !Array.isArray(t.columns) || !t.columns.every(isText)) return void fail(at, 'expected { "box": "专栏1", "columns": ["…"] }');
      const groups = t.columnGroups;
      if (groups !== undefined && !(Array.isArray(groups) && groups.every((g) => isObj(g) && isText(g.text) && Number.isInteger(g.from) && Number.isInteger(g.span)
        && (g.from as number) >= 0 && (g.from as number) + (g.span as number) <= (t.columns as string[]).length))) {
        fail(`${at}.columnGroups`, 'expected [{ "text", "from", "span" }] within the columns');
      }
    });
  }
}

function checkPattern(p: unknown, field: string, fail: (field: string, problem: string) => void): void {
  if (!isText(p)) return void fail(field, `expected a pattern (regular expression as text), got ${show(p)}`);
  try {
    new RegExp(p, 'u');
  } catch (e) {
    fail(field, `not a valid pattern: ${(e as Error).message}`);
  }
}

function validDate(v: unknown): boolean {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** Checks across entries: unique ids, orders and colours; a story frame told by one plan only. */
export function validateRegistry(entries: { file: string; entry: PlanEntry }[]): string[] {
  const errors: string[] = [];
  const seen = new Map<string, string>();
  const once = (key: string, file: string, what: string) => {
    const other = seen.get(key);
    if (other) errors.push(`${file}: ${what} is also used by ${other}`);
    else seen.set(key, file);
  };
  for (const { file, entry } of entries) {
    once(`id ${entry.id}`, file, `id ${entry.id}`);
    once(`order ${entry.order}`, file, `order ${entry.order}`);
    once(`colour ${entry.colour.toLowerCase()}`, file, `colour ${entry.colour}`);
    for (const frame of entry.story ?? []) once(`story ${frame}`, file, `story frame ${frame}`);
  }
  if (!entries.length) errors.push('data/plans: no plan registered');
  return errors;
}
