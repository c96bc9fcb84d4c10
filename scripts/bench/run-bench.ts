// `npm run bench`: the performance benchmark of the built site (issue 8). Serves the build with the
// bare maplibre reference page, measures in Debian chromium, writes reports/bench.json, prints the
// figures against the budgets and exits 1 when a budget is missed. A benchmark, not part of `npm test`.
// It measures the test build (dist-e2e: the production build plus the test hooks it reads the map through).
// Usage: npm run build && npm run bench -- [--dist dist-e2e] [--port 4399] [--runs 7] [--selections 40]
//        [--out reports/bench.json] [--lighthouse-runs 3] [--no-lighthouse] [--first-tap-runs 3]
//        [--only first-tap]   (only the first selection's figures: firstTapToQuoteMs, coldPickToQuoteMs…)
//        [--only fonts]       (only the map font's figures: first-view transfer and the zoom-9 browse)
//        [--only dossier]     (first-view transfer and the place dossier's figures) [--dossier-opens 25]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { startBenchSite } from './bench-site';
import { measureTransfer } from './measure-transfer';
import { measureFonts } from './measure-fonts';
import { measureMapIdle } from './measure-map-idle';
import { measureInteraction } from './measure-interaction';
import { measureLighthouse, type LighthouseFigures } from './measure-lighthouse';
import { measureFirstTap } from './measure-first-tap';
import { measureDossier } from './measure-dossier';
import { budgetText, checkBudgets } from './budgets';
import { round } from './stats';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const DIST = resolve(arg('dist', process.env.ATLAS_DIST ?? 'dist-e2e'));
const PORT = Number(arg('port', process.env.ATLAS_BENCH_PORT ?? '4399'));
const RUNS = Math.max(5, Number(arg('runs', '7')));
const SELECTIONS = Math.max(30, Number(arg('selections', '40')));
const OUT = arg('out', 'reports/bench.json');
const DESKTOP = { width: 1280, height: 800 };

// The same Debian chromium and flags as playwright.config.ts.
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--disable-quic', '--disable-dev-shm-usage', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

