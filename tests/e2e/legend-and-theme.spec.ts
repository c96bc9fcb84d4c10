// The legend explains the map as drawn (its kinds follow the layers; the basemap's rail, rivers, borders
// and seats are in it), and presenting switches the map's names to the projection theme.
import { test, expect } from './warm-atlas';
import { onProjector } from './projector';

test.skip(() => test.info().project.name !== 'desktop', 'desktop project only');

test('the legend lists the kinds drawn and the basemap symbols, and follows the layers', async ({ warm: atlas }) => {
  const page = atlas.page;
  await atlas.open();
  await atlas.mapIdle();
  await page.getByRole('button', { name: '图层' }).click();
  const before = await atlas.legend();
  const drawn = await atlas.renderedKinds();
  // Every kind drawn is explained, and nothing that is not on the map (the default layers, all in view).
  expect(before.kinds.toSorted()).toEqual(drawn.toSorted());
  expect(before.basemap).toEqual(expect.arrayContaining(['hsr', 'rail', 'river', 'provinceBorder', 'prefectureSeat']));

  // Every plan switched on: more kinds on the map, more in the legend.
  for (const box of await page.getByRole('checkbox', { name: '本规划全部要素' }).all()) await box.check();
  await atlas.mapIdle();
  const all = await atlas.legend();
  expect(all.kinds.length).toBeGreaterThan(before.kinds.length);
  expect(all.kinds).toEqual(expect.arrayContaining(before.kinds));

  // The railways off: they leave the legend too.
  await page.getByRole('checkbox', { name: /铁路/ }).uncheck();
  await expect.poll(async () => (await atlas.legend()).basemap).not.toContain('hsr');
  expect((await atlas.legend()).basemap).not.toContain('rail');
  await atlas.screenshot('legend');
});

test.describe('projection theme', () => {
  onProjector();

  test('presenting, the map names are at least 24 px and the minor basemap names are off', async ({ warm: atlas }) => {
    const page = atlas.page;
    await atlas.openPresenter();
    await expect(atlas.presenter()).toBeVisible();
    await atlas.mapIdle();
    for (const layer of ['prefecture-labels', 'plan-labels']) {
      const { sizes } = await atlas.labelSizes(layer);
      expect(sizes.length, `${layer} placed`).toBeGreaterThan(0);
      expect(Math.min(...sizes), layer).toBeGreaterThanOrEqual(24);
    }
    for (const layer of ['county-labels', 'mountain-labels', 'rail-labels']) expect((await atlas.labelSizes(layer)).visibility, layer).toBe('none');
    await atlas.screenshot('present-map-theme');

    // Leaving the presenter brings the screen theme back.
    await page.keyboard.press('Escape');
    await expect(atlas.presenter()).toBeHidden();
    await atlas.mapIdle();
    const { sizes } = await atlas.labelSizes('prefecture-labels');
    expect(Math.max(...sizes)).toBeLessThan(24);
  });
});
