// The optional official basemap (天地图, online, opt-in) in the build that offers it (npm run build:online):
// a user's own key shows its tiles under the plan layers with the credit and review number, the choice survives
// a reload, a refused key falls back to the embedded basemap with a notice. 天地图 is not reachable here: its
// hosts are answered by a stand-in (one flat tile per layer; 403 for a key it refuses). The default build's
// policy stays same-origin (security.spec).
import { test, expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import AxeBuilder from '@axe-core/playwright';
import { AtlasDriver } from './atlas-driver';

const GOOD = 'a'.repeat(32);
const REFUSED = 'b'.repeat(32);
/** The stand-in's colours: a base tile and a (transparent-ish) annotation tile, told apart on the canvas. */
const BASE_RGB = [40, 160, 90] as const;

function tile(rgb: readonly [number, number, number], alpha: number): Buffer {
  const png = new PNG({ width: 256, height: 256 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([...rgb, alpha], i);
  return PNG.sync.write(png);
}

/** Answers 天地图's hosts as the service would; records what was asked. */
async function standIn(page: Page): Promise<string[]> {
  const asked: string[] = [];
  const base = tile(BASE_RGB, 255);
  const labels = tile([0, 0, 0], 0);
  await page.route(/^https:\/\/t[0-7]\.tianditu\.gov\.cn\//, (route) => {
    const url = new URL(route.request().url());
    asked.push(url.href);
    if (url.searchParams.get('tk') !== GOOD) return route.fulfill({ status: 403, body: 'invalid key' });
    return route.fulfill({ status: 200, contentType: 'image/png', body: /\/c[vi]a_w\//.test(url.pathname) ? labels : base, headers: { 'access-control-allow-origin': '*' } });
  });
  return asked;
}

/** Share of the map canvas in the stand-in's base colour. */
const baseShare = (page: Page) => page.evaluate((rgb) => {
  const src = window.__atlasMap!.getCanvas();
  const c = document.createElement('canvas');
  c.width = 64; c.height = 40;
  const ctx = c.getContext('2d')!;
  ctx.drawImage(src, 0, 0, c.width, c.height);
  const d = ctx.getImageData(0, 0, c.width, c.height).data;
  let n = 0;
  for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i]! - rgb[0]) < 12 && Math.abs(d[i + 1]! - rgb[1]) < 12 && Math.abs(d[i + 2]! - rgb[2]) < 12) n++;
  return n / (c.width * c.height);
}, BASE_RGB);

test('a user’s 天地图 key shows its tiles under the plans, with the review number; kept on reload; a refused key falls back', async ({ page }) => {
  const asked = await standIn(page);
  const atlas = new AtlasDriver(page);
  await atlas.open();
  await atlas.mapIdle();
  // The policy of this build allows 天地图's tile hosts for images and fetches, and nothing else new.
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toMatch(/img-src [^;]*https:\/\/t0\.tianditu\.gov\.cn/);
  expect(policy).toMatch(/connect-src [^;]*https:\/\/t7\.tianditu\.gov\.cn/);
  expect(policy).toMatch(/script-src 'self';/);
  expect(asked).toEqual([]); // nothing online until the user asks
  expect(await baseShare(page)).toBeLessThan(0.05);

  await atlas.openSheetFromTopBar('数据来源');
  const form = page.getByRole('form', { name: /天地图底图/ });
  await form.getByLabel(/天地图密钥/).fill('not a key');
  await form.getByRole('button', { name: '使用天地图' }).click();
  await expect(form.getByText('密钥应为 32 位十六进制字符。')).toBeVisible();
  await form.getByLabel(/天地图密钥/).fill(GOOD);
  await form.getByRole('button', { name: '使用天地图' }).click();
  await expect(form.getByRole('status')).toContainText('正在使用天地图');
  // The data sources panel with the form and its glossary: no serious accessibility violation.
  const { violations } = await new AxeBuilder({ page }).include('aside').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
  await atlas.openSheetFromTopBar('数据来源');
  await atlas.mapIdle();
  await expect.poll(() => baseShare(page)).toBeGreaterThan(0.3);
  expect(asked.some((u) => u.includes('/vec_w/') && u.includes(`tk=${GOOD}`))).toBe(true);
  expect(asked.some((u) => u.includes('/cva_w/'))).toBe(true);
  // Under the plan layers: the plan structures still draw over the tiles.
  expect((await atlas.renderedPlanIds()).length).toBeGreaterThan(0);
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('审图号：GS(0000)0000号');
  await atlas.screenshot('online-basemap');

  // Kept in this browser: a reload shows 天地图 again.
  await atlas.open(); // loads the page again
  await atlas.mapIdle();
  await expect.poll(() => baseShare(page)).toBeGreaterThan(0.3);

  // A key 天地图 refuses: back to the embedded basemap, with a notice.
  await page.evaluate((key) => localStorage.setItem('atlas.tianditu', JSON.stringify({ kind: 'img', key })), REFUSED);
  await atlas.open(); // loads the page again
  await expect(page.getByRole('status').filter({ hasText: '天地图拒绝了这个密钥' })).toBeVisible();
  await atlas.mapIdle();
  expect(await baseShare(page)).toBeLessThan(0.05);
  expect(await page.evaluate(() => localStorage.getItem('atlas.tianditu'))).toBeNull();
  expect(atlas.consoleErrors.filter((e) => !/tianditu|403|Failed to load resource/.test(e))).toEqual([]);
});
