// Compare: two plans over one synchronised view, what persists / is renamed / is new with quotes; leaving
// destroys the second map.
import { test, expect } from './warm-atlas';
import { defaultComparePair } from '../../src/lib/plans/plan-summary';
import { seedText, occurrences } from './seed-text';

test('compare shows two plans in one view and leaves cleanly', async ({ warm: atlas }) => {
  test.setTimeout(150_000); // two maps at 3× on a phone, drawn by SwiftShader
  const page = atlas.page;
  await atlas.open();
  await atlas.mapIdle();
  expect(await atlas.mapCanvasCount()).toBe(1);

  await atlas.topBarMode(/对比|Compare/);
  const panel = page.getByRole('complementary', { name: /规划对比|Compare plans/ });
  await expect(panel).toBeVisible();
  await atlas.compareMapIdle();
  expect(await atlas.mapCanvasCount()).toBe(2);

  // Default pair, from the registry: the story's first frame on the main map, the newest plan's on the second.
  const pair = defaultComparePair(await atlas.plansData());
  expect(pair.a && pair.b && pair.a !== pair.b).toBe(true);
  await expect(page.getByTestId('compare-a')).toHaveValue(pair.a);
  await expect(page.getByTestId('compare-b')).toHaveValue(pair.b);
  await atlas.mapIdle();
  expect(await atlas.renderedPlanIds()).toContain('taiyuan-metropolitan-area');
  const secondIds = await page.evaluate(() => [...new Set(window.__atlasCompareMap!.queryRenderedFeatures(undefined, { layers: ['plan-fill', 'plan-line', 'plan-point'] }).map((f) => f.properties.id as string))]);
  expect(secondIds).toContain('central-shanxi-city-cluster');
  expect(secondIds).not.toContain('taiyuan-metropolitan-area');

  // Persists / renamed / new, derived and marked so, each with verbatim quotes.
  await expect(panel.getByText(/推导|Derived/).first()).toBeVisible();
  await page.getByTestId('compare-b').selectOption('frame-three-town-groups-2019');
  await atlas.compareMapIdle();
  const persists = panel.locator('li[data-status="persists"]');
  await expect(persists).toHaveCount(3);
  await expect(persists.first()).toContainText('城镇群');
  const quotes = await panel.locator('blockquote').evaluateAll((els) => els.map((e) => ({ text: e.textContent ?? '', seed: e.getAttribute('data-seed') ?? '' })));
  expect(quotes.length).toBeGreaterThan(3);
  for (const q of quotes) expect(occurrences(seedText(q.seed), q.text), q.text).toBe(1);

  await page.getByTestId('compare-a').selectOption('frame-three-town-groups-2019');
  await page.getByTestId('compare-b').selectOption('frame-one-cluster-two-zones-three-circles');
  await atlas.compareMapIdle();
  await expect(panel.locator('li[data-status="renamed"] .compare-names').filter({ hasText: '晋北城镇圈' })).toHaveCount(1);
  await expect(panel.locator('li[data-status="new"] .compare-names').filter({ hasText: /^山西中部城市群/ })).toHaveCount(1);

  // One view: moving the main map moves the second one.
  await page.evaluate(() => window.__atlasMap!.jumpTo({ center: [112.5, 37.8], zoom: 7.3 }));
  const second = await page.evaluate(() => {
    const m = window.__atlasCompareMap!;
    return { lon: m.getCenter().lng, lat: m.getCenter().lat, zoom: m.getZoom() };
  });
  expect(second.zoom).toBeCloseTo(7.3, 2);
  expect(second.lon).toBeCloseTo(112.5, 3);
  expect(second.lat).toBeCloseTo(37.8, 3);
  await atlas.compareMapIdle();
  await atlas.mapIdle();
  await atlas.screenshot('compare');

  await panel.getByRole('button', { name: /退出对比|Leave compare/ }).click();
  await expect(panel).toHaveCount(0);
  expect(await atlas.mapCanvasCount()).toBe(1);
  await expect(page.locator('.compare-maps')).toHaveCount(0);
  expect(await page.evaluate(() => window.__atlasCompareMap)).toBeUndefined();
  atlas.expectClean();
});
