// A frame on the map (all its parts drawn and labelled with their group labels, the rest dimmed, framed beside
// the panel), the print layout of a county's "what applies here" sheet, a plan from the timeline, and a
// dossier opened from search with the keyboard only.
import { test, expect } from './warm-atlas';
import { seedText, occurrences } from './seed-text';
import { loadRegistry } from '../../scripts/plans/load-registry';
import { planSummaries } from '../../src/lib/plans/plan-summary';

const PLANS = planSummaries(loadRegistry());
const shots = () => process.env.ATLAS_SCREENSHOTS ?? 'reports/screenshots';

const CENTRAL_LAYOUT = 'frame-one-cluster-two-zones-three-circles';
const LAYOUT_PARTS = ['central-shanxi-city-cluster', 'transformation-reform-demo-zone', 'taiyuan-xinzhou-economic-zone', 'jinbei-town-circle', 'jinnan-town-circle', 'jindongnan-town-circle'];

test('a frame on the map: every part drawn and labelled with its group label, the rest dimmed, beside the panel', async ({ warm: atlas }) => {
  test.setTimeout(120_000); // two frames drawn, then the map without one
  const page = atlas.page;
  // Every layer off: the frame's parts are drawn all the same.
  await atlas.open(`#l=&fr=${CENTRAL_LAYOUT}`);
  await expect(page.getByRole('complementary', { name: '一群两区三圈' })).toBeVisible();
  await atlas.mapIdle();
  const drawn = await atlas.renderedPlanIds();
  for (const id of LAYOUT_PARTS) expect(drawn, id).toContain(id);
  const placed = await atlas.placedPlanLabels();
  for (const id of LAYOUT_PARTS) expect(placed, `label of ${id}`).toContain(id);
  // Each part's label carries its group's label; everything else is dimmed.
  const text = await atlas.planStyle('plan-labels', 'text-field', 'layout');
  for (const label of ['\\n「群」', '\\n「区」', '\\n「圈」']) expect(text).toContain(label);
  expect(await atlas.planStyle('plan-fill', 'fill-opacity', 'paint')).toContain('central-shanxi-city-cluster');
  // Framed beside the panel: every part's box lies left of it.
  const panelLeft = (await page.locator('aside.side-panel').boundingBox())!.x;
  for (const id of LAYOUT_PARTS) expect((await atlas.featureScreenBox(id)).right, id).toBeLessThanOrEqual(panelLeft + 2);
  await atlas.screenshot('frame-on-map-zh');

  // In English, with an inferred group: its label says so.
  await atlas.open('#fr=frame-one-belt-three-screens-2019&lang=en');
  await expect(page.getByRole('complementary', { name: /^One Belt, Three Screens/ })).toBeVisible();
  await atlas.mapIdle();
  const en = await atlas.planStyle('plan-labels', 'text-field', 'layout');
  expect(en).toContain('Barrier (inferred)');
  expect(await atlas.placedPlanLabels()).toEqual(expect.arrayContaining(['taihang-ecological-barrier', 'luliang-ecological-barrier']));
  await atlas.screenshot('frame-on-map-en');
  // Closing the frame takes the group labels and the dimming away.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary', { name: /^One Belt, Three Screens/ })).toHaveCount(0);
  await atlas.mapIdle();
  expect(await atlas.planStyle('plan-labels', 'text-field', 'layout')).toBe(JSON.stringify(['get', 'nameEn']));
  atlas.expectClean();
});

