import { test, expect } from '@playwright/test';
import { AtlasDriver } from './atlas-driver';

const ID = 'jinbei-town-circle';
const JINBEI: [number, number] = [112.75, 39.72];

// Losing and rebuilding a context in SwiftShader is slow at 3× pixel density.
test.describe.configure({ timeout: 120_000 });

test('a lost WebGL context that comes back restores the same view and selection', async ({ page }) => {
  const atlas = new AtlasDriver(page);
  await atlas.open(`#f=${ID}`);
  await expect(page.getByRole('heading', { level: 2, name: '晋北城镇圈' })).toBeVisible();
  await atlas.mapIdle(); // with reduced motion, the fit to the selection is a jump
  const before = await atlas.mapViewAndSelection([ID]);
  expect(before.selected).toEqual([ID]);
  expect(await atlas.skipsSky()).toBe(true);

  await atlas.loseContext();
  await page.waitForTimeout(500);
  await atlas.restoreContext();
  await atlas.mapIdle();
  const after = await atlas.mapViewAndSelection([ID]);
  expect(after.zoom).toBeCloseTo(before.zoom, 6);
  expect(after.lat).toBeCloseTo(before.lat, 6);
  expect(after.lon).toBeCloseTo(before.lon, 6);
  expect(after.selected).toEqual([ID]);
  expect(await atlas.inkShare()).toBeGreaterThan(0.1);
  expect(await atlas.skipsSky()).toBe(true); // the restored context's new painter too
  // The selection is drawn again (queried from what was rendered, not only from state).
  expect((await atlas.renderedAt(JINBEI, ['plan-fill'], 10)).map((f) => f.id)).toContain(ID);
  await page.waitForTimeout(3500); // past the grace period: still the WebGL map
  await expect(atlas.svgMap()).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: '晋北城镇圈' })).toBeVisible();
  await atlas.screenshot('context-restored');
  atlas.expectClean();
});

test('a WebGL context that stays lost hands over to the SVG map, keeping the selection', async ({ page }) => {
  const atlas = new AtlasDriver(page);
  await atlas.open(`#f=${ID}`);
  await atlas.mapIdle();
  await atlas.loseContext();
  const t0 = Date.now();
  await atlas.svgMapDrawn();
  console.log(`SVG map drawn ${Date.now() - t0} ms after the context was lost`);
  await expect(atlas.svgMap().locator(`[data-id="${ID}"]`)).toHaveClass(/selected/);
  await expect(page.getByRole('heading', { level: 2, name: '晋北城镇圈' })).toBeVisible();
  await expect(page.getByTestId('map')).toHaveCount(0);
  expect(await page.evaluate(() => window.__atlasMap === undefined)).toBe(true);
  await expect(page).toHaveURL(new RegExp(`#f=${ID}`));
  // It takes over the WebGL map's view: the view's centre is in the middle of the SVG map.
  const box = (await atlas.svgMap().boundingBox())!;
  const centre = await page.evaluate(() => {
    const v = new URLSearchParams(location.hash.slice(1)).get('v')!.split('/').map(Number);
    return window.__atlasSvgMap!.project([v[2], v[1]]);
  });
  expect(Math.abs(centre[0] - box.width / 2)).toBeLessThan(2);
  expect(Math.abs(centre[1] - box.height / 2)).toBeLessThan(2);
  await atlas.screenshot('context-lost-svg');

  // The SVG map goes on working: close the panel, choose the feature again on the map.
  await page.getByRole('button', { name: '关闭' }).first().click();
  await expect(page).not.toHaveURL(/#f=/);
  await atlas.clickSvgMapAt(JINBEI);
  await expect(page).toHaveURL(new RegExp(`#f=${ID}`));
  atlas.expectClean();
});
