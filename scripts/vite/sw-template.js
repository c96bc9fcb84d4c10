// Shanxi Plan Atlas service worker, generated at build by scripts/vite/service-worker-plugin.ts.
// Precaches the app shell, data and map font of one build; caches the corpus's files it was not given to precache
// (a large corpus) as the page first uses them; keeps the font files it serves across builds. URLs are relative
// to this file, so the site works under any sub-path (its scope is the folder it is served from).
/* global self, caches, fetch, URL, Request, Response */
const VERSION = __VERSION__;
const PRECACHE = __PRECACHE__;
/** Path prefixes (relative to the scope) of files cached on first use. */
const ON_USE = __ON_USE__;
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

// The page hands over the font subsets and corpus files it loaded before this worker controlled it (one at a time).
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'cache-loaded' || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter((u) => typeof u === 'string').map((u) => new URL(u, scope)).filter((u) => isFont(u) || isOnUse(u));
  event.waitUntil((async () => {
    for (const url of urls) {
      const cache = await caches.open(keptIn(url));
      if (!(await cache.match(url.href, { ignoreSearch: true }))) await cache.add(url.href).catch(() => {});
    }
    event.ports[0]?.postMessage('kept'); // the page hands over the next file once this one is kept
  })());
});

// A font is kept across builds (any cache's copy serves); a corpus file only for this build.
const keptIn = (url) => (isFont(url) ? FONTS : SHELL);
const kept = async (url) => (isFont(url) ? caches.match(url.href, { ignoreSearch: true }) : (await caches.open(SHELL)).match(url.href, { ignoreSearch: true }));

const isOnUse = (url) => url.origin === scope.origin && ON_USE.some((prefix) => url.pathname.startsWith(scope.pathname + prefix));
const isFont = (url) => url.origin === scope.origin && url.pathname.startsWith(scope.pathname + 'fonts/') && url.pathname.endsWith('.woff2');

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  if (request.mode === 'navigate') {
    event.respondWith(cacheFirst(INDEX, request));
  } else if (isFont(url) || isOnUse(url)) {
    event.respondWith(firstUse(url, request));
  } else {
    event.respondWith(cacheFirst(request, request));
  }
});

// This version's files first; the previous version's only for what a tab still running it asks for.
async function cacheFirst(key, request) {
  const hit = (await (await caches.open(SHELL)).match(key, { ignoreSearch: true })) ?? (await caches.match(key, { ignoreSearch: true }));
  return hit ?? fetch(request);
}

// Served from the cache that keeps it; else fetched, and kept. A file the network cannot give (offline, or gone
// with a new deploy while a tab still runs the old version) is served from an earlier build's cache if one has it.
async function firstUse(url, request) {
  const hit = await kept(url);
  if (hit) return hit;
  const earlier = () => caches.match(url.href, { ignoreSearch: true });
  let response;
  try {
    response = await fetch(request);
  } catch (error) {
    const copy = await earlier();
    if (copy) return copy;
    throw error;
  }
  if (!response.ok) return (await earlier()) ?? response;
  await (await caches.open(keptIn(url))).put(url.href, response.clone());
  return response;
}
