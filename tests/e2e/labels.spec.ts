// Names on the live map: at the default view, every part of a story frame that is switched on is labelled,
// in Chinese and in English. The frames and their parts come from the site's own data (the registry's story
// frames, data/frames.json); the labels counted are the symbols maplibre has placed.
import { test, expect, type Page } from '@playwright/test';
import { AtlasDriver } from './atlas-driver';

interface FrameParts { id: string; name: string; parts: string[] }

/** The registry's story frames with their parts that have a shape (data/plans.json, frames.json, features.geojson). */
async function storyFrames(page: Page): Promise<FrameParts[]> {
  return page.evaluate(async () => {
    const get = async (f: string) => (await fetch(new URL(`data/${f}`, document.baseURI))).json();
    const plans = await get('plans.json') as { story?: string[] }[];
    const frames = await get('frames.json') as { id: string; name: { zh: string }; groups: { members: string[] }[] }[];
    const features = await get('features.geojson') as { features: { properties: { id: string }; geometry: unknown }[] };
    const shaped = new Set(features.features.filter((f) => f.geometry).map((f) => f.properties.id));
    const story = new Set(plans.flatMap((p) => p.story ?? []));
    return frames.filter((f) => story.has(f.id))
      .map((f) => ({ id: f.id, name: f.name.zh, parts: [...new Set(f.groups.flatMap((g) => g.members))].filter((m) => shaped.has(m)) }));
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

async function showOnly(atlas: AtlasDriver, hash: string): Promise<void> {
  await atlas.page.evaluate((h) => { location.hash = h; }, hash);
  await atlas.mapIdle();
}

test('at the default view every part of a story frame switched on is labelled, in both languages', async ({ page }, info) => {
  const atlas = new AtlasDriver(page);
  await atlas.open();
  await atlas.mapIdle();
  const frames = await storyFrames(page);
  expect(frames.length).toBeGreaterThan(0);
  const view = await page.evaluate(() => window.__atlasMap!.getZoom());
  const missing: string[] = [];
  let counted = 0;
  for (const lang of ['zh', 'en'] as const) {
    for (const frame of frames) {
      await showOnly(atlas, `#l=${frame.id}${lang === 'en' ? '&lang=en' : ''}`);
      expect(await page.evaluate(() => window.__atlasMap!.getZoom())).toBeCloseTo(view, 1);
      const labelled = new Set(await labelledIds(page));
      const unlabelled = frame.parts.filter((id) => !labelled.has(id));
      counted += frame.parts.length;
      if (unlabelled.length) missing.push(`${lang} ${frame.name} (${frame.id}): ${unlabelled.join(', ')}`);
      await atlas.screenshot(`labels-${info.project.name}-${lang}-${frame.id}`);
    }
  }
  expect(counted).toBeGreaterThan(frames.length);
  expect(missing, `story frames with parts left unnamed on ${info.project.name}`).toEqual([]);
  atlas.expectClean();
});
