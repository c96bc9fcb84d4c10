// A test that starts from a link, and needs nothing of a first visit, can share one running app per worker:
// the `warm` fixture is a driver on a page whose live map has already booted, and its `open(hash)` applies the
// link in that app (the state back to the defaults, the camera back home, then the link) instead of loading
// the app again — booting the map is most of an end-to-end test's time on a two-core machine.
// A failed test ends its worker, so the next test gets a fresh app. Tests about loading (requests, the picture,
// the first view) and about history (Back) use their own page, not this one.
import { test as base, type Page } from '@playwright/test';
import { AtlasDriver } from './atlas-driver';

export { expect } from '@playwright/test';

export const test = base.extend<{ warm: AtlasDriver }, { warmPage: Page }>({
  warmPage: [async ({ browser }, use, workerInfo) => {
    const u = workerInfo.project.use;
    const context = await browser.newContext({
      baseURL: u.baseURL, viewport: u.viewport, deviceScaleFactor: u.deviceScaleFactor, isMobile: u.isMobile,
      hasTouch: u.hasTouch, userAgent: u.userAgent, locale: u.locale, reducedMotion: u.reducedMotion, serviceWorkers: u.serviceWorkers,
    });
    await use(await context.newPage());
    await context.close();
  }, { scope: 'worker' }],
  warm: async ({ warmPage, viewport }, use) => {
    if (viewport) await warmPage.setViewportSize(viewport);
    const atlas = new AtlasDriver(warmPage, { warm: true });
    await use(atlas);
    atlas.detach();
  },
});
