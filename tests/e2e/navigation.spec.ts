// Menus and keyboard focus: the phone's "⋯" menu closes on an outside tap (which it swallows), on
// Escape and on choosing an item; an opened panel takes keyboard focus; nothing hidden is in the tab
// order; focus rings are visible (at least 2 px, 3:1 against what is around them).
import { test, expect, type Page } from '@playwright/test';
import { AtlasDriver } from './atlas-driver';

test.describe.configure({ timeout: 180_000 });

/** The live map has its data (generous: the shared test machine can be slow to start it), then idle. */
async function mapReady(page: Page, atlas: AtlasDriver): Promise<void> {
  await page.waitForFunction(() => !!window.__atlasMap?.isStyleLoaded() && window.__atlasMap.querySourceFeatures('plan').length > 0, undefined, { timeout: 90_000 });
  await atlas.mapIdle();
}

const phone = (page: Page) => (page.viewportSize()?.width ?? 1000) < 720;

/** WCAG contrast ratio of two CSS colours (rgb/rgba strings). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test.describe('the phone’s “more” menu', () => {
  test.skip(({ page }) => !phone(page), 'phone only: on a desktop the modes are in the top bar');

  test('closes on an outside tap without selecting what is under it, on Escape and on choosing', { tag: '@phone' }, async ({ page }) => {
    const atlas = new AtlasDriver(page);
    await atlas.open();
    await mapReady(page, atlas);
    const more = page.getByRole('banner').getByRole('button', { name: /更多|More/ });
    const menuItem = page.getByRole('banner').getByRole('button', { name: /对比/ });

    // A tap on a feature while the menu is open only closes the menu.
    await more.click();
    await expect(menuItem).toBeVisible();
    await atlas.screenshot('more-menu-open');
    await atlas.clickMapAt([112.75, 39.72]);
    await expect(menuItem).toBeHidden();
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await page.waitForTimeout(500);
    await expect(page).not.toHaveURL(/f=/);
    await expect(atlas.sheet()).toHaveCount(0);
    // The next tap reaches the map again.
    await atlas.clickMapAt([112.75, 39.72]);
    await expect(page).toHaveURL(/f=/);

    await more.click();
    await expect(menuItem).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(menuItem).toBeHidden();
    await expect(more).toBeFocused();
    await expect(page, 'Escape closed only the menu').toHaveURL(/f=/);

    await more.click();
    await page.getByRole('banner').getByRole('button', { name: '数据来源' }).click();
    await expect(menuItem).toBeHidden();
    await expect(page.getByRole('complementary', { name: '数据来源' })).toBeVisible();
    atlas.expectClean();
  });
});

test.describe('keyboard focus', () => {
  test.skip(({ page }) => phone(page), 'desktop keyboard');

  test('an opened panel takes focus; only visible things are in the tab order; focus rings show', async ({ page }) => {
    const atlas = new AtlasDriver(page);
    await atlas.open();
    await mapReady(page, atlas);

    await atlas.openSheetFromTopBar('列表');
    const panel = page.getByRole('complementary', { name: '地图要素列表' });
    await expect(panel).toBeVisible();
    await expect.poll(() => panel.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    // The next Tab stays in the panel.
    await page.keyboard.press('Tab');
    expect(await panel.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');

    // Tab through the page from its start: every stop is visible and has a visible focus ring.
    await page.evaluate(() => { document.body.tabIndex = -1; document.body.focus(); document.body.removeAttribute('tabindex'); });
    const stops: { name: string; visible: boolean; ring: number; colour: string; around: string }[] = [];
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const box = el.getBoundingClientRect();
        // The ring is the element's outline, or its field's (a text box inside a :focus-within frame).
        let ringOwner: Element = el;
        for (let n: Element | null = el; n && n !== document.body; n = n.parentElement) {
          if (getComputedStyle(n).outlineStyle !== 'none') { ringOwner = n; break; }
        }
        const ringStyle = getComputedStyle(ringOwner);
        const style = getComputedStyle(el);
        const hidden = box.width < 2 || box.height < 2 || style.visibility === 'hidden' || el.closest('[aria-hidden="true"]') !== null
          || document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === null;
        // What the ring is seen against: the nearest opaque background up the tree.
        let bg = 'rgb(255, 255, 255)';
        for (let n: HTMLElement | null = ringOwner.parentElement; n; n = n.parentElement) {
          const c = getComputedStyle(n).backgroundColor;
          if (c && c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') { bg = c; break; }
        }
        return {
          name: `${el.tagName.toLowerCase()}.${el.className} ${el.getAttribute('aria-label') ?? el.textContent?.slice(0, 20) ?? ''}`,
          visible: !hidden,
          ring: ringStyle.outlineStyle === 'none' ? 0 : parseFloat(ringStyle.outlineWidth),
          colour: ringStyle.outlineColor,
          around: el.tagName === 'CANVAS' ? 'rgb(241, 240, 234)' : bg,
        };
      }));
    }
    // Past the last stop focus leaves the page (the body): the tab order has ended.
    const end = stops.findIndex((s) => s.name.startsWith('body.'));
    if (end >= 0) stops.splice(end);
    for (const s of stops) {
      expect(s.visible, `${s.name} is visible`).toBe(true);
      expect(s.ring, `${s.name} focus ring width`).toBeGreaterThanOrEqual(2);
      expect(contrast(s.colour, s.around), `${s.name} ring ${s.colour} against ${s.around}`).toBeGreaterThanOrEqual(3);
    }
    expect(stops.some((s) => s.name.startsWith('canvas')), 'the map is a stop').toBe(true);
    await page.locator('.maplibregl-canvas').focus();
    await atlas.screenshot('map-focus-ring');
  });
});
