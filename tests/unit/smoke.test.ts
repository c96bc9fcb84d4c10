// The corpus is data: every plan text in seeds/ is registered in data/plans/ with a catalogue, and every
// registered plan has its text. No plan counts here: adding a plan adds a registry entry, not a test edit.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { loadRegistry } from '../../scripts/plans/load-registry';

const registry = loadRegistry();
const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, ''));
const catalogued = new Set(readdirSync('data/catalogue').filter((f) => f.endsWith('.json')).map((f) => f.split('.')[0]));

describe('the corpus', () => {
  it('registers every plan text and has a text for every registered plan', () => {
    expect(seeds.length).toBeGreaterThan(0);
    expect([...registry.map((p) => p.id)].sort()).toEqual([...seeds].sort());
  });

  it('gives every registered plan a title and a catalogue', () => {
    for (const plan of registry) {
      expect(existsSync(`seeds/${plan.id}.txt`), plan.id).toBe(true);
      expect(catalogued.has(plan.id), `data/catalogue/${plan.id}.json`).toBe(true);
      expect(plan.title.zh.length, plan.id).toBeGreaterThan(4);
    }
  });
});
