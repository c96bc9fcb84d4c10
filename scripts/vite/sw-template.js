// Shanxi Plan Atlas service worker, generated at build by scripts/vite/service-worker-plugin.ts.
// Precaches the app shell, data and map font of one build; keeps the font files it serves across builds. URLs are relative
// to this file, so the site works under any sub-path (its scope is the folder it is served from).
/* global self, caches, fetch, URL, Request, Response */
const VERSION = __VERSION__;
const PRECACHE = __PRECACHE__;
const SHELL = `atlas-shell-${VERSION}`;
const FONTS = 'atlas-fonts';
const scope = new URL('./', self.location.href);
const abs = (path) => new URL(path, scope).href;
const INDEX = abs('index.html');

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(SHELL)
      .then((cache) => cache.addAll(PRECACHE.map((p) => new Request(abs(p), { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

// Keeps this version and the one before it, so a tab still running the old version can load its chunks.
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const shells = (await caches.keys()).filter((k) => k.startsWith('atlas-shell-') && k !== SHELL);
    await Promise.all(shells.slice(0, -1).map((k) => caches.delete(k)));
    await self.clients.claim();
  })());
});

// The page hands over the font subsets it loaded before this worker controlled it.
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'cache-fonts' || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter((u) => typeof u === 'string' && isFont(new URL(u, scope)));
  event.waitUntil(caches.open(FONTS).then(async (cache) => {
    for (const u of urls) if (!(await cache.match(u))) await cache.add(u).catch(() => {});
  }));
});

const isFont = (url) => url.origin === scope.origin && url.pathname.startsWith(scope.pathname + 'fonts/') && url.pathname.endsWith('.woff2');

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  if (request.mode === 'navigate') {
    event.respondWith(cacheFirst(INDEX, request));
  } else if (isFont(url)) {
    event.respondWith(fontFirstUse(request));
  } else {
    event.respondWith(cacheFirst(request, request));
  }
});

// This version's files first; the previous version's only for what a tab still running it asks for.
async function cacheFirst(key, request) {
  const hit = (await (await caches.open(SHELL)).match(key, { ignoreSearch: true })) ?? (await caches.match(key, { ignoreSearch: true }));
  return hit ?? fetch(request);
}

async function fontFirstUse(request) {
  const cache = await caches.open(FONTS);
  // The map's font files are small enough to be precached with the build; the font cache keeps them across builds.
  const hit = (await cache.match(request)) ?? (await caches.match(request, { ignoreSearch: true }));
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}
