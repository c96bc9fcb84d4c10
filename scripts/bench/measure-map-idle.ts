// Navigation → first drawn map `idle`, for the app and for the bare maplibre page, alternating the two
// pages in fresh browser contexts so that machine noise falls on both alike.
import type { Browser } from '@playwright/test';
import { benchContext } from './page-probes';
import { median, round } from './stats';

export interface MapIdleFigures { mapIdleRatioVsBare: number; appIdleMs: number[]; bareIdleMs: number[]; ratios: number[] }

async function firstIdle(browser: Browser, url: string, viewport: { width: number; height: number }): Promise<number> {
  const context = await benchContext(browser, { viewport });
  const page = await context.newPage();
  await page.goto(url);
  const handle = await page.waitForFunction(() => window.__benchFirstIdle, undefined, { timeout: 60_000, polling: 100 });
  const ms = (await handle.jsonValue()) as number;
  await context.close();
  return ms;
}

export async function measureMapIdle(browser: Browser, appUrl: string, bareUrl: string, runs: number, viewport: { width: number; height: number }): Promise<MapIdleFigures> {
  await firstIdle(browser, appUrl, viewport); // warm the server's file cache and the browser's code paths for both
  await firstIdle(browser, bareUrl, viewport);
  const appIdleMs: number[] = [];
  const bareIdleMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate which page goes first, so neither always follows the other.
    const [a, b] = i % 2 ? [appUrl, bareUrl] : [bareUrl, appUrl];
    const first = await firstIdle(browser, a, viewport);
    const second = await firstIdle(browser, b, viewport);
    appIdleMs.push(round(a === appUrl ? first : second));
    bareIdleMs.push(round(a === appUrl ? second : first));
  }
  const ratios = appIdleMs.map((t, i) => round(t / bareIdleMs[i], 3));
  return { mapIdleRatioVsBare: round(median(ratios), 3), appIdleMs, bareIdleMs, ratios };
}
