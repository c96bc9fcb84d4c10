// Back and Forward: every state a user reaches on purpose (a panel, compare, a layer set) is a history
// entry that Back undoes; Back never leaves the app before the entries it made are used up, and never
// blanks it. Each test arrives from another page of the same server, so leaving the app is observable.
import { test, expect, type Page } from '@playwright/test';
import { AtlasDriver } from './atlas-driver';


/** Another page of the same site (the published plans list), then the app. */
async function arriveFromAnotherPage(page: Page): Promise<AtlasDriver> {
  const atlas = new AtlasDriver(page);
  await page.goto('./data/plans.json');
  await atlas.open();
  // The browser's own icon request for that JSON page (at the server's root, outside the site) is not the app's.
  atlas.consoleErrors.splice(0, atlas.consoleErrors.length, ...atlas.consoleErrors.filter((e) => !e.endsWith('/favicon.ico')));
  await mapReady(page, atlas);
  return atlas;
}

/** The live map has its data (generous: the shared test machine can be slow to start it), then idle. */
async function mapReady(page: Page, atlas: AtlasDriver): Promise<void> {
  await page.waitForFunction(() => !!window.__atlasMap?.isStyleLoaded() && window.__atlasMap.querySourceFeatures('plan').length > 0, undefined, { timeout: 90_000 });
  await atlas.mapIdle();
}

test.describe.configure({ timeout: 180_000 });

async function expectInApp(page: Page, atlas: AtlasDriver): Promise<void> {
  await expect(page).toHaveURL(/\/atlas\/(#.*)?$/);
  await expect(page.locator('.brand-main')).toBeVisible();
  await expect(page.locator('.stage')).toBeVisible();
  expect(await atlas.inkShare(), 'the map still draws').toBeGreaterThan(0.1);
}

const layersButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: '图层', exact: true });

test('Back closes the layers, list and sources panels and stays in the app', { tag: '@phone' }, async ({ page }) => {
  const atlas = await arriveFromAnotherPage(page);
  const sheet = atlas.sheet();

  await layersButton(page).click();
  await expect(page.getByRole('region', { name: '规划时间轴' })).toBeVisible();
  await page.goBack();
  await expect(sheet).toHaveCount(0);
  await expectInApp(page, atlas);

  await atlas.openFeatureList();
  await expect(page.getByRole('complementary', { name: '地图要素列表' })).toBeVisible();
  await page.goBack();
  await expect(sheet).toHaveCount(0);
  await expectInApp(page, atlas);

  await atlas.topBarMode(/数据来源/);
  await expect(page.getByRole('complementary', { name: '数据来源' })).toBeVisible();
  await page.goBack();
  await expect(sheet).toHaveCount(0);
  await expectInApp(page, atlas);

  // Forward reopens the last one; the entries the app made are used up only after that.
  await page.goForward();
  await expect(page.getByRole('complementary', { name: '数据来源' })).toBeVisible();
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(/data\/plans\.json$/);
});

test('Back undoes layer ticks and the timeline, then closes the panel', async ({ page }) => {
  const atlas = await arriveFromAnotherPage(page);
  await layersButton(page).click();
  const timeline = page.getByRole('region', { name: '规划时间轴' });
  await expect(timeline).toBeVisible();

  // Two ticks in a row are one change of the layer set: one Back undoes both.
  const unticked = page.locator('aside.side-panel input[type="checkbox"]:not(:checked)');
  const first = await unticked.first().getAttribute('id') ?? '';
  const boxes = page.locator('aside.side-panel input[type="checkbox"]');
  const before = await boxes.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked));
  await unticked.first().check();
  await unticked.first().check();
  await expect(page).toHaveURL(/[#&]l=/);
  await page.goBack();
  await expect(page).not.toHaveURL(/[#&]l=/);
  await expect(layersButton(page)).toHaveAttribute('aria-pressed', 'true');
  expect(await boxes.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked)), `ticks undone (${first})`).toEqual(before);

  // The timeline chooses a layer set too.
  const row = timeline.getByRole('button').first();
  await row.click();
  await expect(row).toHaveAttribute('aria-pressed', 'true');
  await page.goBack();
  await expect(row).toHaveAttribute('aria-pressed', 'false');
  await page.goBack();
  await expect(atlas.sheet()).toHaveCount(0);
  await expectInApp(page, atlas);
  await page.goBack();
  await expect(page).toHaveURL(/data\/plans\.json$/);
});

