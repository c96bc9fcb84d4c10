// Features with no shape ({ "type": "none", "reason": … }): the panel says why, in both languages,
// with the reasons recorded in the catalogue.
import { test, expect } from './warm-atlas';
import { readdirSync, readFileSync } from 'node:fs';

interface Unmappable { id: string; reason: string; reasonZh?: string }

function unmappables(): Unmappable[] {
  const dir = 'data/catalogue';
  return readdirSync(dir).filter((f) => f.endsWith('.json')).flatMap((f) => {
    const file = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as { features?: { id: string; geometry?: { type: string; reason?: string; reasonZh?: string } }[] };
    return (file.features ?? []).flatMap((x) => (x.geometry?.type === 'none' ? [{ id: x.id, reason: x.geometry.reason ?? '', reasonZh: x.geometry.reasonZh }] : []));
  });
}

test('every feature with no shape shows its recorded reason, in Chinese and in English', async ({ warm: atlas }) => {
  test.setTimeout(240_000);
  const list = unmappables();
  expect(list.length).toBeGreaterThan(0);
  for (const u of list) {
    expect(u.reason, `${u.id}: English reason`).not.toBe('');
    expect(u.reasonZh ?? '', `${u.id}: Chinese reason`).toMatch(/[\u4e00-\u9fff]/);
  }
  const page = atlas.page;
  await atlas.open(`#f=${list[0].id}`, { keepPreview: true });
  for (const u of list) {
    for (const [lang, prefix, reason] of [['zh', '无法定位：', u.reasonZh!], ['en', 'Not mappable: ', u.reason]] as const) {
      const note = atlas.panel().locator('.no-geometry-note');
      // A link to the feature (set again if the app was still writing the previous state into the URL).
      await expect(async () => {
        await page.evaluate((h) => { if (location.hash !== h) location.hash = h; }, `#f=${u.id}&lang=${lang}`);
        await expect(note, `${u.id} (${lang})`).toHaveText(`${prefix}${reason}`, { timeout: 3000 });
      }).toPass({ timeout: 20_000 });
    }
  }
  await page.evaluate((h) => { location.hash = h; }, `#f=${list[0].id}&lang=zh`);
  await atlas.screenshot('unmappable-reason');
  atlas.expectClean();
});
