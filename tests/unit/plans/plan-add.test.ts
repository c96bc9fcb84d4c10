// plan:add on bad input: each error names the file and the problem, and nothing is written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addPlan, parseArgs, PlanAddError, type PlanAddOptions } from '../../../scripts/plan-add';
import { fileHashes } from './project-copy';
import { registry } from './registry-data';

const FIXTURE = 'tests/fixtures/plan-fixture';
const FIELDS: PlanAddOptions = {
  file: `${FIXTURE}/plan.txt`, title: '山西省汾河谷地测试协同发展规划（2026—2030年）', issuer: '山西省人民政府',
  number: '晋政发〔2026〕99号', date: '2026-03-01', yes: true,
};

let root = '';
let scratch = '';
const state = () => new Map([...fileHashes(root, 'seeds'), ...fileHashes(root, 'data')]);
const scratchFile = (name: string, content: string | Uint8Array) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

/** The error plan:add throws, after checking that it wrote nothing. */
function refused(opts: PlanAddOptions): string {
  const before = state();
  let message = '';
  try {
    addPlan(opts, root);
  } catch (e) {
    expect(e).toBeInstanceOf(PlanAddError);
    message = (e as Error).message;
  }
  expect(message, 'plan:add should have refused').not.toBe('');
  expect(state()).toEqual(before);
  expect(readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.partial'))).toEqual([]);
  return message;
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'plan-add-'));
  scratch = mkdtempSync(join(tmpdir(), 'plan-add-input-'));
  for (const path of ['seeds', 'data/plans', 'data/catalogue', 'data/basemap']) cpSync(path, join(root, path), { recursive: true });
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

describe('plan:add', () => {
  it('adds a plan: text, registry entry, empty catalogue and candidates, named by the text hash', () => {
    const result = addPlan(FIELDS, root);
    expect(result.id).toMatch(new RegExp(`^${String(registry.length).padStart(3, '0')}_[0-9a-f]{16}$`));
    expect(result.written).toEqual([`seeds/${result.id}.txt`, `data/plans/${result.id}.json`, `data/catalogue/${result.id}.json`, `.cache/candidates/${result.id}.json`]);
    expect(result.report.join('\n')).toMatch(/headings, level 1: preface 1, chapter 3/);
  });

  it('converts a GB18030 text (with CRLF line ends) to the same UTF-8 seed', () => {
    const utf8 = addPlan(FIELDS, root);
    rmSync(join(root, `seeds/${utf8.id}.txt`));
    rmSync(join(root, `data/plans/${utf8.id}.json`));
    rmSync(join(root, `data/catalogue/${utf8.id}.json`));
    rmSync(join(root, `.cache`), { recursive: true });
    const gb = addPlan({ ...FIELDS, file: `${FIXTURE}/plan-gb18030.txt` }, root);
    expect(gb.id).toBe(utf8.id);
    expect(gb.report[0]).toMatch(/converted from gb18030/);
  });

  it('refuses a text in no encoding it can read', () => {
    const bytes = Uint8Array.from({ length: 600 }, (_, i) => (i % 7 === 0 ? 0 : 0x80 + (i % 60)));
    const file = scratchFile('binary.txt', bytes);
    expect(refused({ ...FIELDS, file })).toMatch(new RegExp(`^${file}: the text .*save it as UTF-8`));
  });

  it('refuses an empty file, and one of blank lines', () => {
    const empty = scratchFile('empty.txt', '');
    expect(refused({ ...FIELDS, file: empty })).toBe(`${empty}: the file is empty`);
    const blank = scratchFile('blank.txt', '\n  \n\u3000\n');
    expect(refused({ ...FIELDS, file: blank })).toBe(`${blank}: the file has only blank lines`);
  });

  it('refuses a text that is already in the atlas, whatever its file name or line ends', () => {
    const existing = registry[0]!.id;
    const copy = scratchFile('copy.txt', readFileSync(join(root, `seeds/${existing}.txt`), 'utf8').replace(/\n/g, '\r\n'));
    expect(refused({ ...FIELDS, file: copy, title: registry[0]!.title.zh })).toBe(`${copy}: the same text is already in the atlas as seeds/${existing}.txt`);
  });

  it('refuses a missing field with --yes, naming the file and every missing field', () => {
    expect(refused({ ...FIELDS, issuer: undefined, date: ' ' })).toBe(`plan:add ${FIELDS.file}: missing --issuer, --date (with --yes every field must be given; "-" for an issuer or 文号 the text does not state)`);
    expect(refused({ ...FIELDS, file: undefined })).toMatch(/^plan:add: missing --file/);
  });

  it('refuses a 文号 or issuer the text does not state', () => {
    expect(refused({ ...FIELDS, number: '晋政发〔2026〕1号' })).toMatch(/docNumber: "晋政发〔2026〕1号" does not occur in the plan's text/);
    expect(refused({ ...FIELDS, date: '2026-02-30' })).toMatch(/\(registry entry\): date: expected a date YYYY-MM-DD/);
  });

  it('refuses a layout it cannot structure, naming the file and the line', () => {
    expect(refused({ ...FIELDS, numbering: 'outline' })).toMatch(new RegExp(`^${FIXTURE}/plan.txt:10: «第一章 总体要求» reads as a heading the profile does not number: parsing.numbering is «outline»`));
  });

  it('reads its options', () => {
    expect(parseArgs(['--file', 'a.txt', '--title-en', 'A', '--yes'])).toEqual({ file: 'a.txt', titleEn: 'A', yes: true });
    expect(() => parseArgs(['--file'])).toThrow('--file needs a value');
    expect(() => parseArgs(['--colour', 'red'])).toThrow('unknown option --colour');
  });
});