test('compare starts with the divider over the province, is in the URL, and Back leaves it without blanking the app', async ({ page }) => {
  const atlas = await arriveFromAnotherPage(page);
  await atlas.topBarMode(/对比|Compare/);
  const panel = page.getByRole('complementary', { name: /规划对比|Compare plans/ });
  await expect(panel).toBeVisible();
  await expect(page).toHaveURL(/cmp/);
  await atlas.compareMapIdle();

  // Both sides show part of the province: the divider is within the middle half of its extent on screen.
  const divider = page.getByRole('slider');
  const province = await page.evaluate(() => {
    const map = window.__atlasMap!;
    const points = (g: GeoJSON.Geometry): number[][] => (g.type === 'Polygon' ? g.coordinates.flat() : g.type === 'MultiPolygon' ? g.coordinates.flat(2) : []);
    const xs = map.querySourceFeatures('province').flatMap((f) => points(f.geometry)).map((c) => map.project(c as [number, number]).x);
    return { left: Math.min(...xs), right: Math.max(...xs) };
  });
  const dividerBox = (await divider.boundingBox())!;
  const x = dividerBox.x + dividerBox.width / 2;
  const quarter = (province.right - province.left) / 4;
  expect(x, `divider at ${x}, province ${province.left}–${province.right}`).toBeGreaterThan(province.left + quarter);
  expect(x).toBeLessThan(province.right - quarter);
  await atlas.screenshot('compare-divider-start');

  // The pair and a moved divider survive a reload.
  const later = page.getByTestId('compare-b');
  const other = await later.locator('option').evaluateAll((os, cur) => os.map((o) => (o as HTMLOptionElement).value).find((v) => v !== cur)!, await later.inputValue());
  await later.selectOption(other);
  const start = await divider.getAttribute('aria-valuenow');
  await divider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(divider).not.toHaveAttribute('aria-valuenow', start!);
  const value = await divider.getAttribute('aria-valuenow');
  // The URL has the moved divider before the reload (x is a share of the width; the slider shows per cent).
  await expect.poll(() => Math.round(Number(/[#&]x=([\d.]+)/.exec(page.url())?.[1]) * 100)).toBe(Number(value));
  await page.reload();
  await atlas.reachForMap();
  await mapReady(page, atlas);
  await expect(page.getByTestId('compare-b')).toHaveValue(other);
  await expect(page.getByRole('slider')).toHaveAttribute('aria-valuenow', value!);

  // Back leaves compare (choosing another pair and the divider were no entries of their own).
  await page.goBack();
  await expect(panel).toHaveCount(0);
  await expect(page).not.toHaveURL(/cmp/);
  expect(await atlas.mapCanvasCount()).toBe(1);
  await mapReady(page, atlas);
  await expectInApp(page, atlas);
  await atlas.screenshot('history-back-from-compare');
  atlas.expectClean();
});

test('返回地图 is Back when the reader was opened from the map', async ({ page }) => {
  const atlas = await arriveFromAnotherPage(page);
  await atlas.clickMapAt([112.75, 39.72]);
  const quoteButton = atlas.panel().getByRole('button', { name: /在原文中查看/ }).first();
  await quoteButton.click();
  const reader = atlas.reader();
  await expect(reader).toBeVisible();
  const entries = await page.evaluate(() => history.length);
  await reader.getByRole('button', { name: /返回地图/ }).click();
  await expect(reader).toHaveCount(0);
  expect(await page.evaluate(() => history.length), 'no new entry').toBe(entries);
  // Back now goes to the map before the selection, not into the reader again.
  await page.goBack();
  await expect(reader).toHaveCount(0);
  await expect(page).not.toHaveURL(/f=/);
  await expectInApp(page, atlas);
});
