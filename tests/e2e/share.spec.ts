// Sharing and taking part: citations in the forms people paste, the presenter's QR hand-off, "Report a problem"
// (absent in a build without ATLAS_FEEDBACK), and glossary terms opened from the keyboard and by touch.
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { test, expect } from './warm-atlas';
import { onProjector } from './projector';

test.describe('share', () => {
  test.beforeEach(async ({ warm: atlas }) => {
    await atlas.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('Copy citation offers GB/T 7714-2015 with what the registry holds, for a plan and a feature', async ({ warm: atlas }) => {
    await atlas.open();
    const plans = await atlas.plansData();
    const stated = plans.find((p) => p.issuer && p.docNumber && p.date)!;
    const bare = plans.find((p) => !p.issuer && !p.docNumber);
    expect(stated, 'a registered plan states issuer, 文号 and date').toBeTruthy();

    await atlas.open(`#plan=${stated.id}`);
    const forms = await atlas.citationForms();
    expect(forms.gbt7714).toBe(`${stated.issuer}. ${stated.title}: ${stated.docNumber}[Z]. ${stated.date}.`);
    expect(forms.plain).toBe(`《${stated.title}》`);
    await atlas.screenshot('share-citation-menu');
    expect(await atlas.copyCitationAs('gbt7714')).toBe(forms.gbt7714);

    if (bare) { // no issuer, no 文号 in the text: none in the citation either
      await atlas.open(`#plan=${bare.id}`);
      const f = await atlas.citationForms();
      expect(f.gbt7714.startsWith(`${bare.title}[Z].`)).toBe(true);
      expect(f.gbt7714).not.toMatch(/〔|OL|http/);
    }

    // A feature: its first quote's plan and headings; the plain form carries the quote.
    const frame = plans.find((p) => p.story?.length)!.story![0];
    await atlas.open(`#fr=${frame}&l=${frame}`);
    const member = atlas.panel().locator('.frame-group .related-item').first();
    await member.click();
    const quote = (await atlas.panel().locator('blockquote').first().textContent())!;
    const feature = await atlas.citationForms();
    expect(feature.plain).toMatch(/^《.+》/);
    expect(feature.plain.endsWith(`：“${quote}”`)).toBe(true);
    const title = /^《(.+?)》/.exec(feature.plain)![1]!;
    expect(feature.gbt7714).toContain(`${title}`);
    expect(feature.gbt7714).toMatch(/\[Z\]\./);
    expect(await atlas.copyCitationAs('plain')).toBe(feature.plain);
  });

  test('without ATLAS_FEEDBACK there is no Report a problem, on a feature, a place or a passage', async ({ warm: atlas }) => {
    await atlas.open();
    const [plan] = await atlas.plansData();
    await atlas.open(`#plan=${plan!.id}`);
    await expect(atlas.panel().getByRole('button', { name: /^(复制引用|Copy citation)/ })).toBeVisible(); // the actions row is there
    await expect(atlas.page.locator('.report-problem')).toHaveCount(0);
    const frame = plan!.story?.[0] ?? (await atlas.plansData()).find((p) => p.story?.length)!.story![0];
    await atlas.open(`#fr=${frame}`);
    await expect(atlas.panel().locator('.subject-actions')).toBeVisible();
    await expect(atlas.page.locator('.report-problem')).toHaveCount(0);
    await atlas.open(`#doc=${plan!.id}&p=p0002`);
    const actions = atlas.reader().locator('.reader-paragraph.active .paragraph-actions');
    await expect(actions.getByRole('button', { name: /^(复制引用|Copy citation)/ })).toBeVisible();
    await expect(atlas.page.locator('.report-problem')).toHaveCount(0);
  });

  test('a glossary term in a quote opens its explanation on keyboard focus; Esc closes it, not the panel; the glossary view finds it', async ({ warm: atlas }) => {
    await atlas.open();
    const { frame } = await atlas.frameQuotingATerm();
    await atlas.open(`#fr=${frame}&l=${frame}`);
    const term = atlas.panel().locator('blockquote .glossary-term').first();
    await expect(term).toBeVisible();
    // Tab to it from the control before its quote.
    await term.locator('xpath=ancestor::figure[1]').locator('.plan-link').focus();
    for (let i = 0; i < 6 && !(await term.evaluate((el) => el === document.activeElement)); i++) await atlas.page.keyboard.press('Tab');
    await expect(term).toBeFocused();
    const pop = atlas.glossaryPopover();
    await expect(pop).toBeVisible();
    await expect(term).toHaveAttribute('aria-expanded', 'true');
    await expect(term).toHaveAttribute('aria-describedby', (await pop.getAttribute('id'))!);
    await expect(pop).toContainText((await term.textContent())!);
    await expect(pop).toContainText(/本图谱的解释，非规划原文|Our explanation, not plan text/);
    await atlas.page.keyboard.press('Escape');
    await expect(pop).toBeHidden();
    await expect(atlas.panel().locator('#subject-title')).toBeVisible();

    // The glossary view (data sources) lists every term, filtered as one types.
    const name = (await term.textContent())!;
    await atlas.open('#panel=sources');
    const list = atlas.page.locator('.glossary-list');
    const all = await list.locator('dt').count();
    await list.getByRole('searchbox', { name: /查找术语|Find a term/ }).fill(name);
    await expect(list.locator('dt').first()).toContainText(name);
    expect(await list.locator('dt').count()).toBeLessThan(all);
  });

  test('a glossary term opens on a tap on a phone (a click on a desktop)', { tag: '@phone' }, async ({ warm: atlas }) => {
    await atlas.open();
    const { frame } = await atlas.frameQuotingATerm();
    await atlas.open(`#fr=${frame}&l=${frame}`);
    const term = atlas.sheet().locator('blockquote .glossary-term').first();
    await term.scrollIntoViewIfNeeded();
    if (test.info().project.use.hasTouch) await term.tap();
    else await term.click();
    const pop = atlas.glossaryPopover();
    await expect(pop).toBeVisible();
    await expect(pop).toBeInViewport({ ratio: 1 });
    await atlas.screenshot('share-glossary-popover');
  });
});

test.describe('QR hand-off', () => {
  onProjector();

  test('Q in present mode shows the step’s link as a QR code, a quarter of the screen high or more; it opens that step', async ({ warm: atlas }) => {
    const page = atlas.page;
    await atlas.openPresenter();
    const step = await atlas.presentStep();
    await expect(atlas.presenterQr()).toHaveCount(0);
    await page.keyboard.press('q');
    const qr = atlas.presenterQr();
    await expect(qr).toBeVisible();
    const box = (await qr.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(0.25 * 1080);
    expect(box.x + box.width).toBeGreaterThan(1920 * 0.75); // in the right-hand corner
    await atlas.screenshot('share-present-qr');

    // It encodes this page's address with the step's own link (its structure or frame on its layer), not the presenter.
    const url = (await qr.getAttribute('data-url'))!;
    const page0 = new URL(page.url());
    expect(url.startsWith(`${page0.origin}${page0.pathname}#`)).toBe(true);
    expect(url).not.toContain('present');
    expect(url).toMatch(/#(f|fr)=[^&]+&l=/);
    // What a phone's camera reads from the screen is that link.
    const shot = PNG.sync.read(await qr.screenshot());
    expect(jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height)?.data).toBe(url);
    await page.locator('.present-help summary').click();
    await expect(page.locator('.present-help')).toContainText('Q');

    await page.keyboard.press('q');
    await expect(qr).toBeHidden();
    await page.keyboard.press('Escape');
    await atlas.open(new URL(url).hash);
    await expect(atlas.panel().getByRole('heading', { level: 2 })).toContainText(step.title.split(' ')[0]!);
  });
});
