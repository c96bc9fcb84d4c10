import { test, expect, type Response } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AtlasDriver } from './atlas-driver';

// The service worker is what these tests are about (the other specs run without it).
test.use({ serviceWorkers: 'allow' });

// Inside 晋北城镇圈 (大同 + 朔州), away from labels.
const JINBEI: [number, number] = [112.75, 39.72];

test('after one visit the app works with the network off: map, panel and reader', async ({ page, context }) => {
  test.setTimeout(120_000);
  const atlas = new AtlasDriver(page);
  await atlas.open();
  await atlas.mapIdle();
  await atlas.offlineReady();

  await context.setOffline(true);
  const responses: Response[] = [];
  page.on('response', (r) => responses.push(r));
  await page.reload();
  await atlas.reachForMap(); // the reloaded app opens on its picture again
  await atlas.mapIdle();
  expect(await atlas.inkShare()).toBeGreaterThan(0.1);
  await atlas.clickMapAt(JINBEI);
  const panel = page.getByRole('complementary', { name: '晋北城镇圈' });
  await expect(panel.locator('blockquote').first()).toBeVisible(); // details, from the cache
  await panel.getByRole('button', { name: /在原文中查看/ }).first().click();
  const reader = page.getByRole('region', { name: /《/ });
  await expect(reader.locator('mark.mark-quote')).toBeVisible(); // the plan text, from the cache
  await atlas.screenshot('offline-reader');
  await reader.getByRole('button', { name: /返回地图/ }).click();
  await expect(reader).toBeHidden();

  // Everything the page loaded came from the service worker, not from a network that is not there.
  const fromNetwork = responses.filter((r) => !r.fromServiceWorker() && !/^(data|blob):/.test(r.url())).map((r) => r.url());
  expect(fromNetwork).toEqual([]);
  expect(responses.filter((r) => r.url().includes('/data/')).length).toBeGreaterThanOrEqual(5);
  atlas.expectClean();
});

test('a newly deployed version is installed in the background and announced', async ({ page, context }) => {
  const atlas = new AtlasDriver(page);
  await atlas.open();
  await atlas.offlineReady();
  await expect(page.getByRole('status')).toHaveCount(0);
  // The server now has a new build: the same files and a worker with another version. (Playwright
  // cannot route a service worker's own update check, so the served file is swapped and put back.)
  const swFile = join(process.env.ATLAS_DIST ?? 'dist-e2e', 'sw.js');
  const original = readFileSync(swFile, 'utf8');
  try {
    writeFileSync(swFile, original.replace(/const VERSION = "([^"]+)"/, 'const VERSION = "$1-next"'));
    await atlas.checkForUpdate();
    await expect(page.getByRole('status')).toContainText('新版本已就绪');
    // The new version keeps the app working offline. The server keeps the new worker meanwhile, as a real one
    // would: the browser looks for an update on the reload whatever the page's network (offline emulation does
    // not cover that check), and the old file put back had been installed as a third version mid-load.
    await context.setOffline(true);
    await page.reload();
    await atlas.reachForMap(); // the reloaded app opens on its picture again
    await atlas.mapIdle();
  } finally {
    writeFileSync(swFile, original);
  }
  expect(await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('atlas-shell-')).length)).toBe(2); // the new version and the one before it
  atlas.expectClean();
});

test('a corpus file the worker did not precache is kept once the page uses it, or hands it over', async ({ page, context }) => {
  const atlas = new AtlasDriver(page);
  await atlas.open();
  await atlas.offlineReady();
  // A corpus over the precache budget (scripts/vite/precache-list.ts) is left out of the precache: two plan texts
  // taken out of this build's cache stand for it.
  const [used, handedOver] = await page.evaluate(async () => {
    const cache = await caches.open((await caches.keys()).find((k) => k.startsWith('atlas-shell-'))!);
    const texts = (await cache.keys()).map((r) => r.url).filter((u) => u.includes('/data/documents/')).slice(0, 2);
    await Promise.all(texts.map((u) => cache.delete(u)));
    return texts;
  });
  expect(used && handedOver).toBeTruthy();
  const kept = () => page.evaluate(async (urls) => {
    const cache = await caches.open((await caches.keys()).find((k) => k.startsWith('atlas-shell-'))!);
    return Promise.all(urls.map(async (u) => !!(await cache.match(u))));
  }, [used, handedOver]);
  expect(await kept()).toEqual([false, false]);
  // One is fetched by the page, through the worker; the other is named as loaded before the worker controlled the page.
  await page.evaluate(async (u) => { await (await fetch(u)).text(); }, used);
  await page.evaluate((u) => navigator.serviceWorker.controller!.postMessage({ type: 'cache-loaded', urls: [u] }), handedOver);
  await expect.poll(kept).toEqual([true, true]);

  await context.setOffline(true);
  expect(await page.evaluate((urls) => Promise.all(urls.map(async (u) => (await fetch(u)).ok)), [used, handedOver])).toEqual([true, true]);
  // Offline, a corpus file this build has not kept is served from an earlier build's cache that has it.
  const fromEarlier = await page.evaluate(async (u) => {
    const cache = await caches.open((await caches.keys()).find((k) => k.startsWith('atlas-shell-'))!);
    await cache.delete(u);
    await (await caches.open('atlas-shell-earlier')).put(u, new Response('{"earlier":true}', { headers: { 'Content-Type': 'application/json' } }));
    return (await fetch(u)).json();
  }, used);
  expect(fromEarlier).toEqual({ earlier: true });
  atlas.expectClean();
});
