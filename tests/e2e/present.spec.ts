// Presenter: #present walks a tour with the keys, links and autoplay; every step shows a verbatim quote. The
// projector's layout (1920×1080) is checked on its own; the rest runs at the desktop size.
import { test, expect } from './warm-atlas';
import { onProjector } from './projector';
import { AtlasDriver } from './atlas-driver';
import { seedText, occurrences } from './seed-text';
import { most, registeredSeeds, storyPlan } from './plan-picks';
import { planTourId } from '../../src/lib/present/build-tours';

const expectVerbatim = (quote: string, seed: string | null) => {
  expect(seed, 'quote has a plan').toBeTruthy();
  expect(quote.length).toBeGreaterThan(4);
  expect(occurrences(seedText(seed!), quote), `“${quote}” once in ${seed}`).toBe(1);
};

// The projector's layout: big type, the step's structure framed above the caption.
test.describe('presenter on a projector', () => {
  onProjector();

  test('#present steps forward and back with the keys, each step with a verbatim quote', async ({ warm: atlas }) => {
    const page = atlas.page;
    await atlas.openPresenter();
    await expect(atlas.presenter()).toBeVisible();
    let s = await atlas.presentStep();
    const [firstStory] = await atlas.storyFramesData(); // the default tour opens on the oldest plan's story frame
    expect(s).toMatchObject({ step: 1, tour: 'strategy', title: firstStory!.name.zh });
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

  test('each step frames its structure above the caption', async ({ warm: atlas }) => {
    test.setTimeout(180_000);
    const page = atlas.page;
    await atlas.open('#present=strategy&step=1');
    await atlas.mapIdle();
    let checked = 0;
    for (let step = 1; step <= 8; step++) {
      await expect(atlas.presenter()).toHaveAttribute('data-step', String(step));
      await atlas.mapIdle();
      const selected = await atlas.selectedPlanIds();
      if (selected.length === 1) {
        const box = await atlas.featureScreenBox(selected[0]!);
        const captionTop = await atlas.presentCaptionTop();
        expect(box.bottom, `step ${step}: ${selected[0]} ends above the caption`).toBeLessThanOrEqual(captionTop);
        expect(box.top, `step ${step}: ${selected[0]} starts below the top of the map`).toBeGreaterThanOrEqual(0);
        checked++;
        if (checked === 2) await atlas.screenshot('present-step-above-caption');
      }
      await page.keyboard.press('ArrowRight');
    }
    expect(checked).toBeGreaterThan(2);
  });
});

// What a presentation does (keys, links, autoplay, offline, leaving it) is the same on a laptop's screen, drawn at
// half the projector's pixels.
test.describe('presenter', () => {
  test.skip(() => test.info().project.name !== 'desktop', 'desktop project only');

  test('walks every step of the default tour offline once loaded', async ({ page, context }) => {
    const atlas = new AtlasDriver(page);
    await atlas.openPresenter();
    const total = Number((await page.locator('.present-count').innerText()).split('/')[1]);
    expect(total).toBeGreaterThan(20);
    // "Once loaded": search has also fetched its index in the background after the map drew.
    await expect.poll(() => atlas.requests.filter((r) => /\/search-index\.json$/.test(r.url())).length, { timeout: 20_000 }).toBe(1);
    const storyNames = (await atlas.storyFramesData()).map((f) => f.name.zh);
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
    // Every plan's story frame has its step.
    expect([...titles]).toEqual(expect.arrayContaining(storyNames));
    // The tour itself needs no network. Known gap: maplibre fetches a font subset the first time a label
    // needs one of its characters, so those (and only those) fail offline.
    const fetched = atlas.requests.slice(before).map((r) => new URL(r.url()).pathname);
    expect(fetched.filter((p) => !/\/fonts\/noto-sans-sc-[\w-]+\.woff2$/.test(p))).toEqual([]);
    await atlas.mapIdle();
    await atlas.screenshot('present-offline-last');
    await context.setOffline(false);
  });

  test('links to a tour and step; a missing step opens the first; autoplay advances', async ({ warm: atlas }) => {
    // Links applied in the running app (the address edited); a link loading the app is the autoplay test's.
    const page = atlas.page;
    // The own tour of the plan with the most frames: three steps at least.
    const frames = await (await page.request.get('data/frames.json')).json() as { seed: string }[];
    const tour = planTourId(most(registeredSeeds(), (seed) => frames.filter((f) => f.seed === seed).length));
    await atlas.open(`#present=${tour}&step=3&lang=en`);
    await expect(atlas.presenter()).toHaveAttribute('data-step', '3');
    let s = await atlas.presentStep();
    expect(s.tour).toBe(tour);
    expectVerbatim(s.quote, s.seed);
    await atlas.mapIdle();
    await atlas.screenshot('present-en-plan-tour');

    await atlas.open(`#present=${tour}&step=999`);
    await expect(atlas.presenter()).toHaveAttribute('data-step', '1');
    await expect(page).toHaveURL(new RegExp(`#present=${tour}&step=1$`));

    await atlas.open('#present=strategy&step=1&auto=1');
    // On the drawn map a step lasts a second: the step moves on, twice, then a pause holds it to be read.
    const step = async () => Number(await atlas.presenter().getAttribute('data-step'));
    const first = await step();
    await expect.poll(step, { timeout: 30_000 }).toBeGreaterThanOrEqual(first + 2);
    await page.keyboard.press('p');
    await expect(atlas.presenter().locator('.present-auto')).toHaveAttribute('data-state', 'paused');
    s = await atlas.presentStep();
    expectVerbatim(s.quote, s.seed);
    atlas.expectClean();
  });

  test('Esc returns to the view and selection from before the presentation', async ({ warm: atlas }) => {
    const page = atlas.page;
    // The opening view, as on a first visit.
    await atlas.open();
    await atlas.mapIdle();
    const opening = await atlas.settledView();
    await atlas.topBarMode(/演示|Present/);
    await expect(atlas.presenter()).toHaveAttribute('data-step', '1');
    for (const want of ['2', '3']) {
      await page.keyboard.press('ArrowRight');
      await expect(atlas.presenter()).toHaveAttribute('data-step', want);
    }
    await atlas.mapIdle();
    expect((await atlas.settledView()).zoom).not.toBeCloseTo(opening.zoom, 1);
    await page.keyboard.press('Escape');
    await expect(atlas.presenter()).toHaveCount(0);
    await atlas.mapIdle();
    const back = await atlas.settledView();
    expect(back.zoom).toBeCloseTo(opening.zoom, 2);
    expect(back.lon).toBeCloseTo(opening.lon, 3);
    expect(back.lat).toBeCloseTo(opening.lat, 3);
    expect(await atlas.selectedPlanIds()).toEqual([]);

    // With a selection and a view of the user's own.
    const [member] = await atlas.frameMembersOfPlan(storyPlan().id);
    await atlas.open(`#f=${member}&v=7.4/37.6/112.3`);
    await atlas.mapIdle();
    const before = await atlas.settledView();
    await atlas.topBarMode(/演示|Present/);
    await expect(atlas.presenter()).toHaveAttribute('data-step', '1');
    await page.keyboard.press('End');
    await expect(atlas.presenter()).not.toHaveAttribute('data-step', '1');
    await atlas.mapIdle();
    await page.keyboard.press('Escape');
    await expect(atlas.presenter()).toHaveCount(0);
    await atlas.mapIdle();
    const after = await atlas.settledView();
    expect(after.zoom).toBeCloseTo(before.zoom, 2);
    expect(after.lon).toBeCloseTo(before.lon, 3);
    expect(after.lat).toBeCloseTo(before.lat, 3);
    expect(await atlas.selectedPlanIds()).toEqual([member]);
    await expect(page).toHaveURL(new RegExp(`#f=${member}&v=7.4/37.6/112.3`));
    atlas.expectClean();
  });

  test('Home and End go to the first and last step', async ({ warm: atlas }) => {
    const page = atlas.page;
    await atlas.open('#present=strategy&step=3');
    await expect(atlas.presenter()).toHaveAttribute('data-step', '3');
    const total = Number((await page.locator('.present-count').innerText()).split('/')[1]);
    await page.keyboard.press('End');
    await expect(atlas.presenter()).toHaveAttribute('data-step', String(total));
    await expect(page).toHaveURL(new RegExp(`#present=strategy&step=${total}$`));
    await page.keyboard.press('Home');
    await expect(atlas.presenter()).toHaveAttribute('data-step', '1');
    await expect(page).toHaveURL(/#present=strategy&step=1$/);
    await expect(atlas.presenter().getByRole('button', { name: '最后一步' })).toHaveAttribute('aria-keyshortcuts', 'End');
    atlas.expectClean();
  });

  test('autoplay counts from when the map has drawn, shows its progress and pauses', async ({ page }) => {
    const atlas = new AtlasDriver(page);
    test.setTimeout(300_000); // the live map's first view, on a software renderer
    await atlas.recordPresenterTimes();
    await atlas.open('#present=strategy&step=1&auto=2');
    await expect(atlas.presenter().locator('.present-auto')).toHaveAttribute('data-state', /waiting|running/);
    await expect(atlas.presenter()).toHaveAttribute('data-step', '2', { timeout: 120_000 });
    const times = await atlas.presenterTimes();
    expect(times.mapDrawn, 'the live map drew').toBeGreaterThan(0);
    expect(times.steps[2]! - times.mapDrawn, 'step 1 shown for the whole interval on the live map').toBeGreaterThanOrEqual(1900);
    const auto = atlas.presenter().locator('.present-auto');
    await expect(auto).toHaveAttribute('data-state', 'running');
    await expect(auto.getByRole('progressbar')).toBeVisible();
    await atlas.screenshot('present-autoplay');

    // Paused: the step stays (however far autoplay got meanwhile); resumed: it moves on.
    await page.keyboard.press('p');
    await expect(auto).toHaveAttribute('data-state', 'paused');
    await expect(auto.getByRole('button', { name: /暂停或继续自动播放/ })).toHaveAttribute('aria-pressed', 'true');
    const held = await atlas.presenter().getAttribute('data-step');
    await page.waitForTimeout(3000);
    await expect(atlas.presenter()).toHaveAttribute('data-step', held!);
    await page.keyboard.press('p');
    await expect(auto).toHaveAttribute('data-state', 'running');
    await expect(atlas.presenter()).not.toHaveAttribute('data-step', held!, { timeout: 10_000 });
    atlas.expectClean();
  });

  test('the top bar starts the default tour', async ({ warm: atlas }) => {
    const page = atlas.page;
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

  test('starts from the top bar’s “more” menu; caption and controls fit the screen', { tag: '@phone' }, async ({ page }) => {
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