async function main(): Promise<number> {
  const site = await startBenchSite(DIST, PORT);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const loadBefore = loadavg()[0];
  try {
    const log = (s: string) => console.log(`bench: ${s}`);
    const firstTapRuns = Math.max(1, Number(arg('first-tap-runs', '3')));
    if (arg('only', '') === 'first-tap') return await firstTapOnly(browser, site.appUrl, firstTapRuns, log);
    log(`first-view transfer (${site.appUrl})`);
    const transfer = await measureTransfer(browser, site.appUrl, DIST, DESKTOP);
    const dossierOpens = Math.max(10, Number(arg('dossier-opens', '25')));
    if (arg('only', '') === 'dossier') return await dossierOnly(browser, site.appUrl, transfer, dossierOpens, loadBefore, log);
    log('map font: first view, then the province at zoom 9 in zh and en');
    const fonts = await measureFonts(browser, site.appUrl, DIST, DESKTOP);
    const onlyFonts = arg('only', '') === 'fonts';
    log(onlyFonts ? 'only the font figures (--only fonts)' : `map idle vs bare maplibre, ${RUNS} alternating runs`);
    const mapIdle = onlyFonts ? null : await measureMapIdle(browser, site.appUrl, site.bareUrl, RUNS, DESKTOP);
    if (!onlyFonts) log(`${SELECTIONS} selections, search keystrokes`);
    const interaction = onlyFonts ? null : await measureInteraction(browser, site.appUrl, DIST, SELECTIONS, DESKTOP);
    if (!onlyFonts) log(`first tap and cold pick to the first quote, ${firstTapRuns} cold runs each`);
    const firstTap = onlyFonts ? null : await measureFirstTap(browser, site.appUrl, DIST, firstTapRuns);
    if (!onlyFonts) log(`place dossiers from search, ${dossierOpens} opens`);
    const dossier = onlyFonts ? null : await measureDossier(browser, site.appUrl, DIST, dossierOpens, DESKTOP);
    const lighthouse: LighthouseFigures[] = [];
    if (!onlyFonts && !args.includes('--no-lighthouse')) {
      const runs = Math.max(1, Number(arg('lighthouse-runs', '3')));
      log(`lighthouse 12.8, mobile and desktop presets, ${runs} runs each`);
      for (const preset of ['mobile', 'desktop'] as const) lighthouse.push(await measureLighthouse(site.appUrl, preset, runs));
    }
    const [mobile, desktop] = [lighthouse.find((l) => l.preset === 'mobile'), lighthouse.find((l) => l.preset === 'desktop')];

    const figures = {
      firstViewJsKB: transfer.firstViewJsKB,
      firstViewDataKB: transfer.firstViewDataKB,
      mapFontsFirstViewKB: fonts.mapFontsFirstViewKB,
      mapFontsFirstViewFiles: fonts.mapFontsFirstViewFiles,
      mapFontsKB: fonts.mapFontsKB,
      mapIdleRatioVsBare: mapIdle?.mapIdleRatioVsBare ?? null,
      selectP95Ms: interaction?.selectP95Ms ?? null,
      searchP95Ms: interaction?.searchP95Ms ?? null,
      firstTapToQuoteMs: firstTap?.firstTapToQuoteMs ?? null,
      coldPickToQuoteMs: firstTap?.coldPickToQuoteMs ?? null,
      coldPickToQuoteMobileMs: firstTap?.coldPickToQuoteMobileMs ?? null,
      placeDossierP95Ms: dossier?.placeDossierP95Ms ?? null,
      placeDossierOnDemandKB: dossier?.placeDossierOnDemandKB ?? null,
      lighthouseMobilePerformance: mobile?.performance ?? null,
      lighthouseMobileAccessibility: mobile?.accessibility ?? null,
      lighthouseMobileBestPractices: mobile?.bestPractices ?? null,
      lighthouseDesktopPerformance: desktop?.performance ?? null,
    };
    const budgets = checkBudgets(figures);
    const report = {
      date: new Date().toISOString(),
      // Absolute times depend on the machine and what else runs on it; the ratio is taken in one run.
      machine: { cpus: cpus().length, loadAverage: { before: round(loadBefore, 1), after: round(loadavg()[0], 1) }, browser: `chromium ${browser.version()}`, gl: 'SwiftShader (software WebGL)' },
      ...figures,
      budgets,
      transfer,
      fonts,
      mapIdle,
      interaction,
      firstTap,
      dossier,
      lighthouse,
    };
    mkdirSync(dirname(OUT), { recursive: true });
    writeFileSync(OUT, JSON.stringify(report, null, 2) + '\n');

    console.log(`\nfirst view: JS ${transfer.firstViewJsKB} KB, data ${transfer.firstViewDataKB} KB, fonts ${transfer.firstViewFontsKB} KB, CSS ${transfer.firstViewCssKB} KB (gzip); lazily after idle ${transfer.afterIdleKB} KB; service worker precache ${transfer.serviceWorkerKB} KB`);
    console.log(`map font: first view ${fonts.mapFontsFirstViewKB} KB in ${fonts.mapFontsFirstViewFiles} files; ${fonts.views} views at zoom 9 (zh, en) ${fonts.mapFontsKB} KB in ${fonts.mapFontsFiles} files`);
    if (mapIdle) console.log(`map idle: app ${mapIdle.appIdleMs.join('/')} ms, bare ${mapIdle.bareIdleMs.join('/')} ms`);
    for (const l of lighthouse) {
      const m = l.metrics;
      console.log(`lighthouse ${l.preset}: performance ${l.performance} (runs ${l.performanceRuns.join('/')}), accessibility ${l.accessibility}, best practices ${l.bestPractices}; FCP ${m.fcpMs} ms, LCP ${m.lcpMs} ms (${l.lcpElement}), TBT ${m.tbtMs} ms, CLS ${m.cls}, SI ${m.speedIndexMs} ms`);
    }
    if (interaction) console.log(`select: p95 ${interaction.selectP95Ms} ms to the painted frame, ${interaction.selectDomP95Ms} ms to the heading in the DOM, ${interaction.selectWhileMapDrawsP95Ms} ms while the map still draws the previous flight; search: median ${interaction.searchMedianMs} ms over ${interaction.keystrokes} keystrokes to the results rendered, p95 ${interaction.searchToFrameP95Ms} ms to the next frame's start; load average ${report.machine.loadAverage.before} → ${report.machine.loadAverage.after} on ${report.machine.cpus} cores`);
    if (interaction?.searchNote) console.log(`search: ${interaction.searchNote}`);
    if (firstTap) console.log(firstTapLine(firstTap));
    if (dossier) console.log(dossierLine(dossier));
    for (const b of budgets) {
      const verdict = b.pass === null ? 'n/a ' : b.pass ? 'pass' : 'FAIL';
      console.log(`${verdict}  ${b.metric.padEnd(30)} ${String(b.value ?? '—').padStart(8)} ${budgetText(b)}`);
    }
    console.log(`report: ${OUT}`);
    return budgets.some((b) => b.pass === false) ? 1 : 0;
  } finally {
    await browser.close();
    await site.close();
  }
}

