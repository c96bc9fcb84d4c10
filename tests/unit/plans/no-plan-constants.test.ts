// Nothing plan-specific in the code: every plan's id (and its hash), story frames, titles, and any
// written count of plans live in the registry (data/plans/), never in src/ or index.html; no test names a
// plan's id or counts the plans.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { registry } from './registry-data';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const sources = [...files('src'), 'index.html'].map((path) => ({ path, text: readFileSync(path, 'utf8') }));

/** Words that name a plan or count the plans. */
const forbidden: { what: string; text: string }[] = [
  ...registry.flatMap((p) => [
    { what: `plan id of ${p.id}`, text: p.id },
    { what: `seed hash of ${p.id}`, text: p.id.slice(4) },
    { what: `title of ${p.id}`, text: p.title.zh },
    { what: `short title of ${p.id}`, text: p.shortTitle.zh },
    ...(p.story ?? []).map((frame) => ({ what: `story frame of ${p.id}`, text: frame })),
  ]),
  { what: 'a count of plans', text: '五部' },
  { what: 'a count of plans', text: 'five plans' },
];

export function findPlanConstants(texts: { path: string; text: string }[]): string[] {
  return texts.flatMap(({ path, text }) => forbidden.filter((f) => text.includes(f.text)).map((f) => `${path}: ${f.what} («${f.text}»)`));
}

describe('no plan constants in the code', () => {
  it('names no plan, story frame or plan count in src/ or index.html', () => {
    expect(findPlanConstants(sources)).toEqual([]);
  });

  it('names no plan id in the tests either: they pick plans from the registry by what they need', () => {
    const tests = files('tests').filter((path) => /\.(ts|tsx)$/.test(path) && !path.endsWith('no-plan-constants.test.ts')).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
    const ids = forbidden.filter((f) => f.what.startsWith('plan id') || f.what.startsWith('seed hash') || f.what === 'a count of plans');
    expect(tests.flatMap(({ path, text }) => ids.filter((f) => text.includes(f.text)).map((f) => `${path}: ${f.what}`))).toEqual([]);
  });

  it('would catch one', () => {
    const p = registry[0]!;
    expect(findPlanConstants([{ path: 'src/x.ts', text: `const SEED = '${p.id}'; // 五部` }])).toEqual([
      `src/x.ts: plan id of ${p.id} («${p.id}»)`,
      `src/x.ts: seed hash of ${p.id} («${p.id.slice(4)}»)`,
      'src/x.ts: a count of plans («五部»)',
    ]);
  });
});
