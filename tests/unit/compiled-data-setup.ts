// Vitest global setup: several unit tests read the compiled data in public/data (git-ignored). Compile it
// when it is missing or older than its inputs, so `npx vitest run` works in a fresh clone.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const OUTPUT = 'public/data/catalogue/base.topo.json';
const INPUTS = ['data', 'seeds', 'scripts/compile', 'scripts/compile-data.ts', 'src/lib'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

export default function setup(): void {
  if (existsSync(OUTPUT) && statSync(OUTPUT).mtimeMs >= Math.max(...INPUTS.filter(existsSync).map(newestMtime))) return;
  console.log('unit tests: compiling data into public/data');
  execFileSync('npx', ['tsx', 'scripts/compile-data.ts'], { stdio: 'inherit' });
}
