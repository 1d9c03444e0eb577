const KEY = 'sstc.chunk-reload-at';
/** A second failure within this time is not a deploy: the page shows the error instead. */
const ONCE_WITHIN_MS = 60_000;

/**
 * After a deploy, a page that was open asks for chunks of its own version, which the server no
 * longer has. Reloading once brings the new version; a second failure soon after (or no network at
 * all, where a reload cannot help) is left to the error page. Returns whether it reloads.
 */
export function reloadOnceForNewVersion(now = Date.now(), reload = () => window.location.reload()): boolean {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return false;
  try {
    const last = Number(sessionStorage.getItem(KEY) ?? 0);
    if (now - last < ONCE_WITHIN_MS) return false;
    sessionStorage.setItem(KEY, String(now));
  } catch {
    return false;
  }
  reload();
  return true;
}

/** Browsers word a failed dynamic import differently; all of them raise a TypeError. */
export function isChunkLoadError(error: unknown): boolean {
  return error instanceof TypeError && /dynamically imported module|module script|import/i.test(error.message);
}

/** Vite reports a chunk that failed to preload with this event; a reload replaces the error. */
export function reloadOnChunkFailure(): void {
  window.addEventListener('vite:preloadError', (event) => {
    if (reloadOnceForNewVersion()) event.preventDefault();
  });
}