const firstTapLine = (f: Awaited<ReturnType<typeof measureFirstTap>>) =>
  `first tap (${f.feature}), the quote's paint: runs ${f.runs.firstTap.join('/')} ms; cold pick desktop ${f.runs.coldPick.join('/')} ms, mobile ${f.runs.coldPickMobile.join('/')} ms. ` +
  `By the timer after its frame: ${f.byTimer.runs.firstTap.join('/')} / ${f.byTimer.runs.coldPick.join('/')} / ${f.byTimer.runs.coldPickMobile.join('/')} ms`;

/** Only the first selection's figures (`--only first-tap`), printed and written like the whole report. */
async function firstTapOnly(browser: Awaited<ReturnType<typeof chromium.launch>>, appUrl: string, runs: number, log: (s: string) => void): Promise<number> {
  log(`first tap and cold pick to the first quote, ${runs} cold runs each (${appUrl})`);
  const loadBefore = loadavg()[0];
  const firstTap = await measureFirstTap(browser, appUrl, DIST, runs);
  const budgets = checkBudgets({ firstTapToQuoteMs: firstTap.firstTapToQuoteMs, coldPickToQuoteMs: firstTap.coldPickToQuoteMs, coldPickToQuoteMobileMs: firstTap.coldPickToQuoteMobileMs })
    .filter((b) => b.value !== null);
  const report = { date: new Date().toISOString(), machine: { cpus: cpus().length, loadAverage: { before: round(loadBefore, 1), after: round(loadavg()[0], 1) } }, firstTap, budgets };
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, JSON.stringify(report, null, 2) + '\n');
  console.log(`${firstTapLine(firstTap)}; load average ${report.machine.loadAverage.before} → ${report.machine.loadAverage.after}`);
  for (const b of budgets) console.log(`${b.pass ? 'pass' : 'FAIL'}  ${b.metric.padEnd(30)} ${String(b.value).padStart(8)} ${budgetText(b)}`);
  console.log(`report: ${OUT}`);
  return budgets.some((b) => b.pass === false) ? 1 : 0;
}

const dossierLine = (d: Awaited<ReturnType<typeof measureDossier>>) =>
  `place dossier: p95 ${d.placeDossierP95Ms} ms, median ${d.placeDossierMedianMs} ms over ${d.opens} opens, ${d.placeDossierDomP95Ms} ms to the list in the DOM (first, loading on demand: ${d.placeDossierFirstMs} ms); on demand ${d.placeDossierOnDemandKB} KB (${d.onDemand.map((f) => `${f.path} ${f.gzipKB}`).join(', ')}), map fonts for the place's labels meanwhile ${d.placeDossierFontsKB} KB, plans' files for its rows and map ${d.placeDossierPlansKB} KB; place index files ≤ ${d.placeIndexLargestKB} KB each, ${d.placeIndexTotalKB} KB in all`;

/** The first view's transfer and the place dossier's figures (`--only dossier`), printed and written like the whole report. */
async function dossierOnly(browser: Awaited<ReturnType<typeof chromium.launch>>, appUrl: string, transfer: Awaited<ReturnType<typeof measureTransfer>>, opens: number, loadBefore: number, log: (s: string) => void): Promise<number> {
  log(`place dossiers from search, ${opens} opens`);
  const dossier = await measureDossier(browser, appUrl, DIST, opens, DESKTOP);
  const budgets = checkBudgets({ firstViewJsKB: transfer.firstViewJsKB, firstViewDataKB: transfer.firstViewDataKB, placeDossierP95Ms: dossier.placeDossierP95Ms, placeDossierOnDemandKB: dossier.placeDossierOnDemandKB })
    .filter((b) => b.value !== null);
  const report = { date: new Date().toISOString(), machine: { cpus: cpus().length, loadAverage: { before: round(loadBefore, 1), after: round(loadavg()[0], 1) } }, transfer, dossier, budgets };
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, JSON.stringify(report, null, 2) + '\n');
  console.log(`first view: JS ${transfer.firstViewJsKB} KB, data ${transfer.firstViewDataKB} KB (gzip): ${transfer.assets.filter((a) => !a.afterIdle && !a.serviceWorker && (a.kind === 'js' || a.kind === 'data')).map((a) => `${a.path} ${a.gzipKB}`).join(', ')}`);
  console.log(dossierLine(dossier));
  console.log(`load average ${report.machine.loadAverage.before} → ${report.machine.loadAverage.after}`);
  for (const b of budgets) console.log(`${b.pass ? 'pass' : 'FAIL'}  ${b.metric.padEnd(30)} ${String(b.value).padStart(8)} ${budgetText(b)}`);
  console.log(`report: ${OUT}`);
  return budgets.some((b) => b.pass === false) ? 1 : 0;
}

main().then((code) => process.exit(code), (e: Error) => {
  console.error(`bench: ${e.stack ?? e.message}`);
  process.exit(2);
});
