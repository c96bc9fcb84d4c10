// Export: a PNG of the current view with its furniture (size checked, pixels decoded, file kept to look at);
// the print layout at A4 landscape with numbered footnotes.
import { test, expect } from './warm-atlas';
import { writeFileSync } from 'node:fs';
import { seedText, occurrences } from './seed-text';
import { registeredSeeds } from './plan-picks';

const HEADER_PX = 64;
const FOOTER_PX = 20 + 8 * 17;
const shots = () => process.env.ATLAS_SCREENSHOTS ?? 'reports/screenshots';

test('exports the current view as a PNG of the expected size, not blank', async ({ warm: atlas }, info) => {
  const page = atlas.page;
  await atlas.open('#f=central-shanxi-city-cluster');
  await atlas.mapIdle();
  const png = await atlas.exportPng();
  writeFileSync(`${shots()}/${info.project.name}-export.png`, png.bytes);
  expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
  expect(png.width).toBe(png.mapPx.w);
  // The footer grows with the lines the attribution wraps onto.
  expect(png.height).toBeGreaterThanOrEqual(png.mapPx.h + Math.round((HEADER_PX + FOOTER_PX) * png.mapPx.ratio));
  expect(png.ink, 'share of non-paper pixels').toBeGreaterThan(0.3);
  expect(png.colours, 'distinct colours').toBeGreaterThan(50);
  await expect(page.getByTestId('export-preview')).toBeVisible();
  await atlas.screenshot('export-dialog');
  await atlas.closeExport();
  atlas.expectClean();
});

test('exports at 2× and at 300 dpi on A4, with the full attribution wrapped onto lines', async ({ warm: atlas }, info) => {
  test.setTimeout(180_000);
  const page = atlas.page;
  await atlas.open('#f=central-shanxi-city-cluster');
  await atlas.mapIdle();
  const screen = await page.evaluate(() => { const c = window.__atlasMap!.getCanvas(); return { w: c.clientWidth, h: c.clientHeight, ratio: c.width / c.clientWidth }; });
  const png = await atlas.exportPng(/2×|2x/);
  writeFileSync(`${shots()}/${info.project.name}-export-2x.png`, png.bytes);
  expect(png.width).toBe(screen.w * 2);
  expect(png.height).toBeGreaterThanOrEqual((screen.h + HEADER_PX + FOOTER_PX) * 2);
  expect(png.ink).toBeGreaterThan(0.3);
  // The map drops back to the screen's resolution afterwards.
  expect(await page.evaluate(() => { const c = window.__atlasMap!.getCanvas(); return c.width / c.clientWidth; })).toBe(screen.ratio);
  // The text drawn in the image (the preview's text alternative) holds every data source's attribution in full.
  const sources = await page.evaluate(async () => (await (await fetch(new URL('data/sources.json', document.baseURI))).json()) as { attribution?: string }[]);
  const alt = (await page.getByTestId('export-preview').getAttribute('alt'))!;
  expect(alt).not.toContain('…');
  for (const s of sources.filter((x) => x.attribution)) expect(alt).toContain(s.attribution);

  const print = await atlas.exportPng(/300 ?dpi/);
  expect(print.width).toBe(3508); // 297 mm at 300 dpi
  expect(print.ink).toBeGreaterThan(0.3);
  await atlas.closeExport();
  atlas.expectClean();
});

test('an export started while the map is still moving waits for it', async ({ warm: atlas }) => {
  const page = atlas.page;
  await atlas.open();
  await atlas.mapIdle();
  await page.evaluate(() => window.__atlasMap!.flyTo({ center: [112.9, 36.2], zoom: 8.5, duration: 1500, essential: true }));
  const png = await atlas.exportPng();
  const after = await page.evaluate(() => ({ zoom: window.__atlasMap!.getZoom(), moving: window.__atlasMap!.isMoving() }));
  expect(after.moving).toBe(false);
  expect(after.zoom).toBeCloseTo(8.5, 1);
  expect(png.ink).toBeGreaterThan(0.3);
  await atlas.closeExport();
});

test('print layout at A4 landscape with the cited quotes as numbered footnotes', async ({ warm: atlas }, info) => {
  const page = atlas.page;
  await atlas.open('#f=central-shanxi-city-cluster&lang=en');
  await atlas.mapIdle();
  await atlas.openPrintLayout('A4');
  const view = page.locator('.print-view');
  await expect(view).toBeVisible();
  await expect(view).toHaveAttribute('data-paper', 'A4');
  await expect(page.locator('#root')).toBeHidden();
  const notes = view.locator('.print-notes li');
  expect(await notes.count()).toBeGreaterThan(1);
  const seeds = registeredSeeds();
  for (const q of await view.locator('.print-notes q').allInnerTexts()) {
    expect(seeds.reduce((n, s) => n + occurrences(seedText(s), q), 0), q).toBeGreaterThanOrEqual(1);
  }
  await expect(view.locator('img')).toHaveJSProperty('complete', true);
  // 297 × 210 mm at 96 dpi.
  await page.setViewportSize({ width: 1123, height: 794 });
  await page.screenshot({ path: `${shots()}/${info.project.name}-print-a4.png` });
  if (info.project.name === 'desktop') {
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(`${shots()}/print-a4.pdf`, pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(1);
    const box = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
    expect(Number(box![1])).toBeCloseTo(841.9, 0); // A4 landscape in points
    expect(Number(box![2])).toBeCloseTo(595.3, 0);
  }
  await page.emulateMedia({ media: 'screen' });
  await expect(view).toBeHidden();
  await atlas.closeExport();
  await expect(page.locator('.print-view')).toHaveCount(0);
  atlas.expectClean();
});
