// What the first view downloads: every request the page and its workers make from navigation to the
// first drawn `idle` of the map, read from the network log; sizes are the gzip sizes of the served
// files (zlib default level; KB = 1000 bytes, as Vite reports), since the bench server does not
// compress. The service worker's precaching is counted apart.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { benchContext } from './page-probes';
import { round } from './stats';

export type AssetKind = 'js' | 'data' | 'fonts' | 'css' | 'html' | 'other';
export interface FirstViewAsset { path: string; kind: AssetKind; gzipKB: number; rawKB: number; afterIdle: boolean; serviceWorker: boolean }
export interface TransferFigures {
  firstViewJsKB: number;
  firstViewDataKB: number;
  firstViewFontsKB: number;
  firstViewCssKB: number;
  /** Files the app fetches in the second after the first idle (lazy data): not in the budgets. */
  afterIdleKB: number;
  /** What the service worker fetches to precache (offline use), during the same window. */
  serviceWorkerKB: number;
  assets: FirstViewAsset[];
}

const kindOf = (path: string): AssetKind =>
  /\.m?js$/.test(path) ? 'js' : path.startsWith('data/') ? 'data' : path.endsWith('.woff2') ? 'fonts' : path.endsWith('.css') ? 'css' : path.endsWith('.html') || path === '' ? 'html' : 'other';

export async function measureTransfer(browser: Browser, appUrl: string, distDir: string, viewport: { width: number; height: number }): Promise<TransferFigures> {
  const context = await benchContext(browser, { viewport });
  // Requests are stamped (wall clock) when reported, and compared with the page's first idle.
  const stamped: { at: number; path: string; serviceWorker: boolean }[] = [];
  context.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(appUrl)) return;
    // The benchmark measures the test build (it reads the map through the test hooks); the hooks' own
    // chunk is not part of a production build, so it is not counted.
    if (/\/assets\/test-hooks-[^/]*\.js$/.test(url)) return;
    const path = decodeURIComponent(new URL(url).pathname.slice(new URL(appUrl).pathname.length));
    stamped.push({ at: Date.now(), path, serviceWorker: !!r.serviceWorker() });
  });
  const page = await context.newPage();
  await page.goto(appUrl);
  await page.waitForFunction(() => window.__benchFirstIdle !== undefined, undefined, { timeout: 60_000, polling: 'raf' });
  const idleAt = await page.evaluate(() => performance.timeOrigin + window.__benchFirstIdle!);
  await page.waitForTimeout(1000);
  await context.close();
  const requested = stamped.map(({ at, path, serviceWorker }) => ({ path, afterIdle: at > idleAt, serviceWorker }));

  const seen = new Set<string>();
  const assets: FirstViewAsset[] = [];
  for (const { path, afterIdle, serviceWorker } of requested) {
    const key = `${serviceWorker}:${path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const file = join(distDir, path === '' || path.endsWith('/') ? `${path}index.html` : path);
    const body = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
    assets.push({ path: path || 'index.html', kind: kindOf(path), rawKB: round(body.length / 1000), gzipKB: round(gzipSync(body).length / 1000), afterIdle, serviceWorker });
  }
  const total = (list: FirstViewAsset[]) => round(list.reduce((t, a) => t + a.gzipKB, 0));
  const sum = (kind: AssetKind) => total(assets.filter((a) => a.kind === kind && !a.afterIdle && !a.serviceWorker));
  return {
    firstViewJsKB: sum('js'),
    firstViewDataKB: sum('data'),
    firstViewFontsKB: sum('fonts'),
    firstViewCssKB: sum('css'),
    afterIdleKB: total(assets.filter((a) => a.afterIdle && !a.serviceWorker)),
    serviceWorkerKB: total(assets.filter((a) => a.serviceWorker)),
    assets,
  };
}
