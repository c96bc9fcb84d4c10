// The map font's weight: the files fetched by the first view (its first drawn idle), and the files
// fetched while browsing the whole province at zoom 9 in Chinese and in English — a fixed grid of
// views over Shanxi's extent, each held until the map has drawn it, in a fresh context per language.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { benchContext, waitForMapDrawn } from './page-probes';
import { round } from './stats';

export interface FontFigures {
  mapFontsFirstViewKB: number;
  mapFontsFirstViewFiles: number;
  /** Font bytes fetched over the whole browse, both languages (each file counted once). */
  mapFontsKB: number;
  mapFontsFiles: number;
  views: number;
  files: { path: string; gzipKB: number; firstView: boolean }[];
}

/** A 1280×800 view at zoom 9 shows ≈ 1.8° × 1.1° of the province (SHANXI_EXTENT). */
export const BROWSE_ZOOM = 9;
export function browseGrid(): [number, number][] {
  const views: [number, number][] = [];
  for (let lat = 35.0; lat <= 40.6; lat += 0.8) for (let lon = 110.8; lon <= 114.4; lon += 1.2) views.push([round(lon, 2), round(lat, 2)]);
  return views;
}

const isFont = (path: string) => path.endsWith('.woff2');

export async function measureFonts(browser: Browser, appUrl: string, distDir: string, viewport: { width: number; height: number }): Promise<FontFigures> {
  const grid = browseGrid();
  const firstView = new Set<string>();
  const all = new Set<string>();
  for (const lang of ['zh', 'en'] as const) {
    const context = await benchContext(browser, { viewport });
    let drawn = false;
    context.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(appUrl) || r.serviceWorker()) return;
      const path = decodeURIComponent(new URL(url).pathname.slice(new URL(appUrl).pathname.length));
      if (!isFont(path)) return;
      all.add(path);
      if (!drawn && lang === 'zh') firstView.add(path);
    });
    const page = await context.newPage();
    await page.goto(lang === 'en' ? `${appUrl}#lang=en` : appUrl);
    await page.waitForFunction(() => window.__benchFirstIdle !== undefined, undefined, { timeout: 60_000, polling: 'raf' });
    drawn = true;
    for (const [lon, lat] of grid) {
      await page.evaluate(([x, y, zoom]) => window.__atlasMap!.jumpTo({ center: [x, y], zoom }), [lon, lat, BROWSE_ZOOM]);
      await page.evaluate(waitForMapDrawn);
    }
    await context.close();
  }
  const size = (path: string) => {
    const file = join(distDir, path);
    return existsSync(file) ? round(gzipSync(readFileSync(file)).length / 1000) : 0;
  };
  const files = [...all].sort().map((path) => ({ path, gzipKB: size(path), firstView: firstView.has(path) }));
  const sum = (list: typeof files) => round(list.reduce((t, f) => t + f.gzipKB, 0));
  return {
    mapFontsFirstViewKB: sum(files.filter((f) => f.firstView)),
    mapFontsFirstViewFiles: firstView.size,
    mapFontsKB: sum(files),
    mapFontsFiles: files.length,
    views: grid.length * 2,
    files,
  };
}
