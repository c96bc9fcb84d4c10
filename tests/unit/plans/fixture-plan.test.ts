// The corpus grows without code: a synthetic plan with a layout of its own (tests/fixtures/plan-fixture/)
// is added by `plan:add --yes` in a copy of the project, a tiny catalogue is written for it, and after the
// data compile it is in search, the timeline, the tours and the compare lists with its frame, while no
// file under src/ or tests/ changed. It runs as its own step of `npm test` (npm run test:plan-fixture, which
// sets FIXTURE_BUILD=1 and also runs the vite build and reads the built page), not in the plain unit run:
// copying and compiling a project is the slowest unit test by far.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileHashes, runScript } from './project-copy';
import { copyProject } from '../../../scripts/project-copy';
import type { PlanSummary } from '../../../src/lib/plans/plan-summary';
import type { PlanFrame } from '../../../src/lib/catalogue/catalogue-types';
import type { SearchIndexFile } from '../../../src/lib/search/search-index-types';
import { buildTours } from '../../../src/lib/present/build-tours';
import { groupOptions } from '../../../src/features/compare/compare-options';
import { timelineAxis } from '../../../src/lib/explorer/plan-spans';
import { registry } from './registry-data';
import { parseRecord } from '../../../src/lib/documents/parse-record';
import type { PlanDocument } from '../../../src/lib/documents/document-types';
import type { PlanEntry } from '../../../src/lib/plans/plan-registry-types';

const FIXTURE = 'tests/fixtures/plan-fixture';
const ARGS = [
  '--file', `${FIXTURE}/plan.txt`, '--title', '山西省汾河谷地测试协同发展规划（2026—2030年）', '--issuer', '山西省人民政府',
  '--number', '晋政发〔2026〕99号', '--date', '2026-03-01', '--title-en', 'Fen Valley Test Coordinated Development Plan (2026–2030)',
  '--short-title', '汾河谷地测试规划', '--short-title-en', 'Fen Valley Test Plan', '--yes',
];

let root = '';
let seed = '';
let before: Map<string, string>;
const json = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;

const RUN = !!process.env.FIXTURE_BUILD;

beforeAll(() => {
  if (!RUN) return;
  root = copyProject('atlas-fixture-', { tests: true });
  before = new Map([...fileHashes(root, 'src'), ...fileHashes(root, 'tests')]);
  const out = runScript(root, 'scripts/plan-add.ts', ARGS);
  seed = /^(\d{3}_[0-9a-f]{16}):/m.exec(out)![1]!;
  writeFileSync(join(root, `data/catalogue/${seed}.json`), readFileSync(`${FIXTURE}/catalogue.json`, 'utf8').replaceAll('%SEED%', seed));
  runScript(root, 'scripts/compile-data.ts', ['--no-fonts']);
}, 120_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.runIf(RUN)('a plan added as data', () => {
  it('is registered after the plans there were, with what the text states', () => {
    const plans = json<PlanSummary[]>('public/data/plans.json');
    expect(plans.map((p) => p.id)).toEqual([...registry.map((p) => p.id), seed]);
    expect(plans.at(-1)).toMatchObject({ issuer: '山西省人民政府', docNumber: '晋政发〔2026〕99号', date: '2026-03-01', span: [2026, 2030], year: '2026–2030' });
  });

  it('is parsed by its own profile: preface, chapters, sections, box, page numbers and back matter', () => {
    const doc = json<{ headings: { kind: string; text: string }[]; removed: { kind: string }[]; docNumber?: string }>(`public/data/documents/${seed}.json`);
    const kinds = doc.headings.map((h) => h.kind);
    expect(kinds.filter((k) => k === 'chapter')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'section')).toHaveLength(4);
    expect(doc.headings.find((h) => h.kind === 'preface')?.text).toBe('序 言');
    expect(kinds).toContain('box');
    expect(doc.removed.filter((r) => r.kind === 'page-number')).toHaveLength(2);
    expect(doc.docNumber).toBe('晋政发〔2026〕99号');
    // plan:add recorded what it parsed, for the parse test to hold the plan to.
    expect(json<PlanEntry>(`data/plans/${seed}.json`).parsed).toEqual(parseRecord(json<PlanDocument>(`public/data/documents/${seed}.json`)));
  });

  it('appears in search, on the timeline, in the tours and in the compare lists, with its frame', () => {
    const plans = json<PlanSummary[]>('public/data/plans.json');
    const search = json<SearchIndexFile>('public/data/search-index.json');
    expect(search.documents[0]!.id).toBe(seed); // plan-text hits: newest first
    expect(search.features.map((f) => f.id)).toEqual(expect.arrayContaining(['fixture-taiyuan-core', 'fixture-north-wing']));

    expect(timelineAxis(plans.map((p) => ({ start: p.span[0], end: p.span[1] })))!.ticks).toContain(2030);

    const frames = json<PlanFrame[]>('public/data/frames.json');
    expect(frames.find((f) => f.id === 'fixture-one-core-two-wings')?.seed).toBe(seed);
    const tours = buildTours(frames, [], {}, plans);
    const own = tours.find((t) => t.id === `plan-${seed.slice(0, 3)}`)!;
    expect(own.name.zh).toBe('汾河谷地测试规划（2026–2030）');
    expect(own.steps[0]).toMatchObject({ kind: 'frame', frameId: 'fixture-one-core-two-wings' });
    expect(tours.find((t) => t.id === 'all')!.steps.at(-1)!.frameId).toBe('fixture-one-core-two-wings');

    const { byPlan } = groupOptions(frames, plans, 'zh', '全部');
    expect(byPlan.at(-1)!.plan.id).toBe(seed);
    expect(byPlan.at(-1)!.options.map((o) => o.id)).toEqual([`plan:${seed}`, 'fixture-one-core-two-wings']);
  });

  it('writes its candidates for review, outside what is shipped', () => {
    const { candidates } = json<{ candidates: { kind: string; text: string; unique: boolean }[] }>(`.cache/candidates/${seed}.json`);
    expect(candidates.find((c) => c.kind === 'slogan')?.text).toBe('一核两翼');
    expect(candidates.map((c) => c.text)).toEqual(expect.arrayContaining(['太原市', '汾河']));
    expect(candidates.every((c) => c.unique)).toBe(true);
    expect(existsSync(join(root, `public/data/candidates`))).toBe(false);
  });

  it('changes no file under src/ or tests/', () => {
    expect(new Map([...fileHashes(root, 'src'), ...fileHashes(root, 'tests')])).toEqual(before);
  });

  it('is in the built page: its description counts the plans', () => {
    execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'pipe' });
    const html = readFileSync(join(root, 'dist/index.html'), 'utf8');
    expect(html).toContain(`${registry.length + 1} Shanxi plans (`);
    expect(html).toContain('–2035)');
  }, 120_000);
});
