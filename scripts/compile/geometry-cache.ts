// The build's slow geometry checks (lib/catalogue/geometry-memo) kept on disk between runs, where tools keep
// their caches (node_modules/.cache/): the compile, the plan fixture's compile in a copy of the project (which
// links node_modules), the authoring server and its tests compute each result once. The file is named by what
// the results depend on — the code of the checks, the locked dependencies and the basemap — so a change to
// any of them starts a new file; results are keyed by a digest of the geometry and the check.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { GeometryMemo, type MemoEntry } from '../../src/lib/catalogue/geometry-memo';

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CACHE_DIR = join(PROJECT, 'node_modules/.cache/atlas-geometry');
/** What the checks' results depend on, besides the outline: their code and the geometry libraries. */
const CODE = ['src/lib/catalogue', 'src/lib/geo'];

const digest = (parts: string[]): string => {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/** The installed packages (npm's record of node_modules, the same in a copy of the project that links it). */
const installed = (): string => {
  try { return readFileSync(join(PROJECT, 'node_modules/.package-lock.json'), 'utf8'); } catch { return ''; }
};

function versionOf(topology: Topology): string {
  const code = CODE.flatMap((dir) => readdirSync(join(PROJECT, dir)).filter((f) => f.endsWith('.ts')).sort().map((f) => readFileSync(join(PROJECT, dir, f), 'utf8')));
  return digest([...code, installed(), JSON.stringify(topology)]).slice(0, 16);
}

export interface DiskGeometryMemo { memo: GeometryMemo; save(): void }

/**
 * The memo kept for this basemap (Shanxi's outline is merged from its counties); `save()` writes what was computed
 * (atomically; a cache, so the last writer wins). ATLAS_GEOMETRY_CACHE=off computes everything and keeps nothing
 * (the scale benchmark's builds, which measure a build from nothing).
 */
export function diskGeometryMemo(topology: Topology, dir = CACHE_DIR): DiskGeometryMemo {
  if (process.env.ATLAS_GEOMETRY_CACHE === 'off') return { memo: new GeometryMemo(), save() {} };
  const file = join(dir, `${versionOf(topology)}.json`);
  let known: MemoEntry[] = [];
  try {
    if (existsSync(file)) known = JSON.parse(readFileSync(file, 'utf8')) as MemoEntry[];
  } catch { known = []; } // a torn or foreign file is a cache miss
  const memo = new GeometryMemo((json) => digest([json]), known);
  return {
    memo,
    save() {
      if (!memo.changed) return;
      mkdirSync(dir, { recursive: true });
      // Older versions' files are of no use any more.
      for (const old of readdirSync(dir)) if (join(dir, old) !== file && old.endsWith('.json')) rmSync(join(dir, old), { force: true });
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify(memo.entries()));
      renameSync(temp, file);
      memo.changed = false;
    },
  };
}
