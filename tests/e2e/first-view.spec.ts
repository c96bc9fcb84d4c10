import { test, expect, type Page } from '@playwright/test';
import { AtlasDriver } from './atlas-driver';
import { defaultLayers, type PlanSummary } from '../../src/lib/plans/plan-summary';

// The first view is a picture of the map made at build time; the map's code (maplibre, ~300 KB gzip)
// loads when the user reaches for the map, or at once when the link asks for something the picture
// cannot show.

const mapCodeRequested = (atlas: AtlasDriver) => atlas.requests.some((r) => /maplibre|MapView/.test(r.url()));

async function reach(page: Page, atlas: AtlasDriver, isMobile: boolean): Promise<void> {
  const box = (await atlas.preview().boundingBox())!;
  if (isMobile) await page.touchscreen.tap(box.x + box.width / 2, box.y + 120);
  else await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
}

test('a first visit shows the map as a picture, and the live map once the user reaches for it', { tag: '@phone' }, async ({ page, isMobile }) => {
  const atlas = new AtlasDriver(page);
  await atlas.open('', { keepPreview: true });
  const picture = atlas.preview().getByRole('img', { name: /一群两区三圈/ });
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(atlas.preview()).toContainText('静态预览');
  // Idle with the picture: the map's code is not fetched on its own.
  await page.waitForTimeout(1500);
  expect(mapCodeRequested(atlas)).toBe(false);
  expect(atlas.requests.filter((r) => /search-index|documents\//.test(r.url())), 'no search data for a picture').toEqual([]);
  await expect(page.locator('.maplibregl-canvas')).toHaveCount(0);
  await atlas.screenshot('first-view-preview');

  await reach(page, atlas, isMobile);
  await atlas.mapIdle();
  expect(mapCodeRequested(atlas)).toBe(true);
  await expect(atlas.preview()).toHaveCount(0); // gone once the map has drawn its first view
  expect(await atlas.inkShare()).toBeGreaterThan(0.1);
  await atlas.screenshot('first-view-live');
  await atlas.expectClean();
});

test('the first view fetches the files of the plans it shows only, and nothing of presenter, compare or export; the other plans are read ahead, and drawn when switched on', async ({ page }) => {
  const atlas = new AtlasDriver(page);
  await atlas.open();
  await atlas.mapIdle();
  const modes = atlas.requests.map((r) => r.url()).filter((u) => /PresentMode|CompareMode|ExportDialog|standalone-style/.test(u));
  expect(modes).toEqual([]);
  const plans = await (await page.request.get('data/plans.json')).json() as PlanSummary[];
  const layers = defaultLayers(plans);
  const shown = plans.filter((p) => layers.includes(`plan:${p.id}`) || p.frames?.some((f) => layers.includes(f.id))).map((p) => p.id);
  expect((await atlas.planFiles({ beforeReadAhead: true })).sort()).toEqual([...shown].sort());
  // The others are read ahead once the first view is drawn and the browser idle, and drawn only when asked for.
  await expect.poll(() => atlas.planFiles()).toHaveLength(plans.length);
  const other = plans.find((p) => !shown.includes(p.id));
  test.skip(!other, 'the first view shows every registered plan');
  const idsIn = async (plan: string) => (await (await page.request.get(`data/catalogue/${plan}.json`)).json() as { features: { geometries: { type: string | null; properties: { id: string } }[] } })
    .features.geometries.filter((g) => g.type).map((g) => g.properties.id);
  const inShown = new Set((await Promise.all(shown.map(idsIn))).flat());
  const own = (await idsIn(other!.id)).filter((id) => !inShown.has(id));
  expect((await atlas.renderedPlanIds()).filter((id) => own.includes(id))).toEqual([]);

  await atlas.openSheetFromTopBar(/^(图层|Layers)$/);
  await page.getByRole('group', { name: new RegExp(other!.shortTitle.zh) }).getByRole('checkbox', { name: '本规划全部要素' }).check();
  await atlas.mapIdle();
  await atlas.openSheetFromTopBar(/^(图层|Layers)$/); // closed again: the whole map in view
  await atlas.mapIdle();
  expect((await atlas.renderedPlanIds()).filter((id) => own.includes(id)).length).toBeGreaterThan(0);
  atlas.expectClean();
});

test('a link that selects a feature loads the live map at once, without any gesture', async ({ page }) => {
  const atlas = new AtlasDriver(page);
  await atlas.open('#f=jinbei-town-circle', { keepPreview: true });
  await atlas.mapIdle();
  await expect(atlas.panel().getByRole('heading', { level: 2, name: '晋北城镇圈' })).toBeVisible();
  await expect(atlas.preview()).toHaveCount(0);
  await atlas.expectClean();
});

test('choosing a feature from the list loads the live map and shows the feature there', async ({ page, isMobile }) => {
  test.skip(isMobile, 'the list opens from the ⋯ menu on a phone; explorer.spec covers it there');
  const atlas = new AtlasDriver(page);
  await atlas.open('', { keepPreview: true });
  await page.getByRole('button', { name: '列表' }).click();
  await page.getByRole('button', { name: /晋北城镇圈/ }).first().click();
  await atlas.mapIdle();
  await expect(page).toHaveURL(/#f=jinbei-town-circle/);
  await expect(atlas.preview()).toHaveCount(0);
});

test('a keyboard user tabs to the picture, the live map loads and keeps the focus', async ({ page, isMobile }) => {
  test.skip(isMobile, 'no keyboard on a phone');
  const atlas = new AtlasDriver(page);
  await atlas.open('', { keepPreview: true });
  await atlas.preview().focus();
  await atlas.mapIdle();
  await expect(atlas.preview()).toHaveCount(0);
  await expect(page.locator('.maplibregl-canvas')).toBeFocused();
  await page.keyboard.press('Equal'); // maplibre's keyboard zoom works on the focused map
  await expect.poll(() => page.evaluate(() => window.__atlasMap!.getZoom())).toBeGreaterThan(6);
});
