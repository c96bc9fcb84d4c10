/**
 * WDBII river segments from GMT (`gmt coast -Ia -Df -M`): parse the multisegment text and
 * join the pieces GMT cuts at its bin boundaries back into longer lines.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RiverSegment {
  level: number;
  coords: Array<[number, number]>;
}

/** WDBII river levels: 1–4 permanent rivers (major → minor), 5 ? (unused), 6 intermittent, 8–9 canals. */
export const PERMANENT_LEVELS = [1, 2, 3, 4] as const;
export const INTERMITTENT_LEVELS = [6] as const;

/** Parse GMT multisegment text with `> River Bin # n, Level k` headers. */
export function parseGmtMultisegment(text: string): RiverSegment[] {
  const out: RiverSegment[] = [];
  let cur: RiverSegment | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (line.startsWith('>')) {
      const m = /Level\s+(\d+)/.exec(line);
      if (!m) throw new Error(`gmt coast: segment header without level: ${line}`);
      cur = { level: Number(m[1]), coords: [] };
      out.push(cur);
      continue;
    }
    if (!cur) throw new Error('gmt coast: coordinates before the first segment header');
    const [x, y] = line.split(/\s+/).map(Number);
    if (!Number.isFinite(x) || !Number.isFinite(y)) throw new Error(`gmt coast: bad coordinate line: ${line}`);
    cur.coords.push([x!, y!]);
  }
  // GMT emits zero-length stubs at bin corners; they would look like confluences to joinSegments.
  return out.filter((s) => s.coords.length >= 2 && s.coords.some((c) => c[0] !== s.coords[0]![0] || c[1] !== s.coords[0]![1]));
}

/** Run gmt coast for a region and return the WDBII river text (all rivers and canals). */
export function runGmtRivers(region: [number, number, number, number]): string {
  const [w, s, e, n] = region;
  // GMT writes a gmt.history file into its working directory: run it in a throwaway one.
  const cwd = mkdtempSync(join(tmpdir(), 'gmt-'));
  try {
    return execFileSync('gmt', ['coast', `-R${w}/${e}/${s}/${n}`, '-Ia', '-Df', '-M'], { encoding: 'utf8', maxBuffer: 64 << 20, cwd });
  } catch (err) {
    throw new Error(`GSHHG/WDBII: "gmt coast" failed (is Debian gmt + gmt-gshhg-full installed?): ${(err as Error).message}`, { cause: err });
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

const key = (p: readonly number[]) => `${p[0]!.toFixed(6)},${p[1]!.toFixed(6)}`;

/**
 * Join segments that meet end-to-end, but only through nodes where exactly two segments with the
 * same grouping key meet (so confluences stay split and a tributary never absorbs a main river).
 */
export function joinSegments<T extends { coords: Array<[number, number]> }>(segs: T[], groupKey: (s: T) => string): Array<T & { parts: number }> {
  const groups = new Map<string, T[]>();
  for (const s of segs) {
    const g = groupKey(s);
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g)!.push(s);
  }
  // Degree of every endpoint over ALL segments (any group) — a node shared by a third line is a confluence.
  const degree = new Map<string, number>();
  for (const s of segs) for (const p of [s.coords[0]!, s.coords[s.coords.length - 1]!]) degree.set(key(p), (degree.get(key(p)) ?? 0) + 1);
  const out: Array<T & { parts: number }> = [];
  for (const list of groups.values()) {
    const used = new Set<number>();
    const ends = new Map<string, number[]>();
    list.forEach((s, i) => {
      for (const p of [s.coords[0]!, s.coords[s.coords.length - 1]!]) {
        const k = key(p);
        if (!ends.has(k)) ends.set(k, []);
        ends.get(k)!.push(i);
      }
    });
    const nextAt = (k: string, from: number): number | undefined => {
      if (degree.get(k) !== 2) return undefined;
      return (ends.get(k) ?? []).find((j) => j !== from && !used.has(j));
    };
    for (let i = 0; i < list.length; i++) {
      if (used.has(i)) continue;
      used.add(i);
      let coords = [...list[i]!.coords];
      let parts = 1;
      // extend forward
      for (;;) {
        const k = key(coords[coords.length - 1]!);
        const j = nextAt(k, -1);
        if (j === undefined) break;
        used.add(j);
        parts++;
        const c = list[j]!.coords;
        coords = key(c[0]!) === k ? coords.concat(c.slice(1)) : coords.concat([...c].reverse().slice(1));
      }
      // extend backward
      for (;;) {
        const k = key(coords[0]!);
        const j = nextAt(k, -1);
        if (j === undefined) break;
        used.add(j);
        parts++;
        const c = list[j]!.coords;
        coords = key(c[c.length - 1]!) === k ? c.slice(0, -1).concat(coords) : [...c].reverse().slice(0, -1).concat(coords);
      }
      out.push({ ...list[i]!, coords, parts });
    }
  }
  return out;
}
