// Authoring mode, end to end, on the author server (`npm run author`: the vite dev server with ATLAS_AUTHOR=1)
// pointed at a temporary copy of the project's data: a passage selected in the reader, cited as a new feature,
// shaped as the union of two counties picked on the map, saved; after a reload the feature is on the map with its
// verbatim quote, and the catalogue file's diff is that record alone. Runs in the `author` project only.
import { test, expect, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AtlasDriver } from './atlas-driver';
import { loadRegistry } from '../../scripts/plans/load-registry';
import { countOccurrences, normalizeQuote } from '../../src/lib/citations/normalize-quote';

const PORT = Number(process.env.ATLAS_AUTHOR_PORT ?? (Number(process.env.ATLAS_PORT ?? 4317) + 2));
const BASE = `http://127.0.0.1:${PORT}/`;
// Made in beforeAll: Playwright also loads this file in its main process, to list the tests.
let copy = '';
let server: ChildProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  copy = mkdtempSync(join(tmpdir(), 'atlas-author-'));
  for (const dir of ['data', 'seeds', 'public']) cpSync(dir, join(copy, dir), { recursive: true });
  // --mode e2e: the test hooks (window.__atlasMap) the driver reads the map through.
  server = spawn('npx', ['vite', '--mode', 'e2e', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
    env: { ...process.env, ATLAS_AUTHOR: '1', ATLAS_DATA_DIR: copy }, stdio: 'ignore', detached: true,
  });
  await expect.poll(async () => (await fetch(BASE).catch(() => null))?.ok ?? false, { timeout: 60_000 }).toBe(true);
  // The server parses the plans once, at its first check: done here, before the test's clock starts.
  await fetch(`${BASE}__author/check`, { method: 'POST', body: JSON.stringify({ seed, record: { id: 'warm-up', citations: [] } }) });
});

// A save runs the whole catalogue build (≈ 15 s on a busy 2-core machine) before it writes.
test.describe.configure({ timeout: 120_000 });

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid);
  if (copy) rmSync(copy, { recursive: true, force: true });
});

const seed = loadRegistry('.')[0].id;
const seedText = normalizeQuote(readFileSync(`seeds/${seed}.txt`, 'utf8'));
const counties = (JSON.parse(readFileSync('data/basemap/shanxi.topo.json', 'utf8')).objects.counties.geometries as { properties: { name: string; prefecture?: string; seat: [number, number] } }[])
  .map((g) => g.properties);
// Two counties of one prefecture, with names no other county has (the recipe writes them bare).
const [a, b] = counties.filter((c) => c.name.endsWith('县') && counties.filter((o) => o.name === c.name).length === 1 && c.prefecture === counties[counties.length - 1].prefecture);

/** Selects a passage of the reader's text, inside one text node, found exactly once in the plan (the one quote
 *  rule); `nth` picks another passage for another test. */
async function selectPassage(page: Page, nth: number): Promise<string> {
  const reader = page.locator('.reader-text');
  // A passage inside one text node of a paragraph, found exactly once in the plan (the one quote rule).
  const texts = await reader.locator('[data-paragraph]').evaluateAll((ps) => ps.slice(0, 80).flatMap((p) => {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const out: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n.textContent ?? '').length > 30) out.push(n.textContent!);
    return out;
  }));
  const quote = texts.flatMap((t) => [t.slice(4, 20), t.slice(10, 26)]).filter((q) => !/\s/.test(q) && countOccurrences(seedText, normalizeQuote(q)) === 1)[nth];
  expect(quote).toBeTruthy();
  await reader.evaluate((article, q) => {
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n.textContent ?? '').indexOf(q);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + q.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
  }, quote);
  return quote;
}

/** Opens the plan in the reader, selects passage `nth` and cites it: the draft opens with that quote. */
async function citeFromReader(page: Page, nth: number) {
  await page.goto(`${BASE}#doc=${seed}`);
  await expect(page.locator('.reader-text [data-paragraph]').first()).toBeVisible();
  const quote = await selectPassage(page, nth);
  await page.getByRole('button', { name: '引用为新要素' }).click();
  const panel = page.getByRole('region', { name: '编辑模式' });
  await expect(panel.locator('.author-quote')).toHaveText(quote);
  return { quote, panel };
}

