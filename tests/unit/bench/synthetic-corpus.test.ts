// The scale benchmark's synthetic corpus (scripts/bench/synthetic-corpus.ts): one synthetic copy of every
// registered plan in a project copy. Always: seed ids follow the naming rule and every id is unique, every
// quote is verbatim and unique in its own synthetic seed, the registry files are formatted as plan:add
// writes them. With SCALE_BUILD=1 also: the copy compiles (scripts/compile-data.ts --no-fonts, ≈ 1–2 min).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { addSyntheticPlans, characterShift, copyForBuild } from '../../../scripts/bench/synthetic-corpus';
import { runScript } from '../plans/project-copy';
import { countOccurrences, normalizeQuote } from '../../../src/lib/citations/normalize-quote';
import { formatPlanEntry } from '../../../src/lib/plans/format-plan-entry';
import type { CatalogueFile } from '../../../src/lib/catalogue/catalogue-input';
import { registry } from '../plans/registry-data';

let root = '';
let added: string[] = [];
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const catalogues = () => readdirSync(join(root, 'data/catalogue')).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(read(`data/catalogue/${f}`)) as CatalogueFile);

beforeAll(() => {
  root = copyForBuild('atlas-synthetic-test-');
  added = addSyntheticPlans(root, registry.length * 2);
}, 60_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('the synthetic corpus', () => {
  it('shifts characters one-to-one, so equal strings stay equal and different ones different', () => {
    const shift = characterShift(['甲', '乙', '丙'], 1);
    expect(shift('甲乙丙丁')).toBe('乙丙甲丁');
    expect(characterShift(['甲', '乙', '丙'], 3)('甲乙')).toBe('甲乙');
  });

  it('adds one copy of every plan, named by the seed rule (next number, SHA-256 of the text)', () => {
    expect(added).toHaveLength(registry.length);
    const numbers = added.map((id) => Number(id.slice(0, 3)));
    expect(new Set(numbers).size).toBe(added.length);
    expect(Math.min(...numbers)).toBe(Math.max(...registry.map((p) => Number(p.id.slice(0, 3)))) + 1);
    for (const id of added) {
      expect(id).toMatch(/^\d{3}_[0-9a-f]{16}$/);
      expect(createHash('sha256').update(read(`seeds/${id}.txt`), 'utf8').digest('hex').slice(0, 16)).toBe(id.slice(4));
      const entry = read(`data/plans/${id}.json`);
      expect(formatPlanEntry(JSON.parse(entry))).toBe(entry);
    }
  });

  it('gives every feature and frame an id of its own', () => {
    const full = catalogues().flatMap((c) => [...(c.features ?? []).filter((f) => f.name), ...(c.frames ?? []).filter((f) => f.name)]);
    const ids = new Set(full.map((f) => f.id));
    const copies = [...ids].filter((id) => id.endsWith('-s1'));
    expect(copies.length * 2).toBe(ids.size);
    for (const id of copies) expect(ids.has(id.slice(0, -3)), id).toBe(true);
  });

  it('keeps every quote verbatim and unique in its own synthetic seed, with new words', () => {
    const texts = new Map(added.map((id) => [id, normalizeQuote(read(`seeds/${id}.txt`))]));
    const cited = catalogues().filter((c) => texts.has(c.seed)).flatMap((c) => [...(c.features ?? []), ...(c.frames ?? [])].flatMap((f) => f.citations));
    expect(cited.length).toBeGreaterThan(100);
    const originals = registry.map((p) => normalizeQuote(readFileSync(`seeds/${p.id}.txt`, 'utf8'))).join('\n');
    let changed = 0;
    for (const c of cited) {
      const text = texts.get(c.seed);
      expect(text, c.quote).toBeDefined();
      const quote = normalizeQuote(c.quote);
      const n = countOccurrences(text!, quote);
      if (n !== 1) expect(countOccurrences(text!, normalizeQuote((c.prefix ?? '') + c.quote)), c.quote).toBe(1);
      if (!originals.includes(quote)) changed++;
    }
    expect(changed / cited.length).toBeGreaterThan(0.5);
  });
});

describe.runIf(!!process.env.SCALE_BUILD)('the synthetic copy', () => {
  it('compiles: the registry, the parsing, every quote and every recipe', () => {
    const out = runScript(root, 'scripts/compile-data.ts', ['--no-fonts']);
    expect(out).toContain(`${registry.length * 2} documents`);
  }, 400_000);
});
