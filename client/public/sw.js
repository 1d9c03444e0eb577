// Offline reading of the pre-learning package. Units a participant opened (and the package list)
// are kept in a cache and served from it when the network is gone; the app shell (index.html and
// its hashed assets) is cached on the way, so the page itself loads offline. Only GET requests of
// the same origin are touched. Progress made offline is queued by the page (localStorage) and sent
// when the connection returns; the server's upsert makes replays harmless.
const VERSION = 'v1';
const SHELL = `sstc-shell-${VERSION}`;
const LEARNING = `sstc-learning-${VERSION}`;
// Who is signed in is needed to show anything; the units and the package list are what is read offline.
const LEARNING_API = [/^\/api\/auth\/me$/, /^\/api\/learning\/units\/[0-9a-f-]{36}$/, /^\/api\/editions\/[0-9a-f-]{36}\/learning$/];

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (![SHELL, LEARNING].includes(key)) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  // The page asks to forget cached units when its user signs out.
  if (event.data === 'clear-learning') event.waitUntil(caches.delete(LEARNING));
  // The page lists the scripts and styles it loaded before this worker controlled it, and its
  // shell, so that it can start again without the network.
  if (event.data?.type === 'cache-shell') event.waitUntil(cacheShell(event.data.urls));
});

async function cacheShell(urls) {
  const cache = await caches.open(SHELL);
  const wanted = ['/', ...urls.filter((url) => new URL(url, self.location.origin).pathname.startsWith('/assets/'))];
  for (const url of wanted) if (!(await cache.match(url))) await cache.add(url).catch(() => undefined);
  // Who is signed in was asked before this worker was in charge; keep it for an offline start.
  const me = await fetch('/api/auth/me', { credentials: 'same-origin' }).catch(() => undefined);
  if (me?.ok) await (await caches.open(LEARNING)).put('/api/auth/me', me);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Signing out forgets what was kept for offline reading (the request itself goes on untouched).
  if (request.method === 'POST' && url.pathname.startsWith('/api/auth/sign-out')) return event.waitUntil(caches.delete(LEARNING));
  if (request.method !== 'GET') return;
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
    // A session that has ended (signed out elsewhere, expired) leaves nothing of its person behind.
    else if (response.status === 401) await caches.delete(LEARNING);
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
