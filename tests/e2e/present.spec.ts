// Presenter: #present at 1920×1080 walks the default tour with the keys; every step shows a verbatim quote.
import { test, expect } from '@playwright/test';
import { AtlasDriver } from './atlas-driver';
import { seedText, occurrences } from './seed-text';

const expectVerbatim = (quote: string, seed: string | null) => {
  expect(seed, 'quote has a plan').toBeTruthy();
  expect(quote.length).toBeGreaterThan(4);
  expect(occurrences(seedText(seed!), quote), `“${quote}” once in ${seed}`).toBe(1);
};

test.describe('presenter', () => {
  test.use({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false });
  test.skip(() => test.info().project.name !== 'desktop', 'projector layout: desktop project only');

  test('nothing of presenter, compare or export loads with the first view', async ({ page }) => {
    const atlas = new AtlasDriver(page);
    await atlas.open();
    await atlas.mapIdle();
    const chunks = atlas.requests.map((r) => r.url()).filter((u) => /PresentMode|CompareMode|ExportDialog|standalone-style/.test(u));
    expect(chunks).toEqual([]);
    atlas.expectClean();
  });

  test('#present steps forward and back with the keys, each step with a verbatim quote', async ({ page }) => {
    const atlas = new AtlasDriver(page);
    await atlas.open('#present');
    await atlas.mapIdle();
    await expect(atlas.presenter()).toBeVisible();
    let s = await atlas.presentStep();
    expect(s).toMatchObject({ step: 1, tour: 'strategy', title: '一核一圈三群' });
    expectVerbatim(s.quote, s.seed);
    expect(await atlas.fontSize('.present-title')).toBeGreaterThanOrEqual(32);
    expect(await atlas.fontSize('.present-quote')).toBeGreaterThanOrEqual(28);
    await expect(page.getByRole('banner')).toBeHidden();
    await atlas.mapIdle();
    await atlas.screenshot('present-step1');

    const seen: number[] = [];
    for (const [key, want] of [['ArrowRight', 2], ['PageDown', 3], [' ', 4], ['ArrowLeft', 3], ['PageUp', 2]] as const) {
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      await expect(atlas.presenter()).toHaveAttribute('data-step', String(want));
      s = await atlas.presentStep();
      expectVerbatim(s.quote, s.seed);
      await expect(page).toHaveURL(new RegExp(`#present=strategy&step=${want}$`));
      seen.push(s.step);
    }
    expect(seen).toEqual([2, 3, 4, 3, 2]);
    // A part step highlights its structure on the map.
    const selected = () => page.evaluate(() => {
      const map = window.__atlasMap!;
      return [...new Set(map.querySourceFeatures('plan').filter((f) => map.getFeatureState({ source: 'plan', id: f.properties.id as string }).selected).map((f) => f.properties.nameZh as string))];
    });
    await expect.poll(selected).toEqual([s.title]);
    await atlas.mapIdle();
    await atlas.screenshot('present-step2');

    await page.keyboard.press('b');
    await expect(page.locator('.present-blank')).toBeVisible();
    await page.keyboard.press('b');
    await expect(page.locator('.present-blank')).toHaveCount(0);

    await page.keyboard.press('Escape');
    await expect(atlas.presenter()).toHaveCount(0);
    await expect(page.getByRole('banner')).toBeVisible();
    expect(new URL(page.url()).hash).not.toContain('present');
    atlas.expectClean();
  });

  test('walks every step of the default tour offline once loaded', async ({ page, context }) => {
    const atlas = new AtlasDriver(page);
    await atlas.open('#present');
    await atlas.mapIdle();
    const total = Number((await page.locator('.present-count').innerText()).split('/')[1]);
    expect(total).toBeGreaterThan(20);
    // "Once loaded": search has also fetched the five plans' text in the background after the map drew.
    await expect.poll(() => atlas.requests.filter((r) => /\/documents\/\d+_\w+\.json$/.test(r.url())).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(5);
    await context.setOffline(true);
    const before = atlas.requests.length;
    const titles = new Set<string>();
    for (let i = 1; i <= total; i++) {
      const s = await atlas.presentStep();
      expect(s.step).toBe(i);
      expectVerbatim(s.quote, s.seed);
      titles.add(s.title);
      await page.keyboard.press('ArrowRight');
    }
    await expect(atlas.presenter()).toHaveAttribute('data-step', '1'); // wraps round
    // The steps show different structures (a feature in two frames may come twice, so not all titles differ).
    expect(titles.size).toBeGreaterThan(total / 2);
    expect([...titles]).toEqual(expect.arrayContaining(['三大城镇群', '一主三副六市域中心', '一群两区三圈', '一核四带多组团', '晋北城镇圈']));
    // The tour itself needs no network. Known gap: maplibre fetches a font subset the first time a label
    // needs one of its characters, so those (and only those) fail offline.
    const fetched = atlas.requests.slice(before).map((r) => new URL(r.url()).pathname);
    expect(fetched.filter((p) => !/\/fonts\/noto-sans-sc-[\w-]+\.woff2$/.test(p))).toEqual([]);
    await atlas.mapIdle();
    await atlas.screenshot('present-offline-last');
    await context.setOffline(false);
  });

  test('links to a tour and step; a missing step opens the first; autoplay advances', async ({ page }) => {
    const atlas = new AtlasDriver(page);
    await atlas.open('#present=plan-002&step=3&lang=en');
    await expect(atlas.presenter()).toHaveAttribute('data-step', '3');
    let s = await atlas.presentStep();
    expect(s.tour).toBe('plan-002');
    expectVerbatim(s.quote, s.seed);
    await atlas.mapIdle();
    await atlas.screenshot('present-en-plan-002');

    await atlas.open('#present=plan-002&step=999');
    await page.reload();
    await expect(atlas.presenter()).toHaveAttribute('data-step', '1');
    await expect(page).toHaveURL(/#present=plan-002&step=1$/);

    await atlas.open('#present=strategy&step=1&auto=1');
    await page.reload();
    await expect(atlas.presenter()).toHaveAttribute('data-step', '1');
    await expect(atlas.presenter()).toHaveAttribute('data-step', '2', { timeout: 5000 });
    await expect(atlas.presenter()).toHaveAttribute('data-step', '3', { timeout: 5000 });
    s = await atlas.presentStep();
    expectVerbatim(s.quote, s.seed);
    atlas.expectClean();
  });

  test('the top bar starts the default tour', async ({ page }) => {
    const atlas = new AtlasDriver(page);
    await atlas.open();
    await atlas.mapIdle();
    await atlas.topBarMode(/演示|Present/);
    await expect(atlas.presenter()).toHaveAttribute('data-step', '1');
    await expect(page).toHaveURL(/#present=strategy&step=1$/);
    await page.goBack();
    await expect(atlas.presenter()).toHaveCount(0);
    atlas.expectClean();
  });
});

test.describe('presenter on a phone', () => {
  test.skip(() => test.info().project.name !== 'phone', 'phone project only');

  test('starts from the top bar’s “more” menu; caption and controls fit the screen', async ({ page }) => {
    const atlas = new AtlasDriver(page);
    await atlas.open();
    await atlas.mapIdle();
    await page.getByRole('banner').getByRole('button', { name: /更多|More/ }).click();
    await atlas.screenshot('topbar-more');
    await page.getByRole('banner').getByRole('button', { name: /演示|Present/ }).click();
    await expect(atlas.presenter()).toHaveAttribute('data-step', '1');
    await page.getByRole('button', { name: /下一步|Next/ }).click();
    await expect(atlas.presenter()).toHaveAttribute('data-step', '2');
    const s = await atlas.presentStep();
    expectVerbatim(s.quote, s.seed);
    const fits = await page.evaluate(() => [...document.querySelectorAll('.present-caption, .present-bar')].every((el) => {
      const r = el.getBoundingClientRect();
      return r.left >= 0 && r.right <= innerWidth && r.top >= 0 && r.bottom <= innerHeight;
    }));
    expect(fits).toBe(true);
    await atlas.mapIdle();
    await atlas.screenshot('present-step2');
    await page.getByRole('button', { name: /退出演示|Leave/ }).click();
    await expect(atlas.presenter()).toHaveCount(0);
    atlas.expectClean();
  });
});
