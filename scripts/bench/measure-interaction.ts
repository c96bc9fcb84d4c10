// Interaction latency in the built app: feature selected → panel rendered, and keystroke → search
// results. Each sample is timed inside the page, from the trigger to the first animation frame after
// the DOM shows the outcome, so no DevTools round trip is counted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { benchContext, waitForCalmFrames, waitForMapDrawn, waitForMapMoved } from './page-probes';
import { quantile, round } from './stats';

export interface InteractionFigures {
  selectP95Ms: number;
  selectMedianMs: number;
  /** Up to the heading being in the DOM, without waiting for the frame: the app's own share. */
  selectDomP95Ms: number;
  selections: number;
  /** The three slowest selections (to the frame), slowest first: a pause of the machine shows as one of them alone. */
  selectSlowestMs: number[];
  /** The same, selecting as soon as the camera stops, while the map is still drawing the previous flight's tiles (no budget; null when not measured). */
  selectWhileMapDrawsP95Ms: number | null;
  /** Keystroke → results rendered, not counting the wait for the display's next frame (see timeKeystrokes). */
  searchP95Ms: number | null;
  searchMedianMs: number | null;
  /** Keystroke → start of the next frame after the results changed, that wait included (no budget). */
  searchToFrameP95Ms: number | null;
  keystrokes: number;
  searchNote?: string;
}

interface Pick { id: string; name: string }

/** Features with distinct Chinese names, spread evenly over the catalogue (from the open data). */
function pickFeatures(distDir: string, count: number): Pick[] {
  const fc = JSON.parse(readFileSync(join(distDir, 'data/features.geojson'), 'utf8')) as { features: { properties: { id: string; name: { zh: string } } }[] };
  const names = new Map<string, number>();
  for (const f of fc.features) names.set(f.properties.name.zh, (names.get(f.properties.name.zh) ?? 0) + 1);
  const unique = fc.features.filter((f) => names.get(f.properties.name.zh) === 1);
  const step = Math.max(1, Math.floor(unique.length / count));
  return unique.filter((_, i) => i % step === 0).slice(0, count).map((f) => ({ id: f.properties.id, name: f.properties.name.zh }));
}

/** How the page is left between two selections (see timeSelections). */
type Settle = 'drawn' | 'moved';

/**
 * Selects each feature through the URL (`#f=<id>`, the path that also re-applies layers and language)
 * and times until its heading is in the panel and the next frame starts.
 *
 * A user reads the panel before the next click, so by default (`drawn`) each selection waits until the
 * map has drawn everything the previous one started (camera, tiles, fades: its `idle` after its last
 * `render`) and frames come at display rate again. `maplibre.loaded()` alone is true while the tiles of
 * a flight are still being drawn, and on a software renderer each of those frames keeps the GPU process
 * busy for 150–300 ms, which any next frame waits behind. `moved` is that older, shorter wait (camera
 * stopped, 100 ms): it is reported beside the budgeted figure as selecting while the map still draws.
 */
