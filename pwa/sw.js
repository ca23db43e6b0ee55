// ValueDesk's service worker: precaches the whole hashed build as one versioned set and
// serves it cache-first, so that the app loads and works with no network, deep links
// included. A new version installs beside the old one and waits: the page tells its user,
// who reloads when they choose; the two versions' files never mix.
// scripts/pwa-build.py fills in the version and the file list at each release build.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `valuedesk-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

// The page asks for this when its user chooses to reload into the new version.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
  if (event.data === 'version' && event.ports[0]) event.ports[0].postMessage(VERSION);
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('valuedesk-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const scope = new URL(self.registration.scope);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // Every page is index.html (routes live in the fragment).
    const key = request.mode === 'navigate' ? new URL('index.html', scope).href : request;
    return (await cache.match(key, { ignoreSearch: true })) ?? fetch(request);
  })());
});
