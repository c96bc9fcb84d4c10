// `npm run bench:scale` (issue 19): how build, download and interaction grow with the corpus. For each N
// it makes a project copy with N plans (scripts/bench/synthetic-corpus.ts), builds it as `npm run build`
// does, serves its test build and measures it in Debian chromium with the benchmark's own probes; every
// figure is also given as a ratio to the first N, measured in the same run. Writes reports/scale.json,
// prints a Markdown table and exits 1 when a budget is missed. Not part of `npm test`.
// Usage: npm run bench:scale -- [--sizes 5,20,50] [--selections 40] [--idle-runs 3] [--port 4398] [--keep]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { addSyntheticPlans, copyForBuild } from './synthetic-corpus';
import { startBenchSite } from './bench-site';
import { measureTransfer } from './measure-transfer';
import { measureInteraction } from './measure-interaction';
import { benchContext } from './page-probes';
import { median, round } from './stats';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const SIZES = arg('sizes', '5,20,50').split(',').map(Number);
// As many as `npm run bench` times: the p95 of 30 was most of the way to the slowest selection, so one pause of the
// machine decided it; the selections made while the map still draws (not reported here) are skipped for the time.
const SELECTIONS = Number(arg('selections', '40'));
const IDLE_RUNS = Number(arg('idle-runs', '3'));
const PORT = Number(arg('port', process.env.ATLAS_BENCH_PORT ?? '4398'));
const OUT = arg('out', 'reports/scale.json');
const DESKTOP = { width: 1280, height: 800 };
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--disable-quic', '--disable-dev-shm-usage', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

interface Row {
  n: number;
  buildS: number;
  distMB: number;
  firstViewJsKB: number;
  firstViewDataKB: number;
  searchIndexKB: number;
  searchP95Ms: number | null;
  searchToFrameP95Ms: number | null;
  selectP95Ms: number;
  /** Not in the table: what tells a pause of the machine (one slow selection or keystroke) from a slower app. */
  selectMedianMs: number;
  selectSlowestMs: number[];
  selections: number;
  searchMedianMs: number | null;
  keystrokes: number;
  heapMB: number;
  mapIdleMs: number;
}

const FIGURES: { key: keyof Row; label: string }[] = [
  { key: 'buildS', label: 'build time (s)' },
  { key: 'distMB', label: '`dist/` size (MB)' },
  { key: 'firstViewJsKB', label: 'first-view JS (KB gzip)' },
  { key: 'firstViewDataKB', label: 'first-view data (KB gzip)' },
  { key: 'searchIndexKB', label: 'search index (KB gzip)' },
  { key: 'searchP95Ms', label: '`searchP95Ms`' },
  { key: 'searchToFrameP95Ms', label: 'keystroke → next frame, p95 (ms, no budget)' },
  { key: 'selectP95Ms', label: '`selectP95Ms`' },
  { key: 'heapMB', label: 'JS heap after idle (MB)' },
  { key: 'mapIdleMs', label: 'navigation → live map first idle (ms)' },
];

function bytesUnder(path: string): number {
  const s = statSync(path);
  return s.isDirectory() ? readdirSync(path).reduce((t, name) => t + bytesUnder(join(path, name)), 0) : s.size;
}

/** gzip bytes of the search data a query can read: the index and its shards, if any. */
function searchIndexKB(dist: string): number {
  const files = [join(dist, 'data/search-index.json')];
  const shards = join(dist, 'data/search');
  try { for (const f of readdirSync(shards)) files.push(join(shards, f)); } catch { /* not sharded */ }
  return round(files.reduce((t, f) => t + gzipSync(readFileSync(f)).length, 0) / 1000);
}

/** The copy built as `npm run build` does (data with fonts, dist/, dist-e2e/) from nothing (no geometry results
 *  kept from another build); seconds. */
