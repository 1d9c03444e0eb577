import { registerSW } from 'virtual:pwa-register';
import { appUpdate } from '../lib/app-update.js';

/** How often an open page asks whether a new version was deployed. */
const UPDATE_CHECK_MS = 60 * 60_000;

/**
 * Registers the service worker (src/sw/sw.ts) once the first page is on screen. A new version
 * waits until the person accepts the prompt (components/update-prompt.tsx), then the page reloads
 * into it. Loaded as its own chunk, with workbox-window, after the first render.
 */
export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const switchToNew = registerSW({
    immediate: true,
    onNeedRefresh: () =>
      appUpdate.offer(async () => {
        // workbox-window reloads by itself only when the page had a worker when it loaded; a page
        // whose first visit installed the worker reloads here once the new one is in charge.
        navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
        await switchToNew(true);
      }),
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      watchForWaitingWorker(registration);
      setInterval(() => {
        if (navigator.onLine) void registration.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
  });
  keepWhatLoadedBeforeControl();
}

/**
 * Also watches the registration itself: workbox-window misses a new worker found while its own
 * registration is still settling (seen under load), and then no prompt would show.
 */
function watchForWaitingWorker(registration: ServiceWorkerRegistration): void {
  const offer = () => {
    if (!registration.waiting || !navigator.serviceWorker.controller) return;
    appUpdate.offer(async () => {
      navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
      registration.waiting?.postMessage({ type: 'SKIP_WAITING' });
    });
  };
  offer();
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => installing.state === 'installed' && offer());
  });
}

/**
 * The first visit loads its chunks, its language and who is signed in before the worker is in
 * charge; once it is, it is told to keep them, so that the next start works offline.
 */
function keepWhatLoadedBeforeControl(): void {
  if (navigator.serviceWorker.controller) return;
  navigator.serviceWorker.addEventListener(
    'controllerchange',
    () => {
      const urls = performance.getEntriesByType('resource').map((entry) => entry.name);
      navigator.serviceWorker.controller?.postMessage({ type: 'KEEP', urls });
    },
    { once: true },
  );
}
