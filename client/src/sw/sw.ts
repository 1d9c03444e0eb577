// The service worker (vite-plugin-pwa builds it with Workbox, strategy injectManifest; the page
// registers it from app/service-worker.ts). What it keeps, and for how long:
// - the app shell, precached per version: index.html, the entry's JavaScript, the styles, the web
//   manifests and icons. A new version installs beside the old one and waits until the person
//   accepts the "new version" prompt; the old precache is then deleted.
// - the other chunks (pages, the languages' texts), cached the first time they are used, in a cache
//   named after the version, so an update drops them too;
// - API reads (GET /api/…, JSON answers only), network first: the answer is stored for offline
//   reading; a link that does not answer within 3 s, or no link at all, gets the stored copy. Signing
//   out, or any 401, forgets them: they belong to the person signed in.
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

const MANIFEST = self.__WB_MANIFEST;
/** Changes with every build whose shell changed (the entry, index.html, styles…). */
const VERSION = fnv1a(JSON.stringify(MANIFEST));
const API_CACHE = 'sstc-api';
const ASSETS_CACHE = `sstc-assets-${VERSION}`;
/** Caches of the hand-written worker this one replaces. */
const LEGACY_CACHES = ['sstc-shell-v1', 'sstc-learning-v1'];
const API_TIMEOUT_SECONDS = 3;

precacheAndRoute(MANIFEST);
cleanupOutdatedCaches();
clientsClaim();

// Every page of the app is index.html; the API, the websocket and the API documentation are not.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api(\/|$)/, /^\/socket\.io/] }));

// Hashed chunks never change under their name: the first copy is the right one.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/assets/'),
  new CacheFirst({
    cacheName: ASSETS_CACHE,
    plugins: [
      // A missing chunk must not be stored as whatever answered instead.
      {
        cacheWillUpdate: async ({ response }) =>
          response.status === 200 && /javascript|css/.test(response.headers.get('content-type') ?? '') ? response : null,
      },
      new ExpirationPlugin({ maxEntries: 150 }),
    ],
  }),
);

registerRoute(
  ({ url, sameOrigin, request }) => sameOrigin && request.method === 'GET' && isApiRead(url),
  new NetworkFirst({
    cacheName: API_CACHE,
    networkTimeoutSeconds: API_TIMEOUT_SECONDS,
    plugins: [
      {
        cacheWillUpdate: async ({ response }) =>
          response.status === 200 && (response.headers.get('content-type') ?? '').includes('json') ? response : null,
        // The session has ended (expired, signed out elsewhere): nothing of its person stays.
        fetchDidSucceed: async ({ response }) => {
          if (response.status === 401) await caches.delete(API_CACHE);
          return response;
        },
      },
      new ExpirationPlugin({ maxEntries: 500, maxAgeSeconds: 60 * 86_400 }),
    ],
  }),
);

/** JSON reads worth keeping: not the API documentation, health, or file downloads (CSV, iCalendar). */
function isApiRead(url: URL): boolean {
  const path = url.pathname;
  return path.startsWith('/api/') && !/^\/api\/(docs|health)/.test(path) && !/\.(csv|ics)$/.test(path);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || request.method !== 'POST' || !url.pathname.startsWith('/api/auth/')) return;
  // Signing out forgets the person's API answers (the request itself goes on untouched).
  if (url.pathname.startsWith('/api/auth/sign-out')) {
    event.waitUntil(caches.delete(API_CACHE));
    return;
  }
  // Signed in (by password, invitation or reset): who that is was asked before, so keep it for an
  // offline start.
  event.respondWith(
    (async () => {
      const response = await fetch(request);
      if (response.ok) event.waitUntil(keepCurrentUser());
      return response;
    })(),
  );
});

async function keepCurrentUser(): Promise<void> {
  const me = await fetch('/api/auth/me', { credentials: 'same-origin', headers: { Accept: 'application/json' } }).catch(() => undefined);
  if (me?.ok) await (await caches.open(API_CACHE)).put('/api/auth/me', me);
}

self.addEventListener('install', (event) => {
  // Coming from the hand-written worker, which had no prompt: take over at once.
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      if (keys.some((key) => LEGACY_CACHES.includes(key))) await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys())
        if (LEGACY_CACHES.includes(key) || (key.startsWith('sstc-assets-') && key !== ASSETS_CACHE)) await caches.delete(key);
    })(),
  );
});

self.addEventListener('message', (event) => {
  const data: unknown = event.data;
  // The page accepted the new version: it reloads once this worker is in charge.
  if (data && typeof data === 'object' && (data as { type?: unknown }).type === 'SKIP_WAITING') void self.skipWaiting();
  // The page lists what it loaded before this worker was in charge (its chunks, who is signed in),
  // so that those are there offline too.
  if (data && typeof data === 'object' && (data as { type?: unknown }).type === 'KEEP') {
    const urls = (data as { urls?: unknown }).urls;
    if (Array.isArray(urls)) event.waitUntil(keep(urls.filter((url): url is string => typeof url === 'string')));
  }
});

async function keep(urls: string[]): Promise<void> {
  const assets = await caches.open(ASSETS_CACHE);
  for (const url of urls) {
    const { pathname, origin } = new URL(url, self.location.origin);
    if (origin !== self.location.origin || !pathname.startsWith('/assets/') || !/\.(js|css)$/.test(pathname)) continue;
    if (await caches.match(pathname)) continue;
    const response = await fetch(pathname).catch(() => undefined);
    if (response?.status === 200) await assets.put(pathname, response);
  }
  if (!(await (await caches.open(API_CACHE)).match('/api/auth/me'))) await keepCurrentUser();
}

/** A short, stable hash (FNV-1a, 32 bits) of the precache manifest. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}
