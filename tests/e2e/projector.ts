// The projector the presenter is laid out for: 1920×1080 at 1×, in a desktop browser.
import { test } from './warm-atlas';

/** Called in a describe: its tests run on the projector, in the desktop project only. */
export function onProjector(): void {
  test.use({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false });
  test.skip(() => test.info().project.name !== 'desktop', 'projector layout: desktop project only');
}
