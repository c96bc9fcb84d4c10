import { type Dialog } from '@playwright/test';
import { test, expect } from './warm-atlas';
import { hostileHashes } from '../unit/robust/hostile-hashes';
import { storyPlan } from './plan-picks';
import { readCatalogueFiles } from '../../scripts/compile/repo-catalogue';

// Real ids from the corpus (a plan, its first story frame, one of its features) mixed with hostile values.
const PLAN = storyPlan();
const FRAME = PLAN.story![0];
const FEATURE = readCatalogueFiles().find((f) => f.content.seed === PLAN.id && f.content.features?.length)!.content.features![0]!.id;

/** Hand-picked nasties first, then random ones from the unit property test's generator. */
const CHOSEN = [
  '#f=<img src=x onerror=alert(1)>', '#f=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', '#f=__proto__', '#f=constructor&lang=en',
  '#doc=constructor&p=p0001', '#doc=__proto__', '#doc=..%2F..%2Fsw&p=p1', `#doc=${PLAN.id}&p=p99999`, `#doc=${PLAN.id}&p=toString`,
  '#v=NaN/NaN/NaN', '#v=1e999/-1e999/Infinity', '#v=-5/-90/-180', '#v=20/85/180', '#v=0/0/0', '#v=12/37.8/112.5/9',
  `#l=${'plan:x,'.repeat(2000)}`, `#off=${'basemap-rail,'.repeat(500)}`, `#${'f=a&'.repeat(1500)}`, '#%00%01%02%ff', '#%E0%A4%A',
  '#place=<script>', '#place=__proto__', '#place=999999', '#place=140300&fr=constructor&plan=toString', '#fr=%00', '#plan=..%2F..%2Fsw',
  '#place=1403000', `#fr=${FRAME}&place=x`, `#place=${'1'.repeat(200)}`,
  '#lang=fr', '#lang=en&lang=zh', `#f=${FEATURE}&f=<script>`, '#javascript:alert(1)', `#f=${FEATURE}&doc=${PLAN.id}&p=p0030&lang=en`,
];

test('about a hundred hostile hashes in one page never crash the app or leave it blank', async ({ warm: atlas }) => {
  test.setTimeout(180_000);
  const page = atlas.page;
  const dialogs: string[] = [];
  const dismiss = async (d: Dialog) => { dialogs.push(d.message()); await d.dismiss(); };
  page.on('dialog', dismiss);
  await atlas.open();
  await atlas.mapIdle();
  const hashes = [...CHOSEN, ...hostileHashes(75, 8)];
  for (const [i, hash] of hashes.entries()) {
    await page.evaluate((h) => { location.hash = h; }, hash);
    if (i % 20 === 19) {
      await page.waitForTimeout(150);
      await atlas.expectAlive();
    }
  }
  await page.waitForTimeout(500);
  await atlas.expectAlive();
  // Whatever came before, a link with a usable view (and junk beside it) still draws the map.
  await page.evaluate(() => { location.hash = '#v=6.5/37.6/112.3&f=<script>&l=%00'; });
  await atlas.mapIdle();
  expect(await atlas.inkShare()).toBeGreaterThan(0.1);
  await expect(page.locator('img[src="x"], script:not([src])')).toHaveCount(0);
  expect(dialogs).toEqual([]);
  console.log(`${hashes.length} hashes applied`);
  await atlas.screenshot('after-hostile-hashes');
  page.off('dialog', dismiss);
});
