import { test, expect, type Page } from '@playwright/test';
import { AtlasDriver } from './atlas-driver';

const JINBEI: [number, number] = [112.75, 39.72];

// With the service worker, as users have it: its script and its fetches are under the same policy.
test.use({ serviceWorkers: 'allow' });

test('the policy is strict and enforced', async ({ page }) => {
  const atlas = new AtlasDriver(page);
  await atlas.watchSecurityPolicy();
  await atlas.open();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = Object.fromEntries(policy!.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v.join(' ')]));
  expect(directives['default-src']).toBe("'self'");
  expect(directives['script-src']).toBe("'self'");
  expect(directives['style-src']).toBe("'self'");
  expect(directives['worker-src']).toBe("'self'");
  expect(directives['object-src']).toBe("'none'");
  expect(directives['base-uri']).toBe("'none'");
  expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|\*|https?:/);

  // An injected inline script and inline style are refused (and reported).
  const injected = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = true';
    document.body.append(script);
    const style = document.createElement('style');
    style.textContent = 'body { display: none }';
    document.head.append(style);
    return new Promise<{ pwned: boolean; hidden: boolean }>((done) => setTimeout(() => done({
      pwned: (window as unknown as { __pwned?: boolean }).__pwned === true,
      hidden: getComputedStyle(document.body).display === 'none',
    }), 100));
  });
  expect(injected).toEqual({ pwned: false, hidden: false });
  // Styles made through the CSSOM (what maplibre, React and the print layout use) are allowed.
  const cssom = await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.brand-main { letter-spacing: 3px }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const spacing = getComputedStyle(document.querySelector('.brand-main')!).letterSpacing;
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    return spacing;
  });
  expect(cssom).toBe('3px');
  expect((await atlas.cspViolations()).map((v) => v.split(' ')[0]).sort()).toEqual(['script-src-elem', 'style-src-elem']);
});

test('the main flows raise no policy violation and request nothing from another origin', async ({ page, isMobile }) => {
  test.setTimeout(90_000);
  const atlas = new AtlasDriver(page);
  await atlas.watchSecurityPolicy();
  await atlas.open();
  await atlas.mapIdle();
  await atlas.clickMapAt(JINBEI);
  const panel = page.getByRole('complementary', { name: '晋北城镇圈' });
  await panel.getByRole('button', { name: /在原文中查看/ }).first().click();
  const reader = page.getByRole('region', { name: /《/ });
  await expect(reader.locator('mark.mark-quote')).toBeVisible();
  await reader.getByRole('searchbox').fill('城镇圈');
  await expect(reader.getByText(/\d+\/\d+ 处匹配/)).toBeVisible();
  await reader.getByRole('button', { name: /返回地图/ }).click();
  if (!isMobile) {
    await page.getByRole('combobox').fill('太原');
    await page.getByRole('combobox').press('Enter');
  }
  // The phone's top bar and sheets are covered by the explorer specs; here the desktop goes on.
  if (!isMobile) await moreFlows(page, atlas);
  expect(await atlas.cspViolations()).toEqual([]);
  const origin = new URL(page.url()).origin;
  const foreign = atlas.requests.map((r) => r.url()).filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
  expect(foreign).toEqual([]);
  expect(atlas.requests.length).toBeGreaterThan(10);
  atlas.expectClean();
});

async function moreFlows(page: Page, atlas: AtlasDriver): Promise<void> {
  await page.getByRole('button', { name: '图层' }).click();
  await page.getByRole('checkbox', { name: '一核四带多组团' }).check();
  await atlas.mapIdle();
  await page.getByRole('button', { name: '数据来源' }).click();
  await expect(page.getByRole('complementary')).toContainText('MIT');
  await page.getByRole('button', { name: 'English' }).click();
  await atlas.mapIdle();
  // Zoom in so that county labels and other font subsets load too.
  await page.evaluate(() => window.__atlasMap!.jumpTo({ zoom: 9, center: [112.55, 37.87] }));
  await atlas.mapIdle();
}