test('select a passage, cite it, compose a two-county union, save: the feature is on the map and the diff is the record', async ({ page }) => {
  const atlas = new AtlasDriver(page);
  const { quote, panel } = await citeFromReader(page, 0);
  await panel.getByLabel('中文名称（必填）').fill(quote.slice(0, 6));
  await panel.getByLabel('英文名称').fill('Authoring test zone');
  await panel.getByLabel('英文译文').fill('A passage cited by the authoring test');
  await panel.getByLabel('依据').selectOption('derived');
  const id = await panel.getByLabel('标识').inputValue();
  expect(id).toMatch(/^authoring-test-zone(-\d+)?$/);

  // The draft survives a reload.
  await page.reload();
  await expect(panel.locator('.author-quote')).toHaveText(quote);
  await expect(panel.getByLabel('依据')).toHaveValue('derived');
  await expect(panel.getByLabel('标识')).toHaveValue(id);

  await panel.getByRole('button', { name: '在地图上点选县' }).click();
  await atlas.mapIdle();
  await atlas.clickMapAt(a.seat);
  await atlas.clickMapAt(b.seat);
  await expect(panel.locator('.author-units')).toHaveText(`${a.name}、${b.name}`);
  // The picked counties are drawn on the map as they are picked.
  await atlas.mapIdle();
  expect((await atlas.renderedAt(a.seat, ['focus-picked'])).length).toBeGreaterThan(0);
  await atlas.screenshot('authoring-compose');

  let loads = 0;
  page.on('load', () => loads++);
  await panel.getByRole('button', { name: '保存' }).click();
  await expect(panel.getByRole('status')).toContainText('已保存到', { timeout: 90_000 });
  // The app reloads its data in place: the new feature reaches the map without a page load.
  await expect.poll(() => page.evaluate((fid) => window.__atlasMap!.querySourceFeatures('plan').some((f) => f.properties.id === fid), id)).toBe(true);
  expect(loads).toBe(0);
  // Search finds it too, without a reload (by its English name: its Chinese one is also plan text).
  await page.getByRole('combobox', { name: /搜索要素/ }).fill('Authoring test zone');
  await expect(page.getByRole('listbox', { name: /搜索要素/ }).getByRole('option', { name: new RegExp(quote.slice(0, 6)) }).first()).toBeVisible();
  expect(loads).toBe(0);

  // Reloaded: the feature is on the map and its panel shows the verbatim quote.
  await page.goto(`${BASE}#f=${id}`);
  await page.reload();
  await atlas.reachForMap();
  await atlas.mapIdle();
  expect(await page.evaluate((fid) => window.__atlasMap!.querySourceFeatures('plan').some((f) => f.properties.id === fid), id)).toBe(true);
  await expect(atlas.panel()).toContainText(quote);

  // The catalogue file's diff (git's own) is the record alone: the file is the old one with the record appended,
  // and git counts no more changed lines than the record's own and the comma after the record before it.
  const file = readdirSync(join(copy, 'data/catalogue')).find((f) => readFileSync(join(copy, 'data/catalogue', f), 'utf8') !== readFileSync(join('data/catalogue', f), 'utf8'))!;
  const [before, after] = [join('data/catalogue', file), join(copy, 'data/catalogue', file)].map((f) => JSON.parse(readFileSync(f, 'utf8')));
  expect(after).toEqual({ ...before, features: [...before.features, expect.objectContaining({ id, citations: [expect.objectContaining({ seed, quote })], geometry: { type: 'counties', names: [a.name, b.name] } })] });
  const [added, removed] = spawnSync('git', ['diff', '--no-index', '--numstat', join('data/catalogue', file), join(copy, 'data/catalogue', file)], { encoding: 'utf8' }).stdout.split('\t').map(Number);
  const recordLines = JSON.stringify(after.features.at(-1), null, 1).split('\n').length;
  expect(added + removed).toBeLessThanOrEqual(recordLines + 2);
  expect(added).toBeGreaterThanOrEqual(recordLines);
});

