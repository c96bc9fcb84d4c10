// A first visit's first selection, from the user's press to the frame with the panel's first quote:
//   firstTapToQuoteMs        a tap on a feature of the first view's picture, mobile profile (390×844, touch, 4× CPU throttling)
//   coldPickToQuoteMs        a search and a pick of a feature from the results, desktop profile
//   coldPickToQuoteMobileMs  the same, mobile profile
// Each run is a fresh context (cold cache, no service worker yet) that does not reach for the map before
// the gesture (made once the first view has loaded: network idle): the live map's code then loads
// alongside, as on a real first visit. Median of the runs.
// "Painted" is the quote's own paint, as the browser reports it (Element Timing: the `renderTime` of the
// quote's text, marked when it enters the page). The older reading, a timer set in the first frame after
// the quote is in the page, is kept beside it (`byTimer`): that timer also waits for whatever else the page
// queued in that frame (the live map's boot asks for its first task there), after the quote was painted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import type { PictureHits } from '../../src/lib/preview/picture-hit';
import { pictureTarget, pictureToPage } from './picture-target';
import { waitForCalmFrames } from './page-probes';
import { median, round } from './stats';

declare global {
  interface Window { __benchPressAt?: number; __benchPressOn?: string }
}

interface Runs { firstTap: number[]; coldPick: number[]; coldPickMobile: number[] }

export interface FirstTapFigures {
  firstTapToQuoteMs: number;
  coldPickToQuoteMs: number;
  coldPickToQuoteMobileMs: number;
  runs: Runs;
  /** The same runs read by the older timer (see the top): medians, and each run. */
  byTimer: { firstTapToQuoteMs: number; coldPickToQuoteMs: number; coldPickToQuoteMobileMs: number; runs: Runs };
  feature: string;
}

const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
const MOBILE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
const CPU_THROTTLING = 4;

/** Init script: stamps the first press (pointerdown) on an element matching `window.__benchPressOn`. */
function recordPress(): void {
  document.addEventListener('pointerdown', (e) => {
    const on = window.__benchPressOn;
    if (on && window.__benchPressAt === undefined && (e.target as Element).closest?.(on)) window.__benchPressAt = e.timeStamp;
  }, true);
}

/** When the quote was painted after the press: Element Timing, and the older timer reading (see the top). */
interface Painted { paint: number; timer: number }

/** In the page: ms from the stamped press to the panel's first quote painted, both ways (see `Painted`). */
function quotePaintedAfterPress(): Promise<Painted> {
  return new Promise((done, fail) => {
    if (!PerformanceObserver.supportedEntryTypes.includes('element')) throw new Error('this browser has no Element Timing');
    // A quote replaced before it painted is never reported: the run fails rather than waiting for ever.
    const guard = setTimeout(() => fail(new Error('the quote was not reported painted within 20 s')), 20_000);
    const since = (t: number) => t - window.__benchPressAt!;
    let paint: number | null = null;
    let timer: number | null = null;
    const finish = () => {
      if (paint === null || timer === null) return;
      clearTimeout(guard);
      done({ paint, timer });
    };
    const paints = new PerformanceObserver((list) => {
      const entry = list.getEntries().find((e) => (e as PerformanceEntry & { identifier?: string }).identifier === 'bench-quote');
      if (!entry) return;
      paints.disconnect();
      paint = since((entry as PerformanceEntry & { renderTime: number }).renderTime);
      finish();
    });
    paints.observe({ type: 'element' });
    const quote = () => document.querySelector('aside blockquote');
    const seen = () => {
      // Marked before its first paint (a mutation's callback runs before the next frame): the browser times that paint.
      quote()!.setAttribute('elementtiming', 'bench-quote');
      requestAnimationFrame(() => setTimeout(() => { timer = since(performance.now()); finish(); }, 0));
    };
    if (quote()) throw new Error('the quote was in the page before the press');
    const watch = new MutationObserver(() => {
      if (!quote()) return;
      watch.disconnect();
      seen();
    });
    watch.observe(document.body, { childList: true, subtree: true });
  });
}

