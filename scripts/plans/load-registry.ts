// Reads and checks the plan registry (data/plans/*.json): every problem in every file is reported
// at once, each naming its file and field. The one place scripts, the vite plugin and tests read it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanEntry } from '../../src/lib/plans/plan-registry-types';
import { validatePlanEntry, validateRegistry } from '../../src/lib/plans/validate-plan-entry';
import { sortPlans } from '../../src/lib/plans/plan-summary';

export class RegistryError extends Error {
  constructor(readonly problems: string[]) {
    super(`The plan registry has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}

/** Every registered plan, checked, oldest first. `root`: the project folder. */
export function loadRegistry(root = '.'): PlanEntry[] {
  const dir = join(root, 'data/plans');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const problems: string[] = [];
  const entries: { file: string; entry: PlanEntry }[] = [];
  for (const name of files) {
    const file = `data/plans/${name}`;
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch (e) {
      problems.push(`${file}: not valid JSON: ${(e as Error).message}`);
      continue;
    }
    const seedPath = join(root, 'seeds', `${name.replace(/\.json$/, '')}.txt`);
    const seedText = existsSync(seedPath) ? readFileSync(seedPath, 'utf8') : undefined;
    if (seedText === undefined) problems.push(`${file}: no plan text seeds/${name.replace(/\.json$/, '.txt')}`);
    const { entry, errors } = validatePlanEntry(raw, { file, seedText });
    problems.push(...errors);
    if (entry) entries.push({ file, entry });
  }
  for (const seed of readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt'))) {
    if (!files.includes(seed.replace(/\.txt$/, '.json'))) problems.push(`seeds/${seed}: not in the registry (add data/plans/${seed.replace(/\.txt$/, '.json')}, e.g. with npm run plan:add)`);
  }
  if (!problems.length) problems.push(...validateRegistry(entries));
  if (problems.length) throw new RegistryError(problems);
  return sortPlans(entries.map((e) => e.entry));
}
