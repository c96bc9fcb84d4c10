import { test } from '@playwright/test';
import { AtlasDriver } from './atlas-driver';
test('shot', async ({ page }, info) => {
  const atlas = new AtlasDriver(page);
  await atlas.open(process.env.HASH ?? '');
  await atlas.mapIdle();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/shots/${info.project.name}-${process.env.NAME ?? 'home'}.png` });
  console.log('errors', atlas.consoleErrors, atlas.foreignRequests);
});
