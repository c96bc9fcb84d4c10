// Opening a place dossier from search with the map drawn: the place's option chosen in the search list →
// the first frame after the dossier's list ("In the plans", or its "nothing here" line) is in the panel.
// The first opening loads the dossier's chunk and the place's index file on demand: every file fetched
// between the choice and the list is summed (gzip, KB = 1000 bytes) as what the place index adds.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { benchContext, waitForCalmFrames, waitForMapDrawn } from './page-probes';
import { quantile, round } from './stats';

export interface DossierFigures {
  placeDossierP95Ms: number;
  placeDossierMedianMs: number;
  /** Up to the list being in the DOM, without waiting for the frame: the app's own share (no budget). */
  placeDossierDomP95Ms: number;
  /** The first opening (chunk and index file fetched): not in the p95's budget alone, reported beside it. */
  placeDossierFirstMs: number;
  opens: number;
  /** Files fetched on demand by the first opening (the dossier's code, the place index file, the outlines if not yet loaded). */
  placeDossierOnDemandKB: number;
  /** Map font files the map fetched meanwhile for the labels at the place's view: budgeted as the map's fonts (mapFontsKB), not here. */
  placeDossierFontsKB: number;
  /** Plans' files (data/catalogue/<plan>.json) the dossier brings for its rows and its map: the catalogue the first view does not carry (no budget). */
  placeDossierPlansKB: number;
  onDemand: { path: string; gzipKB: number }[];
  /** Every place index file, gzip: the largest is what one opening can add. */
  placeIndexLargestKB: number;
  placeIndexTotalKB: number;
}

/** Counties and prefectures with names that search finds as places, spread over the province. */
function pickPlaces(distDir: string, count: number): { id: string; name: string }[] {
  const topo = JSON.parse(readFileSync(join(distDir, 'data/basemap.topo.json'), 'utf8')) as { objects: Record<string, { geometries: { properties: { adcode: string; name: string } }[] }> };
  const units = [...topo.objects.prefectures.geometries, ...topo.objects.counties.geometries].map((g) => ({ id: g.properties.adcode, name: g.properties.name }));
  const names = new Map<string, number>();
  for (const u of units) names.set(u.name, (names.get(u.name) ?? 0) + 1);
  const unique = units.filter((u) => names.get(u.name) === 1);
  const step = Math.max(1, Math.floor(unique.length / count));
  return unique.filter((_, i) => i % step === 0).slice(0, count);
}

export async function measureDossier(browser: Browser, appUrl: string, distDir: string, opens: number, viewport: { width: number; height: number }): Promise<DossierFigures> {
  const context = await benchContext(browser, { viewport });
  const fetched: string[] = [];
  context.on('request', (r) => {
    const url = r.url();
    if (url.startsWith(appUrl) && !r.serviceWorker() && !/\/assets\/test-hooks-[^/]*\.js$/.test(url)) fetched.push(decodeURIComponent(new URL(url).pathname.slice(new URL(appUrl).pathname.length)));
  });
  const page = await context.newPage();
  await page.goto(appUrl);
  await page.waitForFunction(() => window.__benchFirstIdle !== undefined, undefined, { timeout: 60_000 });
  const input = page.getByRole('combobox').first();
  const times: { dom: number; frame: number }[] = [];
  let onDemand: string[] = [];
  for (const [i, place] of pickPlaces(distDir, opens).entries()) {
    await input.fill(place.name);
    const option = page.getByRole('group', { name: /地点|Places/ }).getByRole('option', { name: new RegExp(`^${place.name}`) }).first();
    await option.waitFor({ timeout: 10_000 });
    await page.evaluate(waitForMapDrawn);
    await page.evaluate(waitForCalmFrames);
    const before = fetched.length;
    const handle = await option.elementHandle();
    times.push(await page.evaluate(async ({ el, name }) => {
      const t0 = performance.now();
      (el as HTMLElement).dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await new Promise<void>((resolve) => {
        const shown = () => {
          const aside = [...document.querySelectorAll('aside')].find((a) => a.querySelector('h2')?.textContent?.trim() === name);
          return !!aside && !!aside.querySelector('.dossier-plan, .dossier .facts p');
        };
        if (shown()) return resolve();
        const observer = new MutationObserver(() => { if (shown()) { observer.disconnect(); resolve(); } });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      const dom = performance.now() - t0;
      await new Promise<void>((r) => requestAnimationFrame(() => r()));
      return { dom, frame: performance.now() - t0 };
    }, { el: handle, name: place.name }));
    if (i === 0) { await page.waitForTimeout(300); onDemand = fetched.slice(before); }
  }
  await context.close();
  const gz = (path: string) => round(gzipSync(readFileSync(join(distDir, path))).length / 1000);
  const fetchedFiles = [...new Set(onDemand)].map((path) => ({ path, gzipKB: gz(path) }));
  const isFont = (f: { path: string }) => f.path.endsWith('.woff2');
  const isPlan = (f: { path: string }) => f.path.startsWith('data/catalogue/');
  const files = fetchedFiles.filter((f) => !isFont(f) && !isPlan(f));
  const indexDir = join(distDir, 'data/place-index');
  const indexSizes = readdirSync(indexDir).map((f) => round(gzipSync(readFileSync(join(indexDir, f))).length / 1000));
  const warm = times.slice(1);
  return {
    placeDossierP95Ms: round(quantile(warm.map((t) => t.frame), 0.95)),
    placeDossierMedianMs: round(quantile(warm.map((t) => t.frame), 0.5)),
    placeDossierDomP95Ms: round(quantile(warm.map((t) => t.dom), 0.95)),
    placeDossierFirstMs: round(times[0].frame),
    opens: warm.length,
    placeDossierOnDemandKB: round(files.reduce((t, f) => t + f.gzipKB, 0)),
    placeDossierFontsKB: round(fetchedFiles.filter(isFont).reduce((t, f) => t + f.gzipKB, 0)),
    placeDossierPlansKB: round(fetchedFiles.filter(isPlan).reduce((t, f) => t + f.gzipKB, 0)),
    onDemand: files,
    placeIndexLargestKB: Math.max(...indexSizes),
    placeIndexTotalKB: round(indexSizes.reduce((a, b) => a + b, 0)),
  };
}
