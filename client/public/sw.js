// Offline reading of the pre-learning package. Units a participant opened (and the package list)
// are kept in a cache and served from it when the network is gone; the app shell (index.html and
// its hashed assets) is cached on the way, so the page itself loads offline. Only GET requests of
// the same origin are touched. Progress made offline is queued by the page (localStorage) and sent
// when the connection returns; the server's upsert makes replays harmless.
const VERSION = 'v1';
const SHELL = `sstc-shell-${VERSION}`;
const LEARNING = `sstc-learning-${VERSION}`;
const LEARNING_API = [/^\/api\/learning\/units\/[0-9a-f-]{36}$/, /^\/api\/editions\/[0-9a-f-]{36}\/learning$/];

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (![SHELL, LEARNING].includes(key)) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

// The page asks to forget cached units when its user signs out.
self.addEventListener('message', (event) => {
  if (event.data === 'clear-learning') event.waitUntil(caches.delete(LEARNING));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (LEARNING_API.some((pattern) => pattern.test(url.pathname))) return event.respondWith(networkFirst(request, LEARNING));
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/socket.io')) return;
  if (request.mode === 'navigate') return event.respondWith(networkFirst(request, SHELL, '/'));
  if (url.pathname.startsWith('/assets/')) return event.respondWith(cacheFirst(request, SHELL));
});

/** Fresh when online (and the copy refreshed); the last good copy when not. */
async function networkFirst(request, cacheName, fallbackKey) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(fallbackKey ?? request, response.clone());
    return response;
  } catch (error) {
    const cached = (await cache.match(request, { ignoreSearch: false })) ?? (fallbackKey ? await cache.match(fallbackKey) : undefined);
    if (cached) return cached;
    throw error;
  }
}

/** Hashed assets never change: the cached copy is always right. */
async function cacheFirst(request, cacheName) {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}