test('a line through seats picked on the map, then a river: the build checks each and the map previews its shape', async ({ page }) => {
  const atlas = new AtlasDriver(page);
  const { quote, panel } = await citeFromReader(page, 1);
  await panel.getByLabel('中文名称（必填）').fill(quote.slice(0, 5));
  await panel.getByLabel('英文名称').fill('Authoring test line');

  // A union of prefectures: a click anywhere in one picks all of it.
  await panel.getByLabel('几何做法', { exact: true }).selectOption('prefectures');
  await panel.getByRole('button', { name: '在地图上点选地级市' }).click();
  await atlas.mapIdle();
  await atlas.clickMapAt(a.seat);
  await expect(panel.locator('.author-units')).toHaveText(a.prefecture!);
  await atlas.mapIdle();
  await expect.poll(async () => (await atlas.renderedAt(b.seat, ['focus-picked'])).length).toBeGreaterThan(0);
  await panel.getByRole('button', { name: '完成点选' }).click();

  await panel.getByLabel('几何做法', { exact: true }).selectOption('line');
  await panel.getByRole('button', { name: '在地图上依次点选县城' }).click();
  await atlas.mapIdle();
  await atlas.clickMapAt(a.seat);
  await atlas.clickMapAt(b.seat);
  await expect(panel.locator('.author-places li')).toHaveText([`${a.name} ×`, `${b.name} ×`]);
  await panel.getByRole('button', { name: '检查' }).click();
  await expect(panel.getByRole('status')).toContainText('构建检查通过', { timeout: 60_000 });
  // The build's line runs from one seat to the other: drawn at both.
  await atlas.mapIdle();
  for (const seat of [a.seat, b.seat]) {
    await expect.poll(async () => (await atlas.renderedAt(seat, ['author-preview-line'], 8)).length).toBeGreaterThan(0);
  }
  // A place the gazetteer does not know: the build's own message.
  await panel.getByLabel('添加地点（地名）').fill('无此地');
  await panel.getByRole('button', { name: '添加', exact: true }).click();
  await panel.getByRole('button', { name: '检查' }).click();
  await expect(panel.getByRole('alert')).toContainText('unknown place «无此地»', { timeout: 60_000 });
  await panel.getByRole('button', { name: '移除 无此地' }).click();

  // A river of the basemap: the preview follows its course.
  await panel.getByLabel('几何做法', { exact: true }).selectOption('river');
  await panel.getByLabel('河流', { exact: true }).selectOption('汾河');
  await panel.getByRole('button', { name: '检查' }).click();
  await expect(panel.getByRole('status')).toContainText('构建检查通过', { timeout: 60_000 });
  // (querySourceFeatures gives a line once per tile it crosses.)
  await expect.poll(() => page.evaluate(() => [...new Set(window.__atlasMap!.querySourceFeatures('author-preview').map((f) => f.geometry.type.replace('Multi', '')))])).toEqual(['LineString']);
  await atlas.screenshot('authoring-river-preview');

  // Discarded: the preview goes with the draft.
  await panel.getByRole('button', { name: '放弃草稿' }).click();
  await expect.poll(() => page.evaluate(() => window.__atlasMap!.querySourceFeatures('author-preview').length)).toBe(0);
});

test('a passage cited into an existing feature: saved as one more citation of its record, shown in its panel', async ({ page }) => {
  const file = readdirSync('data/catalogue').filter((f) => f.startsWith(seed)).sort().at(-1)!;
  const existing = (JSON.parse(readFileSync(join(copy, 'data/catalogue', file), 'utf8')).features as { id: string; citations: unknown[] }[]).at(-1)!;
  const { quote, panel } = await citeFromReader(page, 2);
  await panel.getByLabel('已有要素的又一处引文').check();
  await panel.getByLabel('已有要素（标识）').fill(existing.id);
  await expect(panel.getByLabel('中文名称（必填）')).toHaveCount(0);
  await panel.getByRole('button', { name: '保存' }).click();
  await expect(panel.getByRole('status')).toContainText('已保存到', { timeout: 90_000 });

  const after = (JSON.parse(readFileSync(join(copy, 'data/catalogue', file), 'utf8')).features as typeof existing[]).filter((r) => r.id === existing.id).at(-1)!;
  expect(after.citations).toEqual([...existing.citations, { seed, quote }]);
  await page.goto(`${BASE}#f=${existing.id}`);
  await page.reload();
  await expect(new AtlasDriver(page).panel()).toContainText(quote);
});

