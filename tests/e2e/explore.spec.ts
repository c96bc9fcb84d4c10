import { test, expect } from './warm-atlas';
import { occurrences, seedText } from './seed-text';

// Inside 晋北城镇圈 (大同 + 朔州), away from labels.
const JINBEI: [number, number] = [112.75, 39.72];

test('select a feature on the map, read its verbatim quotes, open one in the plan and come back', { tag: '@phone' }, async ({ warm: atlas }) => {
  const page = atlas.page;
  await atlas.open();
  await atlas.mapIdle();
  await atlas.clickMapAt(JINBEI);

  const panel = page.getByRole('complementary', { name: '晋北城镇圈' });
  await expect(panel.getByRole('heading', { level: 2, name: '晋北城镇圈' })).toBeVisible();
  await expect(page).toHaveURL(/#f=jinbei-town-circle/);
  const quotes = panel.locator('blockquote');
  await expect(quotes.first()).toBeVisible();
  for (const q of await quotes.all()) {
    const seed = (await q.getAttribute('data-seed'))!;
    const text = (await q.textContent())!;
    expect(occurrences(seedText(seed), text), `«${text}» verbatim once in ${seed}`).toBe(1);
  }
  await atlas.screenshot('feature-panel');

  const firstQuote = (await quotes.first().textContent())!;
  await panel.getByRole('button', { name: /在原文中查看/ }).first().click();
  const reader = page.getByRole('region', { name: /《/ });
  await expect(reader.locator('mark.mark-quote')).toHaveText(firstQuote);
  await expect(reader.locator('mark.mark-quote')).toBeInViewport();
  await expect(page).toHaveURL(/doc=\w+&p=p\d{4}/);
  await atlas.screenshot('reader-from-panel');

  // The passage links back to the feature on the map.
  await reader.getByRole('button', { name: /晋北城镇圈/ }).first().click();
  await expect(reader).toBeHidden();
  await expect(panel.getByRole('heading', { level: 2, name: '晋北城镇圈' })).toBeVisible();

  // Back returns to the reader, then to the map before the selection.
  await page.goBack();
  await expect(page.locator('mark.mark-quote')).toHaveText(firstQuote);
  await page.goBack();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: '晋北城镇圈' })).toBeHidden();
  atlas.expectClean();
});

test('a permalink selects the feature, in the language it names', async ({ warm: atlas }) => {
  const page = atlas.page;
  await atlas.open('#f=fenhe-valley-town-belt&lang=en');
  await expect(page.getByRole('heading', { level: 2, name: 'Fen River Valley Town Belt' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await atlas.mapIdle();
  // The selected feature is drawn even though its frame is not among the default layers.
  const drawn = await atlas.renderedAt([111.95, 37.35], ['plan-fill'], 30);
  expect(drawn.map((f) => f.id)).toContain('fenhe-valley-town-belt');

  await page.getByRole('button', { name: '中文', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: '汾河谷地城镇带' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  atlas.expectClean();
});

test('an unknown feature id or garbage in the link shows the default view with a notice', async ({ warm: atlas }) => {
  const page = atlas.page;
  await atlas.open('#f=no-such-feature&v=NaN/abc/1e999&l=%00%ff');
  await expect(page.getByRole('status')).toContainText('未找到该要素');
  await atlas.mapIdle();
  expect(await atlas.inkShare()).toBeGreaterThan(0.1);
  // Loaded cold (as a shared link is), the app asks for the feature's own details file to learn which plans
  // hold it before every plan has loaded: the server's 404 for it is the answer, not an error.
  const asked = (e: string) => e.startsWith('Failed to load resource') && e.endsWith('/data/details/no-such-feature.json');
  atlas.consoleErrors.splice(0, Infinity, ...atlas.consoleErrors.filter((e) => !asked(e)));
  atlas.expectClean();
});

test('switching a frame on in the layer list draws its parts', async ({ warm: atlas }) => {
  const page = atlas.page;
  await atlas.open();
  await atlas.mapIdle();
  const valley: [number, number] = [111.95, 37.35];
  expect((await atlas.renderedAt(valley, ['plan-fill'], 30)).map((f) => f.id)).not.toContain('fenhe-valley-town-belt');

  await page.getByRole('button', { name: '图层' }).click();
  await page.getByRole('checkbox', { name: '一核四带多组团' }).check();
  await atlas.mapIdle();
  expect((await atlas.renderedAt(valley, ['plan-fill'], 30)).map((f) => f.id)).toContain('fenhe-valley-town-belt');
  await expect(page).toHaveURL(/l=[^&]*frame-one-core-four-belts-many-clusters/);
  await atlas.screenshot('layers');

  await page.getByRole('checkbox', { name: '一核四带多组团' }).uncheck();
  await atlas.mapIdle();
  expect((await atlas.renderedAt(valley, ['plan-fill'], 30)).map((f) => f.id)).not.toContain('fenhe-valley-town-belt');
});
