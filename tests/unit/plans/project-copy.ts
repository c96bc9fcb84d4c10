// Helpers of the tests that add a plan the way a planner does, in a copy of the project (scripts/project-copy.ts).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { execFileSync } from 'node:child_process';

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
