import { test, expect } from './warm-atlas';
import AxeBuilder from '@axe-core/playwright';
import { storyPassage } from './plan-picks';

// One language at a time: in English no Chinese outside the elements marked lang="zh" (quotes, names,
// the plan text); in Chinese no English-only notes or descriptions.
const SHEET = 'aside.side-panel';
// On a machine that may be busy.
test.setTimeout(120_000);

test('English: top bar, layers, legend and timeline carry no Chinese outside names', async ({ warm: atlas }) => {
  const page = atlas.page;
  await atlas.open('#lang=en');
  await atlas.openSheetFromTopBar('Layers');
  await expect(page.locator('.legend')).toBeVisible();
  expect(await atlas.foreignText(`header.topbar, ${SHEET}`, 'en'), 'top bar, layers, legend, timeline').toEqual([]);
  // Apostrophes in English text are Latin ones, not the CJK faces' full-width glyph ("Shanxi’ s").
  const widths = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector('header.topbar')!, NodeFilter.SHOW_TEXT);
    const found: number[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf('\u2019');
      if (at < 0 || node.parentElement!.closest('[lang|="zh"]')) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      found.push(range.getBoundingClientRect().width / parseFloat(getComputedStyle(node.parentElement!).fontSize));
    }
    return found;
  });
  expect(widths.length, 'an apostrophe in the English top bar').toBeGreaterThan(0);
  for (const w of widths) expect(w, 'apostrophe width in em').toBeLessThan(0.5);
});

test('English: the feature panel, its frames\' group labels and search results carry no Chinese outside quotes and names', async ({ warm: atlas }) => {
  const page = atlas.page;
  await atlas.open('#f=jinbei-town-circle&lang=en');
  const panel = page.locator(SHEET);
  await expect(panel.locator('blockquote').first()).toBeVisible();
  for (const frame of await panel.locator('.frame-link').all()) await frame.click(); // every frame's parts and group chips
  await expect(panel.locator('.frame-parts').first()).toBeVisible();
  expect(await atlas.foreignText(SHEET, 'en'), 'feature panel').toEqual([]);
  // Every quote is the Chinese source with an English translation marked as such.
  const quotes = panel.locator('figure.citation');
  for (const quote of await quotes.all()) {
    await expect(quote.locator('blockquote')).toHaveAttribute('lang', /^zh/);
    await expect(quote.locator('.gloss')).toContainText(/^Translation/);
  }
  await atlas.screenshot('language-en-panel');
  // The marked Chinese runs, labels and glosses keep axe clean (lang values valid, nothing unlabelled).
  const { violations } = await new AxeBuilder({ page }).include(SHEET).withTags(['wcag2a', 'wcag2aa', 'best-practice']).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  await atlas.search('Fen');
  await expect(atlas.searchResults().getByRole('option').first()).toBeVisible();
  expect(await atlas.foreignText('[role="listbox"]', 'en'), 'search results').toEqual([]);
});

test('English: the reader\'s chrome carries no Chinese outside the plan text', async ({ warm: atlas }) => {
  const page = atlas.page;
  const { plan, paragraph } = await storyPassage(page.request);
  await atlas.open(`#doc=${plan.id}&p=${paragraph.id}&lang=en`, { keepPreview: true });
  const reader = page.locator('.reader');
  await expect(reader.locator(`[data-paragraph="${paragraph.id}"]`)).toBeVisible();
  await reader.getByRole('button', { name: 'Contents' }).click();
  expect(await atlas.foreignText('.reader', 'en'), 'reader chrome').toEqual([]);
  await atlas.screenshot('language-en-reader');
});

test('English: a river that is a plan feature has one English name on the map, in the panel and in search', async ({ warm: atlas }) => {
  const page = atlas.page;
  await atlas.open('#f=fen-river&lang=en', { keepPreview: true });
  const name = (await page.locator('#feature-title').textContent())!;
  // The names the map labels in English (nameEn of the basemap's river lines and the overlay's river labels).
  const mapNames = await page.evaluate(async () => {
    const base = await (await fetch('data/basemap.topo.json')).json();
    const overlay = await (await fetch('data/overlay.json')).json();
    const named = [...base.objects.rivers.geometries.map((g: { properties: object }) => g.properties), ...overlay.features.map((f: { properties: object }) => f.properties)];
    return [...new Set(named.filter((p: { name?: string }) => p.name === '汾河').map((p: { nameEn?: string }) => p.nameEn))];
  });
  expect(mapNames).toEqual([name]);
  await atlas.search(name);
  await expect(atlas.searchResults().getByRole('option', { name: new RegExp(`^${name}`) }).first()).toBeVisible();
});

test('Chinese: provenance notes and data-source descriptions are in Chinese', async ({ warm: atlas }) => {
  const page = atlas.page;
  await atlas.open('#f=jinbei-town-circle');
  const panel = page.getByRole('complementary', { name: '晋北城镇圈' });
  await expect(panel.locator('.provenance li').first()).toBeVisible();
  expect(await atlas.foreignText(SHEET, 'zh'), 'feature panel').toEqual([]);
  await page.reload();
  await atlas.open('#f=taiyuan-xinzhou-economic-zone');
  await expect(page.locator('.provenance li').first()).toBeVisible();
  expect(await atlas.foreignText(SHEET, 'zh'), 'feature panel').toEqual([]);
  await atlas.openSheetFromTopBar('数据来源');
  await expect(page.locator('.sources-panel li').first()).toBeVisible();
  expect(await atlas.foreignText(SHEET, 'zh'), 'data sources').toEqual([]);
  await atlas.screenshot('language-zh-sources');
});