async function timeSelections(page: Page, picks: Pick[], settle: Settle): Promise<{ dom: number; frame: number }[]> {
  const times: { dom: number; frame: number }[] = [];
  for (const pick of picks) {
    if (settle === 'drawn') {
      await page.evaluate(waitForMapDrawn);
      await page.evaluate(waitForCalmFrames);
    } else await page.evaluate(waitForMapMoved);
    times.push(await page.evaluate(async ({ id, name }) => {
      const t0 = performance.now();
      location.hash = `#f=${id}`;
      await new Promise<void>((resolve) => {
        // The heading's name without the descriptive-name tag a name the plan does not write carries.
        const nameOf = (h: Element) => {
          const copy = h.cloneNode(true) as Element;
          copy.querySelectorAll('.descriptive-tag').forEach((tag) => tag.remove());
          return copy.textContent?.trim();
        };
        const shown = () => [...document.querySelectorAll('aside h1, aside h2')].some((h) => nameOf(h) === name);
        if (shown()) return resolve();
        setTimeout(resolve, 15_000); // never shown: counted as 15 s rather than waiting for ever
        const observer = new MutationObserver(() => {
          if (shown()) { observer.disconnect(); resolve(); }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      const dom = performance.now() - t0;
      await new Promise<void>((r) => requestAnimationFrame(() => r()));
      return { dom, frame: performance.now() - t0 };
    }, pick));
  }
  return times;
}

/**
 * What is typed on each page: places, plan words and English names (about 50 keystrokes: a p95 of 23, as this was
 * until 2026-12-05, is the second slowest keystroke, and one pause of the machine decided it).
 */
const SEARCH_QUERIES = ['太原', '晋中', '大同', 'Taiyuan', 'Fenhe', '城镇', 'hub', '长治', '运城', '临汾', 'Datong', 'Changzhi', '生态', '黄河', 'river'];

/** How many fresh pages type the queries, one after the other (after the selections' page, in the same context). */
const SEARCH_PAGES = 2;

const SEARCH_INPUT = 'input[type="search"], [role="searchbox"], [role="combobox"]';

/** One keystroke: to the results rendered, and to the start of the next frame after they changed (see below). */
interface KeySample { rendered: number; toFrame: number }

/**
 * Types queries into the search box and times each keystroke from its input event:
 * - `rendered`: until the results are in the DOM, plus the style, layout and paint of the frame that shows them
 *   (from that frame's start to the first task after it). The wait for that frame to start is not counted: the
 *   display's next frame comes at a phase unrelated to the keystroke, 0–16.7 ms later at 60 Hz, so a figure that
 *   counted it could not meet a one-frame budget (≤ 16 ms) however little the app did.
 * - `toFrame`: until the start of the next frame after the results changed (the older reading, wait included).
 * Keys come 60 ms apart, faster than most people type.
 */
async function timeKeystrokes(page: Page, queries: string[]): Promise<KeySample[] | null> {
  const input = page.locator(SEARCH_INPUT).first();
  if (!(await input.count())) return null;
  await page.evaluate((selector) => {
    const w = window as unknown as { __benchKeys: KeySample[] };
    w.__benchKeys = [];
    const box = document.querySelector(selector)!;
    let waiting: MutationObserver | null = null;
    box.addEventListener('beforeinput', (e) => {
      // A keystroke whose results had not changed by the next keystroke has no sample: its observer
      // must not take the next keystroke's change (and time) for its own.
      waiting?.disconnect();
      // Typed text only: clearing the box between queries is the benchmark's doing, not a keystroke.
      if (!(e as InputEvent).inputType.startsWith('insert')) return;
      const t0 = e.timeStamp;
      const observer = new MutationObserver(() => {
        observer.disconnect();
        const inDom = performance.now() - t0;
        requestAnimationFrame(() => {
          const frameStart = performance.now();
          // A task posted in the frame's callback runs once the frame's rendering work is done; at the highest
          // priority (where the browser has a task scheduler), before tasks other work had queued meanwhile.
          const done = () => w.__benchKeys.push({ rendered: inDom + performance.now() - frameStart, toFrame: frameStart - t0 });
          const scheduler = (window as unknown as { scheduler?: { postTask(task: () => void, options: { priority: string }): Promise<void> } }).scheduler;
          if (scheduler) void scheduler.postTask(done, { priority: 'user-blocking' });
          else setTimeout(done, 0);
        });
      });
      waiting = observer;
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      setTimeout(() => observer.disconnect(), 1000); // no change in the results: no sample
    }, true);
  }, SEARCH_INPUT);
  for (const query of queries) {
    await input.fill('');
    await input.focus();
    // As a user starts typing into a page that has finished what it was doing (loading, drawing).
    await page.evaluate(waitForCalmFrames);
    for (const ch of query) {
      await page.keyboard.type(ch);
      await page.waitForTimeout(60);
    }
  }
  // The last keystroke's window ends as every other one's does, when the box is next changed (a keystroke that
  // changed nothing has no sample); then its frame is left to finish.
  await input.fill('');
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { __benchKeys: KeySample[] }).__benchKeys);
}

/** `whileDrawing`: also time selections made while the map still draws (bench:scale does not report them). */
export async function measureInteraction(browser: Browser, appUrl: string, distDir: string, selections: number, viewport: { width: number; height: number }, whileDrawing = true): Promise<InteractionFigures> {
  const context = await benchContext(browser, { viewport });
  const page = await context.newPage();
  await page.goto(appUrl);
  await page.waitForFunction(() => window.__benchFirstIdle !== undefined, undefined, { timeout: 60_000 });
  const picks = pickFeatures(distDir, selections);
  const select = await timeSelections(page, picks, 'drawn');
  const selectWhileDrawing = whileDrawing ? await timeSelections(page, picks.slice(0, 20).reverse(), 'moved') : null;
  // Closed first: a page left open in the same browser went on drawing its last flight, and its frames shared the
  // renderer and the GPU process with the keystrokes' (in one run, p95 29 ms with it open against 14 ms alone).
  await page.close();

  // Typed on fresh pages, SEARCH_PAGES times: the p95 of one page's ≈ 47 keystrokes is its third slowest, and one
  // pause of this shared machine moved it by 10–20 ms between runs of the same code (2026-12-06).
  let keys: KeySample[] | null = [];
  for (let i = 0; i < SEARCH_PAGES && keys; i++) {
    const searchPage = await context.newPage();
    await searchPage.goto(appUrl);
    await searchPage.waitForFunction(() => window.__benchFirstIdle !== undefined, undefined, { timeout: 60_000 });
    const typed = await timeKeystrokes(searchPage, SEARCH_QUERIES);
    keys = typed && [...keys, ...typed];
    await searchPage.close();
  }
  await context.close();
  return {
    selectP95Ms: round(quantile(select.map((t) => t.frame), 0.95)),
    selectMedianMs: round(quantile(select.map((t) => t.frame), 0.5)),
    selectDomP95Ms: round(quantile(select.map((t) => t.dom), 0.95)),
    selections: select.length,
    selectSlowestMs: select.map((t) => round(t.frame)).sort((a, b) => b - a).slice(0, 3),
    selectWhileMapDrawsP95Ms: selectWhileDrawing && round(quantile(selectWhileDrawing.map((t) => t.frame), 0.95)),
    searchP95Ms: keys?.length ? round(quantile(keys.map((k) => k.rendered), 0.95)) : null,
    searchMedianMs: keys?.length ? round(quantile(keys.map((k) => k.rendered), 0.5)) : null,
    searchToFrameP95Ms: keys?.length ? round(quantile(keys.map((k) => k.toFrame), 0.95)) : null,
    keystrokes: keys?.length ?? 0,
    ...(keys === null ? { searchNote: 'no search box in the app yet (src/lib/search is being built): not measured' } : keys.length ? {} : { searchNote: 'the search box never changed the page: not measured' }),
  };
}
