import { test, expect } from './warm-atlas';
import { AtlasDriver } from './atlas-driver';
import { loadRegistry } from '../../scripts/plans/load-registry';
import { planSummaries } from '../../src/lib/plans/plan-summary';

/** The registered plans as the timeline lists them: by period, then registry order. */
const timelinePlans = planSummaries(loadRegistry()).sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1] || a.order - b.order);

const phone = (page: import('@playwright/test').Page) => (page.viewportSize()?.width ?? 1000) < 720;

test('related features: the frame link switches its layer on and lists its parts; a part selects it', async ({ warm: atlas }) => {
  const page = atlas.page;
  await atlas.open('#f=fenhe-valley-town-belt');
  await atlas.mapIdle();
  const panel = atlas.panel();
  await expect(panel.getByRole('heading', { level: 2, name: '汾河谷地城镇带' })).toBeVisible();
  await expect(page).not.toHaveURL(/[#&]l=/);

  const frameLink = panel.getByRole('button', { name: /^一核四带多组团/ });
  await expect(frameLink).toHaveAttribute('aria-expanded', 'false');
  await frameLink.click();
  await expect(frameLink).toHaveAttribute('aria-expanded', 'true');
  await expect(page).toHaveURL(/l=[^&]*frame-one-core-four-belts-many-clusters/);
  const parts = panel.getByRole('definition').getByRole('button');
  expect(await parts.count()).toBe(10); // 1 核 + 4 带 + 5 组团
  await expect(panel.getByRole('button', { name: '汾河谷地城镇带' })).toBeDisabled(); // itself, marked current
  await atlas.mapIdle();
  // The frame's other parts are now drawn too.
  const drawn = await atlas.renderedPlanIds();
  expect(drawn).toContain('fenhe-valley-town-belt');
  expect(drawn.length).toBeGreaterThan(3);
  if (phone(page)) await atlas.sheetHandle().click(); // full height, to see the parts
  await atlas.screenshot('related-frame-parts');

  // A part is a button that selects it, and focus lands on its name.
  const core = panel.getByRole('definition').getByRole('button').first();
  const coreName = (await core.textContent())!.trim();
  await core.click();
  const heading = panel.getByRole('heading', { level: 2, name: coreName });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(page).toHaveURL(/#f=/);
  atlas.expectClean();
});

test('related features: other features cited in the same passage, in English', async ({ warm: atlas }) => {
  const panel = atlas.panel();
  await atlas.open('#f=jinbei-town-circle&lang=en');
  await expect(panel.getByRole('heading', { level: 2, name: 'Northern Shanxi Town Circle' })).toBeVisible();
  const samePassage = panel.getByRole('heading', { name: 'Cited in the same passage' });
  await expect(samePassage).toBeVisible();
  const sibling = panel.locator('.related > .related-list button').first();
  const siblingName = (await sibling.textContent())!.trim();
  await sibling.click();
  await expect(panel.getByRole('heading', { level: 2, name: siblingName })).toBeVisible();
  await atlas.mapIdle(); // with reduced motion, the fit to the new feature is a jump
  await atlas.screenshot('related-en');
  atlas.expectClean();
});

test('phone: the bottom sheet goes peek → half → full by drag and tap, and half leaves most of the map', { tag: '@phone' }, async ({ page }) => {
  test.skip(!phone(page), 'the bottom sheet is the phone layout');
  const atlas = new AtlasDriver(page);
  await atlas.open('#f=jinbei-town-circle');
  await atlas.mapIdle();
  const handle = atlas.sheetHandle();
  const heading = atlas.panel().getByRole('heading', { level: 2, name: '晋北城镇圈' });

  // Half: the quote is readable and more than half of the map stays visible.
  await atlas.expectSheet('half');
  await expect(handle).toHaveAttribute('aria-expanded', 'false');
  await expect.poll(() => atlas.visibleMapShare()).toBeGreaterThanOrEqual(0.5); // the sheet may still be sliding
  const handleBox = (await handle.boundingBox())!;
  expect(handleBox.height).toBeGreaterThanOrEqual(44);
  expect(handleBox.width).toBeGreaterThanOrEqual(44);
  // The fit to the feature kept it above the sheet.
  const box = await atlas.featureScreenBox('jinbei-town-circle');
  const sheetTop = (await atlas.sheet().boundingBox())!.y - (await page.getByTestId('map').boundingBox())!.y;
  expect(box.bottom).toBeLessThanOrEqual(sheetTop + 2);
  expect(box.top).toBeGreaterThanOrEqual(0);
  await atlas.screenshot('sheet-half');

  // Tap: full, covering the map.
  await handle.tap();
  await atlas.expectSheet('full');
  await expect(handle).toHaveAttribute('aria-expanded', 'true');
  await expect.poll(() => atlas.visibleMapShare()).toBeLessThan(0.02); // the sheet may still be sliding
  await atlas.screenshot('sheet-full');

  // Drag down most of the way: peek, the title only.
  await atlas.dragSheet(600);
  await atlas.expectSheet('peek');
  const sheetBox = (await atlas.sheet().boundingBox())!;
  expect(sheetBox.height).toBeGreaterThanOrEqual(90);
  expect(sheetBox.height).toBeLessThanOrEqual(100);
  await expect(heading).toBeInViewport();
  await expect.poll(() => atlas.visibleMapShare()).toBeGreaterThan(0.85); // the sheet may still be sliding
  await atlas.screenshot('sheet-peek');

  // Drag up a little: back to half. Tap twice: full, then half.
  await atlas.dragSheet(-260);
  await atlas.expectSheet('half');
  await handle.tap();
  await atlas.expectSheet('full');
  await handle.tap();
  await atlas.expectSheet('half');

  // A new selection opens at half.
  await atlas.dragSheet(600);
  await atlas.expectSheet('peek');
  await atlas.open('#f=fenhe-valley-town-belt');
  await atlas.expectSheet('half');
  atlas.expectClean();
});

test('the feature list reaches every feature on the map without the map', { tag: '@phone' }, async ({ page }) => {
  const atlas = new AtlasDriver(page);
  await atlas.open();
  await atlas.mapIdle();
  await atlas.openFeatureList();
  const list = page.getByRole('complementary', { name: '地图要素列表' });
  const group = list.getByRole('region', { name: /一群两区三圈/ });
  await expect(group).toBeVisible();
  // Every feature the map draws is in the list.
  const drawn = await atlas.renderedPlanIds();
  const listed = await group.getByRole('button').count();
  expect(listed).toBeGreaterThanOrEqual(drawn.length);
  await atlas.screenshot('feature-list');

  await group.getByRole('button', { name: /晋北城镇圈/ }).click();
  const heading = atlas.panel().getByRole('heading', { level: 2, name: '晋北城镇圈' });
  await expect(heading).toBeFocused();
  await expect(page).toHaveURL(/#f=jinbei-town-circle/);

  // Escape closes the panel; focus returns to the list's button in the top bar.
  await page.keyboard.press('Escape');
  await expect(heading).toBeHidden();
  await expect(atlas.listOpener()).toBeFocused();

  // In English, by keyboard: Enter on the List button opens it, Enter on a feature selects it.
  await atlas.open('#lang=en');
  if (phone(page)) await atlas.openFeatureList('en');
  else {
    await atlas.listOpener('en').focus();
    await page.keyboard.press('Enter');
  }
  const listEn = page.getByRole('complementary', { name: 'Features on the map' });
  await expect(listEn.getByRole('region', { name: /One Cluster, Two Zones, Three Circles/ })).toBeVisible();
  await listEn.getByRole('button', { name: /Northern Shanxi Town Circle/ }).focus();
  await page.keyboard.press('Enter');
  await expect(atlas.panel().getByRole('heading', { level: 2, name: 'Northern Shanxi Town Circle' })).toBeFocused();
  await atlas.screenshot('feature-list-en-selected');
  atlas.expectClean();
});

test('Escape closes the reader, then sheets and panels, and focus returns to what opened them', async ({ warm: atlas }) => {
  const page = atlas.page;
  await atlas.open();
  await atlas.mapIdle();

  const layersButton = page.getByRole('button', { name: '图层', exact: true });
  await layersButton.click();
  await expect(page.getByRole('complementary', { name: '图层' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary', { name: '图层' })).toBeHidden();
  await expect(layersButton).toBeFocused();

  await atlas.open('#f=jinbei-town-circle');
  const heading = atlas.panel().getByRole('heading', { level: 2, name: '晋北城镇圈' });
  await expect(heading).toBeVisible();
  await atlas.panel().getByRole('button', { name: /在原文中查看/ }).first().click();
  const reader = page.getByRole('region', { name: /《/ });
  await expect(reader).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(reader).toBeHidden();
  await expect(heading).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(heading).toBeHidden();
  await expect(page).not.toHaveURL(/f=/);
  atlas.expectClean();
});

test('the timeline of the registered plans filters the layers to one plan', async ({ warm: atlas }) => {
  const page = atlas.page;
  await atlas.open();
  await atlas.mapIdle();
  await atlas.openSheetFromTopBar('图层');
  const timeline = page.getByRole('region', { name: '规划时间轴' });
  const rows = timeline.locator('button[data-plan]'); // each row; beside it, a button that opens the plan's panel
  await expect(rows).toHaveCount(timelinePlans.length);
  // Oldest first, each with its period or year.
  const [oldest, newest] = [timelinePlans[0]!, timelinePlans.at(-1)!];
  await expect(rows.first()).toContainText(oldest.year);
  await expect(rows.last()).toContainText(newest.year);
  await atlas.screenshot('timeline');

  const reform = rows.first();
  await reform.click();
  await expect(reform).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(new RegExp(`l=[^&]*${oldest.story![0]}`));
  if (phone(page)) await atlas.openSheetFromTopBar('图层'); // close the sheet to see the map
  await atlas.mapIdle();
  const members = new Set(await atlas.frameMembersOfPlan(oldest.id));
  const drawn = await atlas.renderedPlanIds();
  expect(drawn.length).toBeGreaterThan(2);
  for (const id of drawn) expect(members.has(id), `${id} belongs to a frame of ${oldest.id}`).toBe(true);
  await atlas.screenshot('timeline-oldest');

  // Choosing it again returns to the default layers.
  if (phone(page)) await atlas.openSheetFromTopBar('图层');
  await reform.click();
  await expect(reform).toHaveAttribute('aria-pressed', 'false');
  await expect(page).not.toHaveURL(/[#&]l=/);

  // English labels.
  await page.getByRole('button', { name: 'EN (English)' }).click();
  await expect(page.getByRole('region', { name: 'Plan timeline' }).locator('button[data-plan]').last()).toContainText(newest.shortTitle.en);
  await atlas.screenshot('timeline-en');
  atlas.expectClean();
});

test('the locator inset draws China with Shanxi in a map corner', async ({ warm: atlas }) => {
  const page = atlas.page;
  await atlas.open();
  await atlas.mapIdle();
  const inset = page.getByRole('img', { name: /山西在中国的位置/ });
  await expect(inset).toBeVisible();
  const china = inset.locator('.locator-china');
  const shanxi = inset.locator('.locator-shanxi');
  expect((await china.getAttribute('d'))!.length).toBeGreaterThan(200);
  const c = (await china.boundingBox())!;
  const s = (await shanxi.boundingBox())!;
  // Shanxi sits inside China, north-east of its centre, and is a small part of it.
  expect(s.x).toBeGreaterThan(c.x + c.width / 2);
  expect(s.y + s.height / 2).toBeLessThan(c.y + c.height * 0.6);
  expect(s.width * s.height).toBeLessThan((c.width * c.height) / 30);
  // In a corner of the map, not over the middle of Shanxi.
  const map = (await page.getByTestId('map').boundingBox())!;
  const box = (await inset.boundingBox())!;
  if (phone(page)) {
    expect(map.x + map.width - (box.x + box.width)).toBeLessThan(20); // top right: the sheet owns the bottom
    expect(box.y - map.y).toBeLessThan(20);
  } else {
    expect(box.x - map.x).toBeLessThan(20);
    expect(map.y + map.height - (box.y + box.height)).toBeLessThan(60);
  }
  await page.getByRole('button', { name: 'EN (English)' }).click();
  await expect(page.getByRole('img', { name: /where Shanxi lies in China/ })).toBeVisible();
  await atlas.screenshot('locator-inset-en');
  atlas.expectClean();
});
