// The first-view picture's names are placed clear of the preview hint and the locator inset, using the
// boxes in lib/svg-map/preview-screens.ts: this checks those boxes against the real page, in both
// languages, on a desktop and a phone, and keeps screenshots to look at.
import { test, expect } from '@playwright/test';
import { AtlasDriver } from './atlas-driver';
import { PREVIEW_SCREENS } from '../../src/lib/svg-map/preview-screens';

for (const lang of ['zh', 'en'] as const) {
  test(`the picture's hint and inset sit where its labels avoid them (${lang})`, { tag: '@phone' }, async ({ page }, info) => {
    const atlas = new AtlasDriver(page);
    await atlas.open(lang === 'en' ? '#lang=en' : '', { keepPreview: true });
    await expect(atlas.preview().locator('img')).toBeVisible();
    await expect(page.locator('.map-preview-hint')).toBeVisible();
    await expect(page.locator('.locator-inset')).toBeVisible(); // drawn once its outline has loaded
    const boxes = await page.evaluate(() => {
      const rect = (s: string) => document.querySelector(s)!.getBoundingClientRect();
      const box = rect('[data-testid="map-preview"]');
      const rel = (s: string) => { const r = rect(s); return [r.left - box.left, r.top - box.top, r.right - box.left, r.bottom - box.top]; };
      return { size: [box.width, box.height], hint: rel('.map-preview-hint'), inset: rel('.locator-inset') };
    });
    const screen = PREVIEW_SCREENS.find((s) => s.name === (info.project.name === 'phone' ? 'phone' : 'desktop'))!;
    expect(boxes.size).toEqual([screen.width, screen.height]);
    const within = (r: number[]) => screen.covered.some((c) => r[0] >= c[0] - 0.5 && r[1] >= c[1] - 0.5 && r[2] <= c[2] + 0.5 && r[3] <= c[3] + 0.5);
    expect(within(boxes.hint), `hint ${boxes.hint}`).toBe(true);
    expect(within(boxes.inset), `inset ${boxes.inset}`).toBe(true);
    await page.screenshot({ path: `reports/screenshots/preview-${info.project.name}-${lang}.png` });
  });
}
