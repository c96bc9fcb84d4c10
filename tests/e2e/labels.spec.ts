// Names on the live map: at the default view, every part of a story frame that is switched on is labelled,
// in Chinese and in English. The frames and their parts come from the site's own data (the registry's story
// frames, data/frames.json); the labels counted are the symbols maplibre has placed.
import type { Page } from '@playwright/test';
import { test, expect } from './warm-atlas';

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

for (const lang of ['zh', 'en'] as const) {
  test(`at the default view every part of a story frame switched on is labelled (${lang}) @phone`, async ({ warm: atlas }, info) => {
    const page = atlas.page;
    await atlas.open(lang === 'en' ? '#lang=en' : '');
    const frames = await storyFrames(page);
    expect(frames.length).toBeGreaterThan(0);
    const view = await page.evaluate(() => window.__atlasMap!.getZoom());
    const missing: string[] = [];
    for (const frame of frames) {
      await atlas.open(`#l=${frame.id}${lang === 'en' ? '&lang=en' : ''}`);
      expect(await page.evaluate(() => window.__atlasMap!.getZoom())).toBeCloseTo(view, 1);
      const labelled = new Set(await labelledIds(page));
      const unlabelled = frame.parts.filter((id) => !labelled.has(id));
      if (unlabelled.length) missing.push(`${frame.name} (${frame.id}): ${unlabelled.join(', ')}`);
    }
    expect(frames.flatMap((f) => f.parts).length).toBeGreaterThan(frames.length);
    expect(missing, `story frames with parts left unnamed on ${info.project.name} (${lang})`).toEqual([]);
    atlas.expectClean();
  });
}
