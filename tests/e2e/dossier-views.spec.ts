// A frame on the map: all its parts drawn and labelled with their group labels, the rest dimmed, framed beside
// the panel.
import { test, expect } from './warm-atlas';

const CENTRAL_LAYOUT = 'frame-one-cluster-two-zones-three-circles';
const LAYOUT_PARTS = ['central-shanxi-city-cluster', 'transformation-reform-demo-zone', 'taiyuan-xinzhou-economic-zone', 'jinbei-town-circle', 'jinnan-town-circle', 'jindongnan-town-circle'];

test('a frame on the map: every part drawn and labelled with its group label, the rest dimmed, beside the panel', async ({ warm: atlas }) => {
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
