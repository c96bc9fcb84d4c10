// A temporary copy of the project (data, seeds, scripts, src, tests, config; node_modules linked) for
// tests that add a plan the way a planner does, without touching the working tree.
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';

const COPIED = ['data', 'seeds', 'scripts', 'src', 'tests', 'package.json', 'tsconfig.json', 'vite.config.ts', 'index.html'];

export function copyProject(prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  // Not scripts/node_modules: the benchmark's tools (npm run tools) are not part of a project copy.
  for (const path of COPIED) cpSync(path, join(root, path), { recursive: true, filter: (from) => !from.includes('node_modules') });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

/** path → SHA-256 of every file under `dir` (relative to `root`). */
export function fileHashes(root: string, dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(root, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(join(root, dir));
  return out;
}

/** Runs a tsx script in `root`; returns its output, or throws with its stderr. */
export function runScript(root: string, script: string, args: string[]): string {
  try {
    return execFileSync(join(root, 'node_modules/.bin/tsx'), [script, ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    const err = e as { stderr?: string; stdout?: string };
    throw new Error(`${script} failed:\n${err.stderr ?? ''}${err.stdout ?? ''}`, { cause: e });
  }
}
