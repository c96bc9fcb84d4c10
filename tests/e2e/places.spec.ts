// Asking the atlas about a place, a frame or a spot on the map: place dossiers (from search, a map click
// and a link), frame panels (from a slogan and the layer panel), "what's here", Back/Forward.
// The features asserted by name were checked by hand against data/catalogue (their quotes name 阳泉 or
// their geometry is 阳泉's: 阳泉国际陆港 in the resource-region plan, 太原、晋中、阳泉产业核心 in the 2019
// guidance, the 阳泉 prefectural centre in the 14th five-year outline, 山西中部城市群 in the cluster plan).
import { test, expect } from './warm-atlas';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { AtlasDriver } from './atlas-driver';

const dossier = (page: Page, name: string) => page.getByRole('complementary', { name });

async function expectNoSeriousViolations(page: Page, view: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`), view).toEqual([]);
}

test('阳泉市 from search: its dossier lists structures from several plans; Back and Forward', async ({ page }) => {
  const atlas = new AtlasDriver(page);
  await atlas.open();
  await atlas.mapIdle();
  await atlas.search('阳泉市');
  await atlas.chooseOption(atlas.searchOption(/地点/, /阳泉市/).first());
  const panel = dossier(page, '阳泉市');
  await expect(panel.getByRole('heading', { level: 2, name: '阳泉市' })).toBeVisible();
  await expect(page).toHaveURL(/place=140300/);
  const plans = panel.getByRole('region', { name: /（\d{4}/ });
  await expect(plans.first()).toBeVisible();
  // "In the plans" and "Named in the text" each have one section per plan.
  expect(await panel.locator('.dossier-plan').count()).toBeGreaterThanOrEqual(6);
  for (const name of ['阳泉国际陆港', '太原、晋中、阳泉产业核心', '山西中部城市群']) await expect(panel.getByRole('button', { name, exact: true }).first()).toBeVisible();
  await expect(panel.getByRole('button', { name: '阳泉', exact: true })).toBeVisible();
  // A row opens its feature; a derived relation says so.
  await expect(panel.locator('.dossier-relation.derived').first()).toContainText('推导');
  await expect(panel.getByRole('heading', { name: '原文提及' })).toBeVisible();
  // A plan naming the place in many paragraphs shows the first few; "show all" shows every one.
  const showAll = page.getByRole('button', { name: /^显示全部 \d+ 段$/ });
  const more = panel.locator('section.dossier-plan').filter({ has: showAll }).first();
  const all = Number((await more.getByRole('button', { name: /^显示全部/ }).innerText()).match(/\d+/)![0]);
  const label = (await more.getAttribute('aria-label'))!;
  const section = panel.getByRole('region', { name: label, exact: true });
  await expect(section.locator('.dossier-snippets li')).toHaveCount(3);
  await section.getByRole('button', { name: /^显示全部/ }).click();
  await expect(section.locator('.dossier-snippets li')).toHaveCount(all);
  await atlas.mapIdle();
  // The map draws the place's own structures only, and outlines it.
  const drawn = await atlas.renderedPlanIds();
  expect(drawn).toContain('yangquan-international-dry-port');
  expect(drawn).not.toContain('jinnan-town-circle');
  await atlas.screenshot('place-dossier-zh');

  await panel.getByRole('button', { name: '阳泉国际陆港', exact: true }).first().click();
  await expect(page.getByRole('complementary', { name: '阳泉国际陆港' })).toBeVisible();
  await expect(page).toHaveURL(/f=yangquan-international-dry-port/);
  await page.goBack();
  await expect(dossier(page, '阳泉市')).toBeVisible();
  await expect(page).toHaveURL(/place=140300/);
  await page.goForward();
  await expect(page.getByRole('complementary', { name: '阳泉国际陆港' })).toBeVisible();
  atlas.expectClean();
});

test('a county from a map click, and from a link (current and former codes); a bad code gives a notice', async ({ warm: atlas }) => {
  const page = atlas.page;
  // No plan layer on: the click hits no feature, so the county under it opens.
  await atlas.open('#l=');
  await atlas.mapIdle();
  await atlas.clickMapAt([113.62372, 37.80447]); // 平定县's seat
  const panel = dossier(page, '平定县');
  await expect(panel).toBeVisible();
  await expect(panel.locator('.dossier-where').getByRole('button', { name: '阳泉市' })).toBeVisible(); // its prefecture
  await expect(panel.getByRole('button', { name: '国家级新材料基地（平定县）' }).first()).toBeVisible();
  await expect(page).toHaveURL(/place=140321/);

  await atlas.open('#place=140321&lang=en');
  await expect(dossier(page, 'Pingding')).toBeVisible();
  await expect(dossier(page, 'Pingding').getByRole('heading', { name: 'In the plans' })).toBeVisible();
  await atlas.mapIdle();
  await atlas.screenshot('place-dossier-en');

  // A code from before a merge leads to the county that replaced it.
  await atlas.open('#place=140227');
  await expect(page).toHaveURL(/place=140215/);
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();

  for (const hash of ['#place=999999', '#place=<script>', '#fr=no-such-frame', '#plan=__proto__']) {
    await atlas.open(hash);
    await expect(page.getByRole('status')).toContainText('未找到');
    await expect(page.locator('aside.side-panel')).toHaveCount(0);
  }
  atlas.expectClean();
});

test('a frame from its slogan in search and from the layer panel', async ({ warm: atlas }) => {
  const page = atlas.page;
  await atlas.open();
  await atlas.mapIdle();
  await atlas.search('一群两区三圈');
  // The frame ranks first.
  await expect(atlas.searchResults().getByRole('option').first()).toContainText('一群两区三圈');
  await atlas.chooseOption(atlas.searchOption(/空间格局/, /一群两区三圈/));
  const panel = dossier(page, '一群两区三圈');
  await expect(panel).toBeVisible();
  await expect(page).toHaveURL(/fr=frame-one-cluster-two-zones-three-circles/);
  for (const name of ['山西中部城市群', '晋北城镇圈', '晋南城镇圈', '晋东南城镇圈']) await expect(panel.locator('.frame-groups').getByRole('button', { name, exact: true })).toBeVisible();
  await expect(panel.locator('blockquote').first()).toContainText('一群两区三圈');
  await atlas.mapIdle();
  await atlas.screenshot('frame-panel');
  await panel.locator('.frame-groups').getByRole('button', { name: '晋北城镇圈', exact: true }).click();
  await expect(dossier(page, '晋北城镇圈')).toBeVisible();
  await page.goBack();
  await expect(dossier(page, '一群两区三圈')).toBeVisible();

  await atlas.open('#l=');
  await page.getByRole('banner').getByRole('button', { name: '图层' }).click();
  await page.getByRole('button', { name: '查看格局：一群两区三圈' }).click();
  await expect(dossier(page, '一群两区三圈')).toBeVisible();
  await atlas.mapIdle();
  expect(await atlas.renderedPlanIds()).toContain('jinbei-town-circle'); // its layer went on
  atlas.expectClean();
});

test("what's here at 太原 lists every structure the map draws there, smallest first; choosing one opens it", async ({ warm: atlas }) => {
  const page = atlas.page;
  // The default layers (the current layout), zoomed in on 太原's 尖草坪区.
  await atlas.open('#v=9/37.94/112.48');
  await atlas.mapIdle();
  const taiyuan: [number, number] = [112.48015, 37.93969]; // 尖草坪区's seat
  const under = [...new Set((await atlas.renderedAt(taiyuan, ['plan-fill', 'plan-line', 'plan-line-hit', 'plan-point'], 6)).map((f) => f.id!))];
  expect(under.length).toBeGreaterThanOrEqual(2);
  await atlas.clickMapAt(taiyuan);
  const { list, names } = await atlas.whatsHere();
  expect(names.length).toBe(under.length);
  expect(names).toContain('山西中部城市群');
  expect(names.indexOf('山西中部城市群')).toBe(names.length - 1); // the largest last
  await expect(list.getByRole('button', { name: /尖草坪区/ })).toBeVisible(); // the county clicked
  await atlas.screenshot('whats-here-taiyuan');
  await list.getByRole('button', { name: '山西中部城市群', exact: true }).click();
  await expect(page.getByRole('complementary', { name: '山西中部城市群' })).toBeVisible();
  atlas.expectClean();
});

test('the place dossier has no serious accessibility violation', async ({ warm: atlas }) => {
  test.setTimeout(180_000); // axe over a long dossier and the live map
  const page = atlas.page;
  await atlas.open('#place=140300');
  await expect(dossier(page, '阳泉市').getByRole('heading', { name: '原文提及' })).toBeVisible();
  await expect(dossier(page, '阳泉市').locator('.dossier-quote').first()).toBeVisible();
  await expectNoSeriousViolations(page, 'place dossier');
});

test('the place dossier in the phone bottom sheet', { tag: '@phone' }, async ({ warm: atlas }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'the bottom sheet is a phone layout');
  const page = atlas.page;
  await atlas.open('#place=140321');
  const panel = dossier(page, '平定县');
  await expect(panel.getByRole('heading', { level: 2, name: '平定县' })).toBeVisible();
  await expect(atlas.sheet()).toHaveAttribute('data-sheet', /half|peek/);
  await atlas.mapIdle();
  expect(await atlas.visibleMapShare()).toBeGreaterThan(0.5);
  await atlas.screenshot('place-dossier-zh');
  await atlas.dragSheet(-500);
  await atlas.expectSheet('full');
  const row = panel.getByRole('button', { name: '国家级新材料基地（平定县）' }).first();
  await row.scrollIntoViewIfNeeded();
  await row.tap();
  await expect(page.getByRole('complementary', { name: '国家级新材料基地（平定县）' })).toBeVisible();
});