function build(root: string): number {
  const t0 = performance.now();
  const env = { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', ATLAS_GEOMETRY_CACHE: 'off' };
  const run = (bin: string, a: string[]) => execFileSync(join(root, 'node_modules/.bin', bin), a, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  run('tsx', ['scripts/compile-data.ts']);
  run('vite', ['build', '--logLevel', 'warn']);
  run('vite', ['build', '--mode', 'e2e', '--outDir', 'dist-e2e', '--logLevel', 'warn']);
  return round((performance.now() - t0) / 1000);
}

/**
 * Navigation → first drawn idle, and the page's JS heap after a garbage collection once what it loads after the
 * first view (plans read ahead, details, the search index) has come: no new request for 2 s (median of runs).
 */
/** Waits until the page has started no request for `quietMs` (30 s at most). */
async function waitForRequestsQuiet(page: Page, quietMs: number): Promise<void> {
  const until = Date.now() + 30_000;
  let count = -1;
  let since = Date.now();
  while (Date.now() < until) {
    const now = await page.evaluate(() => performance.getEntriesByType('resource').length);
    if (now !== count) { count = now; since = Date.now(); } else if (Date.now() - since >= quietMs) return;
    await page.waitForTimeout(250);
  }
}

async function idleAndHeap(browser: Browser, url: string): Promise<{ mapIdleMs: number; heapMB: number }> {
  const idle: number[] = [];
  const heap: number[] = [];
  for (let i = 0; i < IDLE_RUNS; i++) {
    const context = await benchContext(browser, { viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(url);
    const handle = await page.waitForFunction(() => window.__benchFirstIdle, undefined, { timeout: 60_000, polling: 100 });
    idle.push((await handle.jsonValue()) as number);
    await waitForRequestsQuiet(page, 2000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    heap.push((await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6);
    await context.close();
  }
  return { mapIdleMs: round(median(idle)), heapMB: round(median(heap)) };
}

async function measure(n: number, browser: Browser, log: (s: string) => void): Promise<Row> {
  const root = copyForBuild(`atlas-scale-${n}-`);
  try {
    addSyntheticPlans(root, n);
    log(`N = ${n}: building`);
    const buildS = build(root);
    const dist = join(root, 'dist-e2e');
    const site = await startBenchSite(dist, PORT, { bare: false });
    try {
      log(`N = ${n}: built in ${buildS} s; first view, interaction, idle and heap`);
      const transfer = await measureTransfer(browser, site.appUrl, dist, DESKTOP);
      const interaction = await measureInteraction(browser, site.appUrl, dist, SELECTIONS, DESKTOP, false);
      const idle = await idleAndHeap(browser, site.appUrl);
      return {
        n,
        buildS,
        distMB: round(bytesUnder(join(root, 'dist')) / 1e6, 2),
        firstViewJsKB: transfer.firstViewJsKB,
        firstViewDataKB: transfer.firstViewDataKB,
        searchIndexKB: searchIndexKB(dist),
        searchP95Ms: interaction.searchP95Ms,
        searchToFrameP95Ms: interaction.searchToFrameP95Ms,
        selectP95Ms: interaction.selectP95Ms,
        selectMedianMs: interaction.selectMedianMs,
        selectSlowestMs: interaction.selectSlowestMs,
        selections: interaction.selections,
        searchMedianMs: interaction.searchMedianMs,
        keystrokes: interaction.keystrokes,
        ...idle,
      };
    } finally {
      await site.close();
    }
  } finally {
    if (!args.includes('--keep')) rmSync(root, { recursive: true, force: true });
    else log(`kept ${root}`);
  }
}

interface Budget { metric: string; value: number | null; budget: string; pass: boolean | null }

function budgets(rows: Row[]): Budget[] {
  const base = rows[0]!;
  const last = rows.at(-1)!;
  const at = `N = ${last.n}`;
  const ratio = (k: keyof Row) => (typeof last[k] === 'number' && typeof base[k] === 'number' ? round((last[k] as number) / (base[k] as number), 2) : null);
  const check = (metric: string, value: number | null, limit: number, budget: string): Budget => ({ metric, value, budget, pass: value === null ? null : value <= limit });
  return [
    check(`firstViewDataKB at ${at}`, last.firstViewDataKB, 150, '≤ 150 KB gzip'),
    check(`searchP95Ms at ${at}`, last.searchP95Ms, 16, '≤ 16 ms'),
    check(`selectP95Ms at ${at}`, last.selectP95Ms, 50, '≤ 50 ms'),
    check(`heap at ${at} ÷ N = ${base.n}`, ratio('heapMB'), 2, '≤ 2×'),
    check(`build time at ${at} ÷ N = ${base.n}`, ratio('buildS'), 12, '≤ 12×'),
  ];
}

function table(rows: Row[]): string {
  const base = rows[0]!;
  const cell = (r: Row, k: keyof Row) => {
    const v = r[k] as number | null;
    if (v === null) return '—';
    const b = base[k] as number | null;
    return r === base || !b ? `${v}` : `${v} (${round(v / b, 2)}×)`;
  };
  return [
    `| figure | ${rows.map((r) => `N = ${r.n}`).join(' | ')} |`,
    `| --- | ${rows.map(() => '---').join(' | ')} |`,
    ...FIGURES.map(({ key, label }) => `| ${label} | ${rows.map((r) => cell(r, key)).join(' | ')} |`),
  ].join('\n');
}

function writeReport(rows: Row[], loadBefore: number, t0: number, partial: boolean) {
  const checked = budgets(rows);
  const report = {
    date: new Date().toISOString(),
    ...(partial ? { partial: `measured N = ${rows.map((r) => r.n).join(', ')} of ${SIZES.join(', ')}` } : {}),
    machine: { cpus: cpus().length, loadAverage: { before: round(loadBefore, 1), after: round(loadavg()[0]!, 1) }, browser: 'Debian chromium, SwiftShader' },
    minutes: round((performance.now() - t0) / 60_000),
    rows,
    budgets: checked,
    table: table(rows),
  };
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, JSON.stringify(report, null, 2) + '\n');
  return { report, checked };
}

async function main(): Promise<number> {
  const log = (s: string) => console.log(`bench:scale: ${s}`);
  const loadBefore = loadavg()[0]!;
  const t0 = performance.now();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const rows: Row[] = [];
  try {
    for (const n of SIZES) {
      rows.push(await measure(n, browser, log));
      log(JSON.stringify(rows.at(-1)));
      writeReport(rows, loadBefore, t0, rows.length < SIZES.length); // what is measured so far survives a stop
    }
  } finally {
    await browser.close();
  }
  const { report, checked } = writeReport(rows, loadBefore, t0, false);
  console.log(`\n${table(rows)}\n`);
  for (const b of checked) console.log(`${b.pass === null ? 'n/a ' : b.pass ? 'pass' : 'MISS'}  ${b.metric.padEnd(32)} ${String(b.value ?? '—').padStart(8)} ${b.budget}`);
  console.log(`report: ${OUT} (${report.minutes} min, load average ${report.machine.loadAverage.before} → ${report.machine.loadAverage.after})`);
  return checked.some((b) => b.pass === false) ? 1 : 0;
}

main().then((code) => process.exit(code), (e: Error) => {
  console.error(`bench:scale: ${e.stack ?? e.message}`);
  process.exit(2);
});
