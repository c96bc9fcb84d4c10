// Registers the service worker (production builds only: see main.tsx) that makes the app work offline
// after one visit, and tells the user when a newly deployed version has taken over.
import type { AtlasStore } from '../store/atlas-store';
import { defineStrings } from '../lib/i18n/define-strings';

const text = defineStrings({
  updated: { zh: '新版本已就绪，刷新页面即可使用。', en: 'A new version is ready: reload the page to use it.' },
});

/** Font subsets this page has already downloaded: the worker caches them for offline use. */
const loadedFonts = () =>
  performance.getEntriesByType('resource').map((e) => e.name).filter((name) => /\/fonts\/[\w-]+\.woff2$/.test(name));

export function registerServiceWorker(store: AtlasStore): void {
  if (!('serviceWorker' in navigator)) return;
  const sw = navigator.serviceWorker;
  // A first visit gains a worker (claimed, not updated); every later change of worker is a new version.
  let controlled = !!sw.controller;
  const handOverFonts = () => sw.controller?.postMessage({ type: 'cache-fonts', urls: loadedFonts() });
  sw.addEventListener('controllerchange', () => {
    handOverFonts();
    if (controlled) store.getState().showNotice(text(store.getState().lang, 'updated'));
    controlled = true;
  });
  const register = () => {
    sw.register(new URL('sw.js', document.baseURI).href)
      .then((registration) => {
        document.addEventListener('visibilitychange', () => {
          if (document.visibilityState === 'visible') registration.update().catch(() => {});
        });
      })
      .catch((e: Error) => console.warn('Service worker not registered:', e.message));
  };
  // Installing precaches about 1 MB (gzip): wait until the first view has loaded and the page is idle.
  const later = () => setTimeout(() => ('requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 5000 }) : register()), 2000);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
  sw.ready.then((registration) => registration.active?.postMessage({ type: 'cache-fonts', urls: loadedFonts() })).catch(() => {});
}
