import { ApiError, NetworkError } from '../../../lib/api.js';
import { learningApi } from './learning.api.js';
import { PROGRESS_QUEUE_KEY as STORAGE_KEY } from './pending-progress.js';

/** One progress write waiting for the network: the latest state per unit, with when it happened. */
export interface QueuedProgress {
  unitId: string;
  completed: boolean;
  at: string;
}

type Listener = (pending: number) => void;
const listeners = new Set<Listener>();
let flushing: Promise<void> = Promise.resolve();

function read(): QueuedProgress[] {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]') as QueuedProgress[];
  } catch {
    return [];
  }
}

function write(queue: QueuedProgress[]): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(queue));
  } catch {
    // Storage full or disabled: the write stays in memory only until the page closes.
  }
  for (const listener of listeners) listener(queue.length);
}

/**
 * Queues a progress write and tries to send it. Writes are kept per unit (a completion is never
 * replaced by a mere opening) with the time they happened, and the server's upsert is idempotent,
 * so sending one twice, late, or after a reload loses nothing and counts nothing twice.
 */
export async function recordProgress(unitId: string, completed: boolean, at = new Date()): Promise<void> {
  const queue = read();
  const existing = queue.find((entry) => entry.unitId === unitId);
  if (existing) existing.completed ||= completed;
  else queue.push({ unitId, completed, at: at.toISOString() });
  write(queue);
  await flushProgress();
}

/**
 * Sends what is queued, oldest first; stops at the first failure worth retrying and keeps the rest.
 * Flushes run one after another, each reading the queue afresh, so a write added while a flush is
 * under way is sent by the next one rather than waiting for the next reconnection.
 */
export function flushProgress(): Promise<void> {
  flushing = flushing.then(sendQueued, sendQueued);
  return flushing;
}

async function sendQueued(): Promise<void> {
  for (const entry of read()) {
    try {
      await learningApi.progress(entry.unitId, { completed: entry.completed || undefined, at: entry.at });
    } catch (error) {
      // No network, a signed-out session or a server in trouble: keep it for the next flush.
      if (error instanceof NetworkError || !(error instanceof ApiError) || error.status === 401 || error.status === 429 || error.status >= 500)
        return;
      // Otherwise the server refused it for good (unit deleted, access withdrawn): drop it.
    }
    write(read().filter((queued) => !(queued.unitId === entry.unitId && (queued.completed === entry.completed || entry.completed))));
  }
}

export function pendingProgress(): QueuedProgress[] {
  return read();
}

export function onPendingChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

if (typeof window !== 'undefined') window.addEventListener('online', () => void flushProgress());
