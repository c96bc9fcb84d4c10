// Scripts the benchmark runs inside the page. They stay self-contained: Playwright serialises them.
import type { Browser, BrowserContext, BrowserContextOptions } from '@playwright/test';

declare global {
  interface Window { __benchFirstIdle?: number }
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
