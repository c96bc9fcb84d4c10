import { type Page } from '@playwright/test';
import { test, expect } from './warm-atlas';
import AxeBuilder from '@axe-core/playwright';

/**
 * axe on the main views, desktop and phone: no serious or critical violation. The map canvas is
 * scanned like everything else (maplibre gives it a role and label); nothing is excluded.
 */
async function expectNoSeriousViolations(page: Page, view: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`).join('\n  ')}`);
  expect(report, `${view}: serious or critical axe violations`).toEqual([]);
}

test('the default view has no serious accessibility violation', async ({ warm: atlas }) => {
  const page = atlas.page;
  await atlas.open();
  await atlas.mapIdle();
  await expectNoSeriousViolations(page, 'default view');
});

test('the feature panel has no serious accessibility violation, in Chinese and English', { tag: '@phone' }, async ({ warm: atlas }) => {
  const page = atlas.page;
  await atlas.open('#f=jinbei-town-circle');
  await atlas.mapIdle();
  const panel = page.getByRole('complementary', { name: '晋北城镇圈' });
  await expect(panel.getByRole('heading', { level: 2, name: '晋北城镇圈' })).toBeVisible();
  await expect(panel.locator('blockquote').first()).toBeVisible();
  await panel.locator('.frame-link', { hasText: '一群两区三圈' }).click(); // open the frame's parts too
  await expectNoSeriousViolations(page, 'feature panel (zh)');
  await atlas.open('#f=fenhe-valley-town-belt&lang=en');
  await expect(page.getByRole('complementary', { name: 'Fen River Valley Town Belt' })).toBeVisible();
  await expectNoSeriousViolations(page, 'feature panel (en)');
});

test('the layers sheet with the timeline and the feature list have no serious accessibility violation', { tag: '@phone' }, async ({ warm: atlas }) => {
  const page = atlas.page;
  await atlas.open();
  await atlas.mapIdle();
  await atlas.openSheetFromTopBar('图层');
  await expect(page.getByRole('region', { name: '规划时间轴' })).toBeVisible();
  await expectNoSeriousViolations(page, 'layers');
  await page.getByRole('tab', { name: '列表' }).click();
  await expect(page.getByRole('complementary', { name: '地图要素列表' })).toBeVisible();
  await expectNoSeriousViolations(page, 'feature list');
});

test('the reader has no serious accessibility violation', async ({ warm: atlas }) => {
  const page = atlas.page;
  await atlas.open('#f=jinbei-town-circle');
  await atlas.panel().getByRole('button', { name: /在原文中查看/ }).first().click();
  const reader = page.getByRole('region', { name: /《/ });
  await expect(reader.locator('mark.mark-quote')).toBeVisible();
  await expectNoSeriousViolations(page, 'reader');
});
