import { test, expect } from './warm-atlas';
import AxeBuilder from '@axe-core/playwright';
import { recordFirstIdle } from '../../scripts/bench/page-probes';
import { AtlasDriver } from './atlas-driver';
import { occurrences, seedText } from './seed-text';
import { charShard } from '../../src/lib/search/text-index';
import type { SearchIndexFile } from '../../src/lib/search/search-index-types';

const FEATURES = /^(要素|Features)/;
const PLACES = /^(地点|Places)/;
const TEXT = /^(原文|Plan text)/;
const SUGGESTIONS = /^(您是否要找|Did you mean)/;
const TAIYUAN_SEAT = { lon: 112.54293, lat: 37.85647 };

test('Chinese: 太原 finds the prefecture; choosing it opens its dossier, frames it and marks it', async ({ warm: atlas }) => {
  const page = atlas.page;
  await atlas.open();
  await atlas.mapIdle();
  await atlas.search('太原');
  const place = atlas.searchOption(PLACES, /太原市/);
  await expect(place).toBeVisible();
  // The exact place name ranks its group first; features named 太原… follow, then plan text.
  await expect(atlas.searchResults().getByRole('group')).toHaveCount(3);
  await expect(atlas.searchResults().getByRole('group').first()).toHaveAccessibleName(PLACES);
  await expect(atlas.searchOption(FEATURES, /太原都市圈/)).toBeVisible();
  await expect(atlas.searchOption(TEXT, /太原/).first()).toBeVisible();
  await atlas.screenshot('search-zh-results');

  await atlas.chooseOption(place);
  await expect(atlas.searchResults()).toBeHidden();
  // The place's dossier opens and the map frames the place beside it: its seat in view, clear of the panel.
  await expect(page.getByRole('complementary', { name: '太原市' })).toBeVisible();
  await expect(page).toHaveURL(/place=140100/);
  await expect.poll(async () => {
    const v = await atlas.settledView();
    const seat = await page.evaluate((s) => window.__atlasMap!.project([s.lon, s.lat]), TAIYUAN_SEAT);
    const panel = (await atlas.sheet().boundingBox())!;
    return v.zoom > 7.5 && seat.x > 0 && seat.y > 0 && seat.x < panel.x;
  }).toBe(true);
  await expect(page.getByTestId('place-marker')).toHaveAttribute('aria-label', '太原市');
  await atlas.mapIdle();
  await atlas.screenshot('search-place-chosen');
  atlas.expectClean();
});

