// Scripts the benchmark runs inside the page. They stay self-contained: Playwright serialises them.
import type { Browser, BrowserContext, BrowserContextOptions } from '@playwright/test';

declare global {
  interface Window { __benchFirstIdle?: number; __benchMapTimes?: { render: number; idle: number } }
}

/**
 * Init script: when the page publishes its map as `window.__atlasMap`, listen for `idle` and record
 * (in ms since navigation) the first idle at which the basemap and the plan features are drawn.
 */
export function recordFirstIdle(): void {
  let current: unknown;
  Object.defineProperty(window, '__atlasMap', {
    configurable: true,
    get: () => current,
    set(map) {
      current = map;
      if (!map) return;
      const m = map as import('maplibre-gl').Map;
      const check = () => {
        const at = performance.now();
        const drawn = (layers: string[]) => m.queryRenderedFeatures({ layers }).length > 0;
        if (drawn(['province-fill']) && drawn(['plan-fill', 'plan-line', 'plan-point'])) {
          window.__benchFirstIdle = at;
          m.off('idle', check);
        }
      };
      m.on('idle', check);
    },
  });
}

/**
 * Init script: the app's first view is a picture until the user reaches for the map. The benchmark
 * reaches at once (a pointer over the picture as soon as it is in the page), so every figure includes
 * loading and drawing the interactive map. The bare maplibre page has no picture: nothing happens.
 */
export function reachForMapAtOnce(): void {
  // Polled, not observed: the picture listens only once React's effects have run, after it is in the page.
  const timer = setInterval(() => {
    const picture = document.querySelector('[data-testid="map-preview"]');
    if (document.querySelector('.maplibregl-canvas') || picture?.getAttribute('aria-busy') === 'true') return clearInterval(timer);
    picture?.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, pointerType: 'mouse' }));
  }, 20);
}

/**
 * Resolves once the map has drawn everything it had started (camera, tiles, fades): it fired `idle`
 * after its last `render`, 100 ms ago, and is not moving. The first call starts listening; it also
 * waits 100 ms first, because the app starts its map work a frame after the panel's.
 */
export async function waitForMapDrawn(): Promise<void> {
  const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
  const map = window.__atlasMap as import('maplibre-gl').Map | undefined;
  if (!map) return;
  if (!window.__benchMapTimes) {
    const times = { render: 0, idle: 0 };
    window.__benchMapTimes = times;
    map.on('render', () => { times.render = performance.now(); });
    map.on('idle', () => { times.idle = performance.now(); });
    map.triggerRepaint(); // an idle to start from
  }
  const times = window.__benchMapTimes;
  await sleep(100);
  for (const end = performance.now() + 10_000; performance.now() < end; await sleep(50)) {
    if (times.idle >= times.render && performance.now() - times.idle >= 100 && !map.isMoving()) return;
  }
}

/** The older, shorter wait: the camera has stopped and 100 ms have passed (tiles may still be drawing). */
export async function waitForMapMoved(): Promise<void> {
  const map = window.__atlasMap as import('maplibre-gl').Map | undefined;
  await new Promise<void>((r) => {
    // Checked when the wait ends, not when it starts: the app may start map work just after the
    // panel's frame (feature state, the camera move), which a check made at once would miss.
    const check = () => setTimeout(() => {
      if (!map || (map.loaded() && !map.isMoving())) r();
      else map.once('idle', check);
    }, 100);
    check();
  });
}

/**
 * Resolves when three frames in a row came less than 25 ms apart (at most 3 s): frames drawn before
 * (on a software renderer, 150–300 ms each for a full map) no longer hold up the next one.
 */
export async function waitForCalmFrames(): Promise<void> {
  const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
  let calm = 0;
  let previous = performance.now();
  for (const end = previous + 3000; calm < 3 && performance.now() < end;) {
    await frame();
    const now = performance.now();
    calm = now - previous < 25 ? calm + 1 : 0;
    previous = now;
  }
}

/**
 * A fresh browser context (cold cache) whose pages reach for the map at once and record the first drawn idle. tsx compiles these
 * scripts with esbuild's keepNames, whose `__name` helper must exist in the page too.
 */
export async function benchContext(browser: Browser, options: BrowserContextOptions): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  await context.addInitScript(recordFirstIdle);
  await context.addInitScript(reachForMapAtOnce);
  return context;
}
