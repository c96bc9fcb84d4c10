// The registry is checked when the data compiles: each problem named with its file and field.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validatePlanEntry, validateRegistry } from '../../../src/lib/plans/validate-plan-entry';
import { loadRegistry, RegistryError } from '../../../scripts/plans/load-registry';
import { formatPlanEntry } from '../../../src/lib/plans/format-plan-entry';
import { registry } from './registry-data';

const fixture = (name: string) => JSON.parse(readFileSync(`tests/fixtures/registry/${name}`, 'utf8')) as unknown;

describe('a registry entry', () => {
  it('passes for every registered plan, and its file is formatted', () => {
    for (const entry of registry) {
      const file = `data/plans/${entry.id}.json`;
      const text = readFileSync(file, 'utf8');
      expect(validatePlanEntry(JSON.parse(text), { file, seedText: readFileSync(`seeds/${entry.id}.txt`, 'utf8') }).errors).toEqual([]);
      expect(text, `${file} is not formatted as plan:add writes it`).toBe(formatPlanEntry(JSON.parse(text)));
    }
  });

  it('names the file and the field of every problem', () => {
    const file = 'data/plans/007_0123456789abcdef.json';
    const { entry, errors } = validatePlanEntry(fixture('bad-fields.json'), { file, seedText: '山西省测试规划\n正文。' });
    expect(entry).toBeNull();
    const fields = errors.map((e) => e.slice(file.length + 2).split(':')[0]);
    expect(fields).toEqual([
      'colours', 'order', 'title', 'docNumber', 'date', 'period', 'colour', 'story',
      'parsing.layout', 'parsing.backFrom', 'parsing.damage[0].flags', 'parsing.tables[0].columnGroups',
    ]);
    for (const e of errors) expect(e.startsWith(`${file}: `)).toBe(true);
    expect(errors.find((e) => e.includes(': docNumber:'))).toMatch(/does not occur in the plan's text; leave the field out/);
    expect(errors.find((e) => e.includes(': colour:'))).toMatch(/expected #rrggbb, got "red"/);
  });

  it('needs a date or a period, and an id that matches its file', () => {
    expect(validatePlanEntry(fixture('no-date.json'), { file: 'data/plans/008_fedcba9876543210.json' }).errors)
      .toEqual(['data/plans/008_fedcba9876543210.json: date: a plan needs a date or a period (the timeline places it by them)']);
    expect(validatePlanEntry(fixture('no-date.json'), { file: 'data/plans/other.json' }).errors[0]).toMatch(/id: must match the file name/);
  });

  it('refuses clashes between entries', () => {
    const a = { ...registry[0]!, story: ['f'] };
    const b = { ...registry[1]!, order: a.order, colour: a.colour.toUpperCase(), story: ['f'] };
    expect(validateRegistry([{ file: 'a.json', entry: a }, { file: 'b.json', entry: b }])).toEqual([
      `b.json: order ${a.order} is also used by a.json`,
      `b.json: colour ${a.colour.toUpperCase()} is also used by a.json`,
      'b.json: story frame f is also used by a.json',
    ]);
  });
});

describe('loading the registry', () => {
  it('reports every problem at once: bad JSON, a seed without entry, an entry without seed', () => {
    const root = mkdtempSync(join(tmpdir(), 'registry-'));
    try {
      cpSync('data/plans', join(root, 'data/plans'), { recursive: true });
      cpSync('seeds', join(root, 'seeds'), { recursive: true });
      cpSync('tests/fixtures/registry/not-json.json', join(root, 'data/plans/009_0000000000000000.json'));
      writeFileSync(join(root, 'seeds/010_1111111111111111.txt'), '正文。');
      cpSync('tests/fixtures/registry/no-date.json', join(root, 'data/plans/008_fedcba9876543210.json'));
      let error: unknown;
      try {
        loadRegistry(root);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(RegistryError);
      const problems = (error as RegistryError).problems;
      expect(problems).toEqual(expect.arrayContaining([
        expect.stringMatching(/^data\/plans\/009_0000000000000000\.json: not valid JSON/),
        'data/plans/008_fedcba9876543210.json: no plan text seeds/008_fedcba9876543210.txt',
        expect.stringMatching(/^seeds\/010_1111111111111111\.txt: not in the registry/),
      ]));
      expect((error as Error).message).toMatch(/^The plan registry has \d+ problems:/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