async function coldPage(browser: Browser, options: BrowserContextOptions, throttled: boolean): Promise<Page> {
  const context = await browser.newContext(options);
  await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  await context.addInitScript(recordPress);
  const page = await context.newPage();
  if (throttled) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
  return page;
}

async function firstTap(browser: Browser, appUrl: string, hits: PictureHits, at: [number, number]): Promise<Painted> {
  const page = await coldPage(browser, MOBILE, true);
  try {
    await page.goto(appUrl);
    await page.waitForLoadState('networkidle'); // the first view has loaded: the user taps what is on screen
    const picture = page.getByTestId('map-preview'); // the app's own picture (it answers taps), not the static one
    await picture.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.evaluate(() => { window.__benchPressOn = '[data-testid="map-preview"]'; });
    const p = pictureToPage(hits, (await picture.boundingBox())!, at);
    const painted = page.evaluate(quotePaintedAfterPress);
    await page.touchscreen.tap(p.x, p.y);
    return await painted;
  } finally {
    await page.context().close();
  }
}

async function coldPick(browser: Browser, appUrl: string, name: string, mobile: boolean): Promise<Painted> {
  const page = await coldPage(browser, mobile ? MOBILE : DESKTOP, mobile);
  try {
    await page.goto(appUrl);
    const box = page.getByRole('combobox', { name: /搜索要素|Search features/ });
    if (!(await box.isVisible())) await page.getByRole('banner').getByRole('button', { name: /^(搜索|Search)$/ }).click();
    await box.fill(name);
    const option = page.getByRole('listbox', { name: /搜索要素|Search features/ }).getByRole('option', { name: new RegExp(name) }).first();
    await option.waitFor();
    // Picked once it is on screen: a user picks what they see. In the DOM is not yet shown: on a software renderer
    // the results' first frame (new text, the popup's shadow) took up to 0.7 s to present, and the pick's own
    // frames queued behind it.
    await page.evaluate(waitForCalmFrames);
    await page.evaluate(() => { window.__benchPressOn = '[role="option"]'; });
    const painted = page.evaluate(quotePaintedAfterPress);
    if (mobile) await option.tap();
    else await option.click();
    return await painted;
  } finally {
    await page.context().close();
  }
}

export async function measureFirstTap(browser: Browser, appUrl: string, distDir: string, runs: number): Promise<FirstTapFigures> {
  const hits = JSON.parse(readFileSync(join(distDir, 'data/preview-hits.json'), 'utf8')) as PictureHits;
  const target = pictureTarget(hits);
  if (!target) throw new Error('the picture shows no feature to tap');
  const features = JSON.parse(readFileSync(join(distDir, 'data/features.geojson'), 'utf8')) as { features: { properties: { id: string; name: { zh: string } } }[] };
  const name = features.features.find((f) => f.properties.id === target.id)!.properties.name.zh;
  const result: Runs = { firstTap: [], coldPick: [], coldPickMobile: [] };
  const timer: Runs = { firstTap: [], coldPick: [], coldPickMobile: [] };
  const keep = (key: keyof Runs, painted: Painted) => { result[key].push(round(painted.paint)); timer[key].push(round(painted.timer)); };
  for (let i = 0; i < runs; i++) {
    keep('firstTap', await firstTap(browser, appUrl, hits, target.at));
    keep('coldPick', await coldPick(browser, appUrl, name, false));
    keep('coldPickMobile', await coldPick(browser, appUrl, name, true));
  }
  const medians = (r: Runs) => ({
    firstTapToQuoteMs: round(median(r.firstTap)),
    coldPickToQuoteMs: round(median(r.coldPick)),
    coldPickToQuoteMobileMs: round(median(r.coldPickMobile)),
  });
  return { ...medians(result), runs: result, byTimer: { ...medians(timer), runs: timer }, feature: target.id };
}
