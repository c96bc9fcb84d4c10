// Registers the service worker (production builds only: see main.tsx) that makes the app work offline
// after one visit, and tells the user when a newly deployed version has taken over.
import type { AtlasStore } from '../store/atlas-store';
import { whenFirstViewSettled } from '../store/when-state';
import { defineStrings } from '../lib/i18n/define-strings';
import { userQuiet } from '../components/user-quiet';

const text = defineStrings({
  updated: { zh: '新版本已就绪，刷新页面即可使用。', en: 'A new version is ready: reload the page to use it.' },
});

const isFont = (name: string) => /\/fonts\/[\w-]+\.woff2$/.test(name);
const isData = (name: string) => /\/data\/[^?#]+\.json$/.test(name);

/** Asks the worker to keep one file; resolves once it has (or has not answered in 10 s: an older worker does not). */
function keptBy(worker: ServiceWorker, url: string): Promise<void> {
  return new Promise((done) => {
    const channel = new MessageChannel();
    const giveUp = setTimeout(done, 10_000);
    channel.port1.onmessage = () => { clearTimeout(giveUp); done(); };
    worker.postMessage({ type: 'cache-loaded', urls: [url] }, [channel.port2]);
  });
}

/**
 * Hands every font subset this page downloads to the worker, which keeps it across builds, and every data file
 * the worker did not serve (loaded before it controlled the page, or while it was installing): it keeps those of
 * the corpus it did not precache (see scripts/vite/precache-list.ts) for offline use. The worker fetches each file
 * again to keep it (with fifty plans, megabytes), so they go one at a time, each in a quiet moment after the
 * worker is ready: handed over at once, they were fetched and written while the user typed (a quiet moment before
 * the worker had installed let them through later).
 */
export function handLoadedFilesToWorker(sw: Pick<ServiceWorkerContainer, 'ready'>): void {
  if (typeof PerformanceObserver === 'undefined') return;
  const queue: string[] = [];
  let handing = false;
  const handOver = async () => {
    if (handing) return;
    handing = true;
    try {
      const registration = await sw.ready;
      while (queue.length) {
        await userQuiet();
        const worker = registration.active;
        if (!worker) return;
        await keptBy(worker, queue.shift()!);
      }
    } finally {
      handing = false;
    }
  };
  const handed = (e: PerformanceEntry) => isFont(e.name) || (isData(e.name) && !(e as PerformanceResourceTiming).workerStart);
  new PerformanceObserver((list) => {
    queue.push(...list.getEntries().filter(handed).map((e) => e.name));
    if (queue.length) void handOver();
  }).observe({ type: 'resource', buffered: true });
}

export function registerServiceWorker(store: AtlasStore): void {
  if (!('serviceWorker' in navigator)) return;
  const sw = navigator.serviceWorker;
  // A first visit gains a worker (claimed, not updated); every later change of worker is a new version.
  let controlled = !!sw.controller;
  sw.addEventListener('controllerchange', () => {
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
  // Installing precaches about 2 MB (gzip; the plan-text index is a quarter of it; a larger corpus is cached as it
  // is used instead, so this does not grow). It waits until the page has loaded and its first view is settled (the
  // live map drawn, or 15 s on the picture, as the details do), then for a quiet moment (user-quiet.ts): a first
  // visit's first action (a search and a pick, a tap on the picture) does not share the network and the CPU with
  // it (on this machine it doubled the time from a cold pick to its quote).
  const loaded = new Promise<void>((done) => {
    if (document.readyState === 'complete') done();
    else window.addEventListener('load', () => done(), { once: true });
  });
  void Promise.all([loaded, whenFirstViewSettled(store)])
    .then(userQuiet)
    .then(register);
  handLoadedFilesToWorker(sw);
}