test('English: "Fen River" finds the river; a click or tap selects it and the panel shows it', async ({ warm: atlas }) => {
  const page = atlas.page;
  await atlas.open('#lang=en');
  await atlas.mapIdle();
  await atlas.search('Fen River');
  const option = atlas.searchOption(FEATURES, /^Fen River 汾河/);
  await expect(option).toBeVisible();
  await expect(atlas.searchResults().getByRole('option').first()).toHaveAccessibleName(/^Fen River 汾河/);
  await atlas.screenshot('search-en-results');
  await atlas.chooseOption(option);
  await expect(page).toHaveURL(/#f=fen-river/);
  await expect(page.getByRole('complementary', { name: 'Fen River' }).getByRole('heading', { level: 2, name: 'Fen River' })).toBeVisible();
  atlas.expectClean();
});

test('pinyin and the keyboard: "fenhe", ↓ ↓ ↑ Enter selects 汾河 and the panel shows it', async ({ warm: atlas }) => {
  const page = atlas.page;
  await atlas.open();
  await atlas.mapIdle();
  await atlas.search('fenhe');
  const box = atlas.searchBox();
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  const first = atlas.searchResults().getByRole('option').first();
  await expect(first).toHaveAccessibleName(/^汾河 Fen River/);

  await box.press('ArrowDown');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  await box.press('ArrowDown');
  await expect(first).toHaveAttribute('aria-selected', 'false');
  await expect(atlas.searchResults().getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
  await box.press('ArrowUp');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await atlas.screenshot('search-keyboard');
  await box.press('Enter');

  await expect(page).toHaveURL(/#f=fen-river/);
  await expect(page.getByRole('complementary', { name: '汾河' }).getByRole('heading', { level: 2, name: '汾河' })).toBeVisible();
  await expect(atlas.searchResults()).toBeHidden();
  await atlas.mapIdle();
  await atlas.screenshot('search-keyboard-selected');

  // Escape closes the list, a second Escape clears the box.
  await atlas.search('jinbei');
  await expect(atlas.searchOption(FEATURES, /晋北城镇圈/)).toBeVisible();
  await box.press('Escape');
  await expect(atlas.searchResults()).toBeHidden();
  await expect(box).toHaveValue('jinbei');
  await box.press('Escape');
  await expect(box).toHaveValue('');
  atlas.expectClean();
});

test('plan text: a phrase opens the reader at the paragraph with the words highlighted', async ({ warm: atlas }) => {
  const page = atlas.page;
  await atlas.open();
  await atlas.mapIdle();
  const phrase = '一泓清水入黄河';
  await atlas.search(phrase);
  // No feature or place has that name: the box says so, and still finds the plans that say it.
  await expect(page.getByText(`未找到与“${phrase}”相符的要素或地点`)).toBeVisible();
  const hit = atlas.searchOption(TEXT, new RegExp(phrase)).first();
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark')).toHaveText(phrase);
  await atlas.screenshot('search-text-results');
  await atlas.chooseOption(hit);

  const reader = page.getByRole('region', { name: /《/ });
  const mark = reader.locator('mark.mark-quote');
  await expect(mark).toHaveText(phrase);
  await expect(mark).toBeInViewport();
  await expect(page).toHaveURL(/doc=\w+&p=p\d{4}/);
  const seed = new URL(page.url()).hash.match(/doc=(\w+)/)![1];
  expect(occurrences(seedText(seed), phrase)).toBeGreaterThan(0);
  await atlas.screenshot('search-text-reader');
  atlas.expectClean();
});

test('no result: says so and suggests close names; nonsense gets the message alone', async ({ warm: atlas }) => {
  const page = atlas.page;
  await atlas.open();
  await atlas.mapIdle();
  await atlas.search('taiyaun');
  await expect(page.getByText('未找到与“taiyaun”相符的要素或地点')).toBeVisible();
  const suggestion = atlas.searchOption(SUGGESTIONS, /太原市/);
  await expect(suggestion).toBeVisible();
  await atlas.screenshot('search-no-result-suggestions');

  await atlas.search('太源市');
  await expect(page.getByText('未找到与“太源市”相符的要素或地点')).toBeVisible();
  await expect(atlas.searchResults().getByRole('group').first()).toHaveAccessibleName(SUGGESTIONS);
  await expect(atlas.searchResults().getByRole('option').first()).toHaveAccessibleName(/^太原市/);

  await atlas.search('xqzwvk');
  await expect(page.getByText('未找到与“xqzwvk”相符的要素或地点。也没有相近的名称')).toBeVisible();
  await expect(page.getByText('原文中也没有找到')).toBeVisible();
  await expect(atlas.searchResults().getByRole('option')).toHaveCount(0);
  await expect(atlas.searchBox()).toHaveAttribute('aria-expanded', 'false');
  await atlas.screenshot('search-nonsense');
  atlas.expectClean();
});

test('search loads after the first view, before it is used, reads only the shards a query needs, and times every keystroke', async ({ page }, info) => {
  // Notes when the map first draws the basemap and the plan features (the live map's first view).
  await page.addInitScript(() => performance.setResourceTimingBufferSize(1000));
  await page.addInitScript(recordFirstIdle);
  const atlas = new AtlasDriver(page);
  await atlas.open();
  await atlas.mapIdle();
  const searchLoads = () => page.evaluate(() => performance.getEntriesByType('resource')
    .filter((r) => /search-index\.json|\/search\/[\w-]+\.json|documents\/\d+_\w+\.json/.test(r.name))
    .map((r) => ({ file: new URL(r.name).pathname.split('/').slice(-2).join('/'), start: r.startTime })));
  // The index loads without the box being touched, so the first keystroke finds it in memory, but only once
  // the first view is drawn: it never competes with it. The plans' text is not read until a query needs it.
  await expect.poll(async () => (await searchLoads()).length, { timeout: 20_000 }).toBeGreaterThan(0);
  const loads = await searchLoads();
  expect(loads.map((l) => l.file)).toEqual(['data/search-index.json']);
  const firstView = await page.evaluate(() => window.__benchFirstIdle);
  expect(firstView).toBeDefined();
  for (const l of loads) expect(l.start, `${l.file} is fetched after the first view is drawn`).toBeGreaterThan(firstView!);
  // A query reads the index shard of its character and the chunks of the paragraphs it shows, nothing else.
  await atlas.search('汾');
  await expect(atlas.searchOption(TEXT, /汾/).first()).toBeVisible();
  const { text } = await (await page.request.get('data/search-index.json')).json() as SearchIndexFile;
  const read = (await searchLoads()).map((l) => l.file).filter((f) => f.startsWith('search/'));
  expect(read.filter((f) => f.startsWith('search/chars-'))).toEqual([`search/chars-${charShard('汾', text.shards)}.json`]);
  expect(read.filter((f) => f.startsWith('search/paragraphs-')).length).toBeGreaterThan(0);
  expect(read.filter((f) => f.startsWith('search/paragraphs-')).length).toBeLessThanOrEqual(5);

  await page.evaluate(() => performance.clearMeasures('atlas-search'));
  for (const q of ['taiyuan', '汾河谷地城镇带', 'Northern Shanxi Town Circle', '高质量发展', 'taiyaun']) {
    await atlas.search(q);
    await expect(atlas.searchBox()).toHaveValue(q);
  }
  const times = (await atlas.searchTimings()).sort((a, b) => a - b);
  const p95 = times[Math.floor(times.length * 0.95)];
  const line = `${info.project.name}: ${times.length} searches, median ${times[Math.floor(times.length / 2)].toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${times[times.length - 1].toFixed(2)} ms`;
  info.annotations.push({ type: 'search timing', description: line });
  console.log(line);
  // Every keystroke was measured; how fast is the benchmark's (searchP95Ms ≤ 16 ms), not a bound here.
  expect(times.length).toBeGreaterThan(40);
  atlas.expectClean();
});

test('in English, with the list open, the combobox pattern passes axe', async ({ warm: atlas }) => {
  const page = atlas.page;
  await atlas.open('#lang=en');
  await atlas.mapIdle();
  await atlas.search('taiyuan');
  await expect(atlas.searchOption(PLACES, /^Taiyuan 太原市/)).toBeVisible();
  await expect(atlas.searchResults().getByRole('group').nth(1)).toHaveAccessibleName(/^Features/);
  await expect(atlas.searchOption(TEXT, /太原/).first()).toContainText('Central Shanxi City Cluster Plan');
  await atlas.searchBox().press('ArrowDown');
  await atlas.screenshot('search-en-taiyuan');
  const { violations } = await new AxeBuilder({ page }).include('.search').analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  atlas.expectClean();
});
