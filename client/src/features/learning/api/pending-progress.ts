/** Where the progress queue (progress-queue.ts) keeps writes that wait for the network. */
export const PROGRESS_QUEUE_KEY = 'sstc.learning.progress-queue';

/** Whether progress writes wait, read without loading the queue's code (app start checks it). */
export function hasPendingProgress(): boolean {
  try {
    const queue: unknown = JSON.parse(localStorage.getItem(PROGRESS_QUEUE_KEY) ?? '[]');
    return Array.isArray(queue) && queue.length > 0;
  } catch {
    return false;
  }
}

/**
 * Sends waiting progress at app start and whenever the connection returns, not only when a unit is
 * next opened; the queue's code is fetched only when something waits.
 */
export function flushPendingProgressWhenOnline(): void {
  const flush = () => {
    if (hasPendingProgress()) void import('./progress-queue.js').then(({ flushProgress }) => flushProgress());
  };
  flush();
  window.addEventListener('online', flush);
}
