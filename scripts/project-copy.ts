// A temporary copy of the project to change or build without touching the working tree (the plan fixture test,
// the scale benchmark): what the site is built from, and the tests when asked; node_modules linked. Never
// scripts/node_modules (the benchmark's own tools, `npm run tools`), which no copy builds with.
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BUILT_FROM = ['data', 'seeds', 'scripts', 'src', 'package.json', 'tsconfig.json', 'vite.config.ts', 'index.html'];

export function copyProject(prefix: string, { tests = false } = {}): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const path of tests ? [...BUILT_FROM, 'tests'] : BUILT_FROM) {
    cpSync(path, join(root, path), { recursive: true, filter: (from) => !from.includes('node_modules') });
  }
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}
