// Names on the live map: at the default view, every part of a frame that is switched on is labelled.
// The frames and their parts come from the site's own data; the labels are what maplibre placed.
import { test, expect, type Page } from '@playwright/test';
import { AtlasDriver } from './atlas-driver';

interface FrameParts { id: string; name: string; parts: string[] }

/** Every frame with its parts that have a shape (data/frames.json, data/features.geojson). */
async function framesWithShapes(page: Page): Promise<FrameParts[]> {
  return page.evaluate(async () => {
    const get = async (f: string) => (await fetch(new URL(`data/${f}`, document.baseURI))).json();
    const frames = await get('frames.json') as { id: string; name: { zh: string }; groups: { members: string[] }[] }[];
    const features = await get('features.geojson') as { features: { properties: { id: string }; geometry: unknown }[] };
    const shaped = new Set(features.features.filter((f) => f.geometry).map((f) => f.properties.id));
    return frames.map((f) => ({ id: f.id, name: f.name.zh, parts: [...new Set(f.groups.flatMap((g) => g.members))].filter((m) => shaped.has(m)) }));
  });
}

/** Ids of the plan features whose names the map has placed in view. */
async function labelledIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = window.__atlasMap!;
    const layers = map.getStyle().layers.filter((l) => l.type === 'symbol' && l.id.startsWith('plan-labels')).map((l) => l.id);
    return [...new Set(map.queryRenderedFeatures(undefined, { layers }).map((f) => f.properties.id as string))];
  });
}

async function showOnly(atlas: AtlasDriver, frame: string): Promise<void> {
  await atlas.page.evaluate((h) => { location.hash = h; }, `#l=${frame}`);
  await atlas.mapIdle();
}

test('at the default view every part of the frame switched on is labelled', async ({ page }, info) => {
  // Known gap (#20 item 2, unfinished): on 2026-12-04 some frames still leave parts unnamed at the default desktop
  // view (e.g. 晋东南城镇圈 under the prefecture names, which are placed first), and how many varies from run to run
  // with maplibre's placement timing, so the test is parked rather than marked failing. Remove this line once it passes.
  test.fixme(true, 'some frames still leave parts unnamed at the default view');
  test.setTimeout(300_000);
  const atlas = new AtlasDriver(page);
  await atlas.open();
  await atlas.mapIdle();
  const frames = await framesWithShapes(page);
  expect(frames.length).toBeGreaterThan(1);
  const view = await page.evaluate(() => window.__atlasMap!.getZoom());
  const missing: string[] = [];
  for (const frame of frames) {
    await showOnly(atlas, frame.id);
    expect(await page.evaluate(() => window.__atlasMap!.getZoom())).toBeCloseTo(view, 1);
    const labelled = new Set(await labelledIds(page));
    const unlabelled = frame.parts.filter((id) => !labelled.has(id));
    if (unlabelled.length) missing.push(`${frame.name} (${frame.id}): ${unlabelled.join(', ')}`);
    await atlas.screenshot(`labels-${frame.id}`);
  }
  expect(missing, `frames with parts left unnamed on ${info.project.name}`).toEqual([]);
  atlas.expectClean();
});
