import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AtlasDriver } from './atlas-driver';
import type { PictureHits } from '../../src/lib/preview/picture-hit';
import { pictureTarget, pictureToPage } from '../../scripts/bench/picture-target';

// The first view is a build-time picture; the live map's code loads when the user reaches for it. The
// first tap or click on the picture selects what is under it at once (hit-tested on the geometry the
// picture was drawn from), and a selection shows its heading and first quote together, without waiting
// for the map's code or the whole details file. What to tap and what the panel must say come from the
// built data, not from this file.

const DIST = process.env.ATLAS_DIST ?? 'dist-e2e';
const readData = <T>(name: string): T => JSON.parse(readFileSync(join(DIST, 'data', name), 'utf8')) as T;
const hits = readData<PictureHits>('preview-hits.json');
const names = new Map(readData<{ features: { properties: { id: string; name: { zh: string } } }[] }>('features.geojson').features
  .map((f) => [f.properties.id, f.properties.name.zh]));
const firstQuote = (id: string) => readData<{ citations: { quote: string }[] }>(`details/${encodeURIComponent(id)}.json`).citations[0].quote;

/** What to tap: a feature the picture shows, and a point where a tap hits it alone. */
const target = pictureTarget(hits)!;

/** Holds back every request matching `pattern` until released (the live map's code, the whole details file). */
async function holdBack(page: Page, pattern: RegExp): Promise<{ held: () => string[]; release: () => void }> {
  const held: string[] = [];
  let release = () => {};
  const released = new Promise<void>((done) => { release = done; });
  await page.route(pattern, async (route) => {
    held.push(route.request().url());
    await released;
    await route.continue();
  });
  return { held: () => held, release };
}

// Held back to show what does not wait for them (no service worker here, whose cache the routes would not see).
// Each test loads the live map cold after holding it back, then waits for it to draw.
test.slow();

const MAP_CODE = /\/assets\/(MapView|maplibre-gl-worker)-[^/]*$/;

test('the first tap on the picture opens the panel of the feature under it; the live map takes over with it', { tag: '@phone' }, async ({ page, isMobile }) => {
  expect(target, 'the picture shows a feature to tap').toBeTruthy();
  const atlas = new AtlasDriver(page);
  const mapCode = await holdBack(page, MAP_CODE);
  await atlas.open('', { keepPreview: true });
  await expect(atlas.preview()).toBeVisible();
  const at = pictureToPage(hits, (await atlas.preview().boundingBox())!, target.at);
  if (isMobile) await page.touchscreen.tap(at.x, at.y);
  else await page.mouse.click(at.x, at.y);

  // At once: the live map's code is still held back, so the picture answered the tap.
  const name = names.get(target.id)!;
  await expect(atlas.panel().getByRole('heading', { level: 2, name })).toBeVisible();
  await expect(atlas.panel().locator('blockquote').first()).toHaveText(firstQuote(target.id));
  await expect(page).toHaveURL(new RegExp(`#f=${target.id}`));
  // The map is asked for once the quote has painted (so it does not hold the quote up).
  await expect.poll(() => mapCode.held().length, { message: 'the map was asked for after the quote' }).toBeGreaterThan(0);
  await expect(atlas.preview()).toBeVisible();
  await atlas.screenshot(`first-tap-${isMobile ? 'phone' : 'desktop'}`);

  mapCode.release();
  await expect(atlas.preview()).toHaveCount(0, { timeout: 90_000 }); // gone once the live map has drawn
  await atlas.mapIdle();
  await expect(atlas.panel().getByRole('heading', { level: 2, name })).toBeVisible();
  const selected = await page.evaluate((id) => window.__atlasMap!.getFeatureState({ source: 'plan', id }).selected, target.id);
  expect(selected).toBe(true);
  await atlas.screenshot(`first-tap-live-${isMobile ? 'phone' : 'desktop'}`);
  atlas.expectClean();
});

test('a drag on the picture moves it, and the live map opens where the drag ended', async ({ page, isMobile }) => {
  test.skip(isMobile, 'one drag is enough; the phone taps above');
  const atlas = new AtlasDriver(page);
  await atlas.open('', { keepPreview: true });
  const box = (await atlas.preview().boundingBox())!;
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  await page.mouse.move(cx - 100, cy - 80, { steps: 8 });
  await page.mouse.up();
  await expect(atlas.preview()).toHaveCount(0, { timeout: 90_000 });
  await atlas.mapIdle();
  // The map's centre is what was 100 px right of and 80 px below the picture's centre.
  const moved = await page.evaluate(() => {
    const map = window.__atlasMap!;
    const c = map.project(map.getCenter());
    return { dx: c.x, dy: c.y, opening: map.project([112.4, 37.65]) };
  });
  expect(moved.opening.x).toBeLessThan(moved.dx - 60);
  expect(moved.opening.y).toBeLessThan(moved.dy - 40);
  atlas.expectClean();
});

test('a cold search → pick shows the heading and its first quote without waiting for the map or the whole details', async ({ page }) => {
  const atlas = new AtlasDriver(page);
  const mapCode = await holdBack(page, MAP_CODE);
  const allDetails = await holdBack(page, /\/data\/feature-details\/\d+\.json$/);
  await atlas.open('', { keepPreview: true });
  const name = names.get(target.id)!;
  await atlas.search(name);
  await atlas.chooseOption(atlas.searchResults().getByRole('option', { name: new RegExp(name) }).first());
  await expect(atlas.panel().getByRole('heading', { level: 2, name })).toBeVisible();
  await expect(atlas.panel().locator('blockquote').first()).toHaveText(firstQuote(target.id));
  // The map is asked for once the quote has painted (so it does not hold the quote up).
  await expect.poll(() => mapCode.held().length, { message: 'the map was asked for after the quote' }).toBeGreaterThan(0);
  mapCode.release();
  allDetails.release();
  await expect(atlas.preview()).toHaveCount(0, { timeout: 90_000 });
  await atlas.mapIdle();
  atlas.expectClean();
});
