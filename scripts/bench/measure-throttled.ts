// A stand-in for Lighthouse (not installed): the first load under Lighthouse-like throttling through
// CDP, reporting FCP, LCP, TBT (long tasks after FCP up to the map's first drawn idle) and CLS from the
// Performance API. Figures only; no score, no budget. Mobile: 4× CPU, slow 4G (562.5 ms RTT,
// 1.47 Mbit/s down, 675 kbit/s up), 412×823 at 1.75×. Desktop: no CPU throttling, 40 ms RTT, 10 Mbit/s.
import type { Browser } from '@playwright/test';
import { benchContext } from './page-probes';
import { round } from './stats';

export interface ThrottledFigures { preset: 'mobile' | 'desktop'; fcpMs: number; lcpMs: number; tbtMs: number; cls: number; mapIdleMs: number }

const PRESETS = {
  mobile: { cpu: 4, latency: 562.5, down: 1.4746 * 1024 * 1024 / 8, up: 675 * 1024 / 8, viewport: { width: 412, height: 823 }, scale: 1.75, mobile: true },
  desktop: { cpu: 1, latency: 40, down: 10 * 1024 * 1024 / 8, up: 10 * 1024 * 1024 / 8, viewport: { width: 1350, height: 940 }, scale: 1, mobile: false },
};

function observeVitals(): void {
  const w = window as unknown as { __vitals: { lcp: number; cls: number; longTasks: [number, number][] } };
  w.__vitals = { lcp: 0, cls: 0, longTasks: [] };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__vitals.lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.__vitals.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__vitals.longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
}

export async function measureThrottled(browser: Browser, appUrl: string, preset: 'mobile' | 'desktop'): Promise<ThrottledFigures> {
  const p = PRESETS[preset];
  const context = await benchContext(browser, { viewport: p.viewport, deviceScaleFactor: p.scale, isMobile: p.mobile, hasTouch: p.mobile });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: p.cpu });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: p.latency, downloadThroughput: p.down, uploadThroughput: p.up });
  await page.addInitScript(observeVitals);
  await page.goto(appUrl);
  await page.waitForFunction(() => window.__benchFirstIdle !== undefined, undefined, { timeout: 120_000, polling: 200 });
  await page.waitForTimeout(500);
  const v = await page.evaluate(() => {
    const w = window as unknown as { __vitals: { lcp: number; cls: number; longTasks: [number, number][] } };
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    const idle = window.__benchFirstIdle!;
    const tbt = w.__vitals.longTasks.filter(([start]) => start >= fcp && start <= idle).reduce((t, [, d]) => t + Math.max(0, d - 50), 0);
    return { fcp, lcp: w.__vitals.lcp, tbt, cls: w.__vitals.cls, idle };
  });
  await context.close();
  return { preset, fcpMs: round(v.fcp, 0), lcpMs: round(v.lcp, 0), tbtMs: round(v.tbt, 0), cls: round(v.cls, 3), mapIdleMs: round(v.idle, 0) };
}