test('the print layout of a county dossier lists its structures by plan, each citing its quote as a footnote', async ({ warm: atlas }, info) => {
  test.setTimeout(120_000);
  const page = atlas.page;
  // 平定县: checked by hand in data/catalogue and the place index — 娘子关 lies in it, 阳涉铁路 crosses it,
  // 盂平寿昔城镇组团 (盂县, 平定, 寿阳, 昔阳) covers it.
  await atlas.open('#place=140321');
  const panel = page.getByRole('complementary', { name: '平定县' });
  await expect(panel.getByRole('button', { name: '娘子关', exact: true })).toBeVisible();
  await expect(panel.locator('.dossier-quote').first()).toBeVisible(); // quotes loaded
  await atlas.mapIdle();
  await atlas.openPrintLayout('A4');
  const view = page.locator('.print-view');
  await expect(view).toBeVisible();
  await expect(view.locator('.print-subtitle')).toContainText('平定县');
  const list = view.locator('.print-list');
  // One section per plan that has structures here, each in the plan's colour.
  expect(await list.locator('.print-section').count()).toBeGreaterThanOrEqual(4);
  for (const name of ['娘子关', '阳涉铁路', '盂平寿昔城镇组团']) await expect(list.locator('li strong', { hasText: name }).first()).toBeVisible();
  const row = (name: string) => list.locator('li').filter({ has: page.locator('strong', { hasText: new RegExp(`^${name}$`) }) }).first();
  await expect(row('娘子关')).toContainText('包含（推导）');
  await expect(row('盂平寿昔城镇组团')).toContainText('覆盖（推导）');
  await expect(row('盂平寿昔城镇组团')).toContainText('一核四带多组团 · 组团');
  // Every footnote a row cites is printed, and every printed quote is verbatim in the plans.
  const notes = view.locator('.print-notes li');
  const count = await notes.count();
  expect(count).toBeGreaterThan(10);
  const cited = (await list.locator('sup').allInnerTexts()).map((t) => Number(t.replace(/\D/g, '')));
  expect(Math.max(...cited)).toBe(count);
  const seeds = PLANS.map((p) => p.id);
  for (const q of await view.locator('.print-notes q').allInnerTexts()) expect(seeds.reduce((n, sd) => n + occurrences(seedText(sd), q), 0), q).toBeGreaterThanOrEqual(1);
  await expect(view.locator('img')).toHaveJSProperty('complete', true);
  await page.setViewportSize({ width: 1123, height: 794 });
  await page.screenshot({ path: `${shots()}/${info.project.name}-print-dossier.png`, fullPage: true });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  (await import('node:fs')).writeFileSync(`${shots()}/print-dossier.pdf`, pdf);
  // The map on the first page, the list and the footnotes flowing on.
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(2);
  await page.emulateMedia({ media: 'screen' });
  await atlas.closeExport();
  await expect(view).toHaveCount(0);
  atlas.expectClean();
});

test('a plan opens from the timeline: its panel with issuer and frames, the URL and the layers follow', async ({ warm: atlas }) => {
  const page = atlas.page;
  await atlas.open('#l=');
  await atlas.openSheetFromTopBar('图层');
  const timeline = page.getByRole('region', { name: '规划时间轴' });
  const plan = PLANS.find((p) => p.issuer) ?? PLANS[0];
  await timeline.getByRole('button', { name: `规划概况：${plan.shortTitle.zh}` }).click();
  const panel = page.getByRole('complementary', { name: new RegExp(plan.shortTitle.zh) });
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(plan.shortTitle.zh);
  await expect(page).toHaveURL(new RegExp(`plan=${plan.id}`));
  if (plan.issuer) await expect(panel).toContainText(plan.issuer);
  await expect(panel.getByRole('button', { name: /阅读规划原文/ })).toBeVisible();
  await atlas.mapIdle();
  expect((await atlas.renderedPlanIds()).length).toBeGreaterThan(0); // its layer went on
  atlas.expectClean();
});

test('keyboard only: search, Enter on a place opens its dossier and focus moves into the panel', async ({ warm: atlas }) => {
  const page = atlas.page;
  await atlas.open();
  const box = atlas.searchBox();
  for (let i = 0; i < 12 && !(await box.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  await page.keyboard.type('阳泉市');
  const place = atlas.searchOption(/地点/, /阳泉市/).first();
  await expect(place).toBeVisible();
  for (let i = 0; i < 15 && (await place.getAttribute('aria-selected')) !== 'true'; i++) await page.keyboard.press('ArrowDown');
  await expect(place).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name: '阳泉市' });
  await expect(panel.getByRole('heading', { level: 2, name: '阳泉市' })).toBeFocused();
  // Tab goes on into the dossier's own controls.
  await page.keyboard.press('Tab');
  await expect(panel.locator(':focus')).toHaveCount(1);
  atlas.expectClean();
});