test('the plan’s candidates are reviewed one by one: a rejected one is not offered again, an accepted one starts its draft', async ({ page }) => {
  await page.goto(`${BASE}#doc=${seed}`);
  await expect(page.locator('.reader-text [data-paragraph]').first()).toBeVisible();
  await page.getByRole('button', { name: '✎ 编辑模式' }).click();
  const panel = page.getByRole('region', { name: '编辑模式' });
  const list = panel.locator('.author-candidates');
  await list.locator('summary').click({ timeout: 60_000 });
  const items = list.locator('li');
  await expect(items.first()).toBeVisible();
  const [rejected, accepted] = [await items.nth(0).getAttribute('data-candidate'), await items.nth(1).getAttribute('data-candidate')];
  const text = (await items.nth(1).locator('strong').textContent())!;
  const quote = (await items.nth(1).locator('q').textContent())!;
  // Every quote offered is verbatim and found once in the plan (the one quote rule).
  for (const q of await items.locator('q').allTextContents()) expect(countOccurrences(seedText, normalizeQuote(q))).toBe(1);

  await items.nth(0).getByRole('button', { name: '不采纳' }).click();
  await expect(list.locator(`[data-candidate="${rejected}"]`)).toHaveCount(0);
  await list.locator(`[data-candidate="${accepted}"]`).getByRole('button', { name: '采纳为草稿' }).click();
  await expect(panel.locator('.author-quote')).toHaveText(quote);
  await expect(panel.getByLabel('中文名称（必填）')).toHaveValue(text);

  // Kept by the authoring server: after a reload neither is offered again, and the draft is still there.
  await page.reload();
  await panel.locator('.author-candidates summary').click({ timeout: 60_000 });
  await expect(panel.locator('.author-candidates li').first()).toBeVisible();
  await expect(panel.locator(`[data-candidate="${rejected}"], [data-candidate="${accepted}"]`)).toHaveCount(0);
  await expect(panel.locator('.author-quote')).toHaveText(quote);
  await atlas(page).screenshot('authoring-candidates');
});

test('a frame: its groups follow the slogan as it is typed, the build checks the counts, and Save writes it', async ({ page }) => {
  const file = readdirSync('data/catalogue').filter((f) => f.startsWith(seed)).sort().at(-1)!;
  const members = (JSON.parse(readFileSync(join(copy, 'data/catalogue', file), 'utf8')).features as { id: string; name?: unknown }[]).filter((r) => r.name).slice(0, 3).map((r) => r.id);
  const { quote, panel } = await citeFromReader(page, 3);
  await panel.getByLabel('框架（由要素组成的格局，如“一核两翼”）').check();
  await panel.getByLabel('中文名称（必填）').fill('一核两翼');
  await panel.getByLabel('英文名称').fill('Authoring test frame');
  const groups = panel.locator('.author-group');
  await expect(groups.locator('legend')).toHaveText(['1 × 核', '2 × 翼']);
  const add = async (group: number, id: string) => {
    await groups.nth(group).getByLabel('加入要素（标识）').fill(id);
    await groups.nth(group).getByRole('button', { name: '添加', exact: true }).click();
  };
  await add(0, members[0]);
  await add(1, members[1]);
  await panel.getByRole('button', { name: '检查' }).click();
  await expect(panel.getByRole('alert')).toContainText('the slogan says 2', { timeout: 60_000 });
  await add(1, members[2]);
  await panel.getByRole('button', { name: '保存' }).click();
  await expect(panel.getByRole('status')).toContainText('已保存到', { timeout: 90_000 });
  const frames = JSON.parse(readFileSync(join(copy, 'data/catalogue', file), 'utf8')).frames as { id: string }[];
  expect(frames.at(-1)).toEqual({
    id: 'frame-authoring-test-frame', name: { zh: '一核两翼', en: 'Authoring test frame' }, seed, citations: [{ seed, quote }],
    groups: [{ label: '核', count: 1, members: [members[0]] }, { label: '翼', count: 2, members: [members[1], members[2]] }], provenance: [{ basis: 'quoted' }],
  });
});

const atlas = (page: Page) => new AtlasDriver(page);
