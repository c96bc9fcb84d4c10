import { test, expect } from './warm-atlas';
import { AtlasDriver } from './atlas-driver';
import { literally, storyPassage, tablePlan, titlePattern } from './plan-picks';

test('a deep link opens the plan at the paragraph, with contents, search and a citation to copy', async ({ warm: atlas }) => {
  const page = atlas.page;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const { plan, paragraph, slogan, chapter } = await storyPassage(page.request);
  await atlas.open(`#doc=${plan.id}&p=${paragraph.id}`);
  const reader = page.getByRole('region', { name: titlePattern(plan) });
  const target = reader.locator(`[data-paragraph="${paragraph.id}"]`);
  await expect(target).toBeInViewport();
  await expect(target).toHaveClass(/active/);
  await atlas.screenshot('reader-deep-link');

  await reader.getByRole('button', { name: '复制引用' }).click();
  await reader.getByRole('button', { name: /^简式/ }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.startsWith(`《${plan.title.zh}》${chapter}`), copied).toBe(true);

  await reader.getByRole('searchbox').fill(slogan);
  await expect(reader.locator('mark.mark-match').first()).toBeVisible();
  await expect(reader.getByText(/\d+\/\d+ 处匹配/)).toBeVisible();

  await reader.getByRole('button', { name: '目录' }).click();
  await reader.getByRole('navigation').getByRole('button', { name: literally(chapter) }).first().click();
  await expect(page).toHaveURL(/p=p\d{4}/);

  await reader.getByRole('button', { name: /返回地图/ }).click();
  await expect(reader).toBeHidden();
  atlas.expectClean();
});

test('a link to a missing paragraph opens the start of the plan; a missing plan returns to the map', async ({ page }) => {
  const atlas = new AtlasDriver(page);
  const { plan, doc } = await storyPassage(page.request);
  await atlas.open(`#doc=${plan.id}&p=p${String(doc.paragraphs.length + 1).padStart(4, '0')}`); // past the last paragraph
  await expect(page.getByRole('status')).toContainText('找不到该段落');
  await expect(page.getByRole('region', { name: titlePattern(plan) })).toBeVisible();

  await page.goto('about:blank'); // a fresh load of the link, not a hash change in the open app
  await atlas.open('#doc=999_nothing');
  await expect(page.getByRole('status')).toContainText('找不到该文档');
  await expect(page.getByRole('region', { name: /《/ })).toBeHidden();
});

test('Escape in the reader’s search box leaves the box and keeps the query; a second Escape closes the reader', async ({ warm: atlas }) => {
  test.setTimeout(150_000);
  const page = atlas.page;
  const { plan, paragraph, frequent } = await storyPassage(page.request);
  await atlas.open(`#doc=${plan.id}&p=${paragraph.id}`);
  const reader = atlas.reader();
  await expect(reader.locator(`[data-paragraph="${paragraph.id}"]`)).toBeInViewport({ timeout: 60_000 });
  const box = reader.getByRole('searchbox');
  await box.fill(frequent);
  await box.press('Enter');
  await box.press('Enter');
  const count = reader.getByText(/\d+\/\d+ 处匹配/);
  await expect(count).toHaveText(/^2\//);
  const scrolled = () => reader.locator('.reader-text').evaluate((el) => el.scrollTop);
  const position = await scrolled();

  await box.press('Escape');
  await expect(reader).toBeVisible();
  await expect(box).not.toBeFocused();
  await expect(box).toHaveValue(frequent);
  await expect(count).toHaveText(/^2\//);
  expect(await scrolled()).toBe(position);
  await expect(page).toHaveURL(new RegExp(`doc=${plan.id}`));

  await page.keyboard.press('Escape');
  await expect(reader).toBeHidden();
});

test("a plan's indicator table reads as a table: caption, header cells, its rows, one damage note", { tag: '@phone' }, async ({ warm: atlas }, testInfo) => {
  test.slow(); // a long plan: thousands of paragraphs to render
  const page = atlas.page;
  const { plan: entry, doc } = await tablePlan(page.request);
  const plan = entry.id;
  const table = doc.tables![0]!;
  const row = table.rows.find((r) => r.kind === 'data')!;
  const name = row.cells.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  await atlas.open(`#doc=${plan}&p=${name.parts[0]!.paragraphId}`);
  const reader = page.getByRole('region', { name: titlePattern(entry) });
  const grid = reader.getByRole('table', { name: table.caption });
  await expect(grid).toBeVisible();
  await expect(grid.locator('tbody tr')).toHaveCount(table.rows.length);
  expect(await grid.getByRole('columnheader').allTextContents()).toEqual(expect.arrayContaining([...table.columns, ...table.columnGroups.map((g) => g.cell)].map((c) => c.text)));
  // A category stands once beside all its rows (rowspan), as in the printed table.
  expect(await grid.locator('tbody td[rowspan]').count()).toBeGreaterThan(0);
  const rowHeader = grid.getByRole('rowheader', { name: name.text, exact: true });
  await expect(rowHeader).toBeInViewport();
  await expect(grid.locator('tr.active')).toContainText(name.text);
  // Damage is told once per table, with what was repaired, not once per line.
  await expect(reader.locator('.flag', { hasText: /table$/ })).toHaveCount(0);
  await expect(reader.locator('figure.reader-table .flag')).toHaveCount(doc.tables!.length);
  if (testInfo.project.name === 'phone') {
    // The table scrolls sideways inside the reader; the page itself does not.
    const scroll = grid.locator('xpath=ancestor::div[@role="region"][1]');
    expect(await scroll.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    // The reader's head leaves the text most of the screen: at most 130 px (it took 184).
    const head = (await reader.locator('.reader-head').boundingBox())!;
    expect(head.height).toBeLessThanOrEqual(130);
    await expect(reader.getByRole('button', { name: /返回地图|Back to map/ })).toBeInViewport();
  }
  await atlas.screenshot(`reader-table-${testInfo.project.name}`);
  atlas.expectClean();
});
