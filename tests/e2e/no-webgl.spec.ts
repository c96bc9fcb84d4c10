import { test, expect } from '@playwright/test';
import { AtlasDriver } from './atlas-driver';

// WebGL switched off, as by policy on many office and meeting-room machines.
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      '--disable-quic', '--disable-dev-shm-usage', '--disable-webgl', '--disable-3d-apis'],
  },
});

// Inside 晋北城镇圈 (大同 + 朔州), away from labels.
const JINBEI: [number, number] = [112.75, 39.72];

test('without WebGL the plan structures are drawn as SVG, and selecting, the panel and the reader work', async ({ page }) => {
  const atlas = new AtlasDriver(page);
  await atlas.open();
  expect(await atlas.hasWebGL2()).toBe(false);
  await atlas.svgMapDrawn();
  await expect(page.getByTestId('map')).toHaveCount(0);
  await expect(atlas.svgMap()).toContainText('WebGL');
  // Same data and colours as the WebGL map: the default frame's parts, in their kind colours.
  const circle = atlas.svgMap().locator('[data-id="jinbei-town-circle"]');
  await expect(circle).toHaveAttribute('fill', '#7d3c98'); // city-group in kind-styles.ts
  await atlas.screenshot('svg-map');

  await atlas.clickSvgMapAt(JINBEI);
  const panel = page.getByRole('complementary', { name: '晋北城镇圈' });
  await expect(panel.getByRole('heading', { level: 2, name: '晋北城镇圈' })).toBeVisible();
  await expect(page).toHaveURL(/#f=jinbei-town-circle/);
  await expect(circle).toHaveClass(/selected/);
  await expect(panel.locator('blockquote').first()).toBeVisible();
  await atlas.screenshot('svg-map-selected');

  await panel.getByRole('button', { name: /在原文中查看/ }).first().click();
  const reader = page.getByRole('region', { name: /《/ });
  await expect(reader.locator('mark.mark-quote')).toBeVisible();
  await reader.getByRole('button', { name: /返回地图/ }).click();
  await expect(reader).toBeHidden();

  // maplibre was tried once (it found no WebGL 2 context) and never again; nothing was logged as an error.
  expect(atlas.requests.map((r) => r.url()).filter((u) => /MapView-/.test(u))).toHaveLength(1);
  atlas.expectClean();
});

test('without WebGL a link selects and shows its feature, in English, and the layer list redraws the SVG map', async ({ page }) => {
  const atlas = new AtlasDriver(page);
  await atlas.open('#f=fenhe-valley-town-belt&lang=en');
  await expect(page.getByRole('heading', { level: 2, name: 'Fen River Valley Town Belt' })).toBeVisible();
  await atlas.svgMapDrawn();
  const belt = atlas.svgMap().locator('[data-id="fenhe-valley-town-belt"]');
  await expect(belt).toHaveClass(/selected/);
  await expect(belt).toBeInViewport();
  await expect(atlas.svgMap()).toContainText('Taiyuan');
  await atlas.screenshot('svg-map-en');

  await page.getByRole('button', { name: 'Close' }).first().click();
  await expect(belt).toHaveCount(0); // not in the default layers once deselected
  await page.getByRole('button', { name: 'Layers' }).click();
  await page.getByRole('checkbox', { name: /One Core, Four Belts|一核四带多组团/ }).check();
  await expect(belt).toHaveCount(1);
  atlas.expectClean();
});

test.describe('search without WebGL', () => {
  // The search index is held back here (with no service worker, whose fetches page.route would not see).

  test('without WebGL, search finds a feature and the SVG map shows it; an Enter typed before the index has loaded opens it once it has', async ({ page, isMobile }) => {
    test.skip(isMobile, 'the phone search box is covered by the explorer specs');
    let release!: () => void;
    const held = new Promise<void>((done) => { release = done; });
    await page.route('**/data/search-index.json', async (route) => { await held; await route.continue(); });
    const atlas = new AtlasDriver(page);
    await atlas.open();
    await atlas.svgMapDrawn();
    await page.getByRole('combobox').fill('汾河谷地城镇带');
    await page.getByRole('combobox').press('Enter');
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(0); // nothing to choose from yet
    release();
    await expect(page.getByRole('heading', { level: 2, name: '汾河谷地城镇带' })).toBeVisible();
    await expect(atlas.svgMap().locator('[data-id="fenhe-valley-town-belt"]')).toHaveClass(/selected/);
    atlas.expectClean();
  });
});

test("without WebGL, what's here at 太原 lists the overlapping structures and the county; a frame labels its parts", async ({ page }) => {
  const atlas = new AtlasDriver(page);
  await atlas.open('#v=9/37.94/112.48');
  await atlas.svgMapDrawn();
  const taiyuan: [number, number] = [112.48015, 37.93969]; // 尖草坪区's seat
  // What the SVG map draws under that point (its own hit test, the same one a click uses).
  const under = await page.evaluate(([x, y]) => {
    const svg = document.querySelector('[data-testid="map-fallback"] svg')!.getBoundingClientRect();
    const [px, py] = window.__atlasSvgMap!.project([x, y]);
    return [...new Set(document.elementsFromPoint(svg.left + px, svg.top + py).map((el) => el.closest('[data-id]')?.getAttribute('data-id')).filter(Boolean))];
  }, taiyuan);
  expect(under.length).toBeGreaterThanOrEqual(2);
  await atlas.clickSvgMapAt(taiyuan);
  const { list, names } = await atlas.whatsHere();
  expect(names.length).toBe(under.length);
  expect(names.at(-1)).toBe('山西中部城市群'); // the largest last
  await expect(list.getByRole('button', { name: /尖草坪区/ })).toBeVisible();
  await atlas.screenshot('svg-whats-here');
  await list.getByRole('button', { name: '山西中部城市群', exact: true }).click();
  await expect(page.getByRole('complementary', { name: '山西中部城市群' })).toBeVisible();

  // A frame: its parts labelled with their group labels, what else the layers draw dimmed.
  await atlas.open('#fr=frame-one-core-four-belts-many-clusters');
  await atlas.svgMapDrawn();
  const labels = atlas.svgMap().locator('.fb-part-label[data-part]');
  const parts = await atlas.frameMembers('frame-one-core-four-belts-many-clusters');
  expect(parts.length).toBeGreaterThan(1);
  await expect(labels).toHaveCount(parts.length); // every part, each once
  await expect(labels.filter({ hasText: '汾河谷地城镇带' })).toContainText('带');
  await expect(atlas.svgMap().locator('.fb-group-label', { hasText: '核' })).toHaveCount(1);
  await expect(atlas.svgMap().locator('[data-id="fenhe-valley-town-belt"]')).not.toHaveClass(/fb-dimmed/);
  await expect(atlas.svgMap().locator('[data-id="central-shanxi-city-cluster"]')).toHaveClass(/fb-dimmed/); // a default layer, not a part
  await atlas.screenshot('svg-frame');
  atlas.expectClean();
});

/** The SVG map's drawn names with their boxes on screen. */
async function svgLabelBoxes(atlas: AtlasDriver): Promise<{ cls: string; text: string; x0: number; y0: number; x1: number; y1: number }[]> {
  return atlas.svgMap().locator('.fallback-labels text').evaluateAll((els) => els.map((e) => {
    const r = e.getBoundingClientRect();
    return { cls: e.getAttribute('class') ?? '', text: e.textContent ?? '', x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
  }));
}

const overlapping = (boxes: Awaited<ReturnType<typeof svgLabelBoxes>>) => boxes.flatMap((a, i) => boxes.slice(i + 1)
  .filter((b) => a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1).map((b) => `${a.text} × ${b.text}`));

test('without WebGL the SVG map names what the live map names at each zoom (counties and railways zoomed in), none overlapping', async ({ page }) => {
  const atlas = new AtlasDriver(page);
  await atlas.open();
  await atlas.svgMapDrawn();
  const first = await svgLabelBoxes(atlas);
  // The live map's set at the default zoom: prefectures and plan structures (county names come from the county zoom).
  expect(first.filter((l) => l.cls.includes('fb-prefecture-label')).length, 'prefecture names').toBeGreaterThan(5);
  expect(first.filter((l) => l.cls.includes('fb-part-label')).length, 'plan structures named').toBeGreaterThan(0);
  expect(overlapping(first)).toEqual([]);
  await atlas.screenshot('svg-labels-default');

  for (let i = 0; i < 3; i++) await atlas.svgMap().getByRole('button', { name: '放大' }).click();
  await expect.poll(async () => (await svgLabelBoxes(atlas)).filter((l) => l.cls.includes('fb-county-label')).length, 'county names zoomed in').toBeGreaterThan(0);
  const zoomed = await svgLabelBoxes(atlas);
  expect(zoomed.length).toBeGreaterThan(5);
  expect(zoomed.filter((l) => l.cls.includes('fb-rail-label')).length, 'railway names zoomed in, as on the live map').toBeGreaterThan(0);
  expect(overlapping(zoomed)).toEqual([]);
  await atlas.screenshot('svg-labels-zoomed');
  atlas.expectClean();
});

test('without WebGL the SVG map’s notice stays clear of the locator inset, in Chinese and English @phone', async ({ page }) => {
  const atlas = new AtlasDriver(page);
  for (const hash of ['', '#lang=en']) {
    await atlas.open(hash);
    await atlas.svgMapDrawn();
    const badge = (await page.locator('.fallback-badge').boundingBox())!;
    const inset = (await page.locator('.locator-inset').boundingBox())!;
    const apart = badge.x + badge.width <= inset.x || inset.x + inset.width <= badge.x || badge.y + badge.height <= inset.y || inset.y + inset.height <= badge.y;
    expect(apart, `badge ${JSON.stringify(badge)} and inset ${JSON.stringify(inset)}`).toBe(true);
  }
  await atlas.screenshot('svg-map-badge');
});
