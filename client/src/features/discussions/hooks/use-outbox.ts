import { useEffect, useSyncExternalStore } from 'react';
import type { Message } from '@sstc/shared';
import { useSocket } from '../../../app/realtime-provider.js';
import type { AppSocket } from '../../../lib/socket.js';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';
import { request } from '../api/discussions.api.js';
import { backoff, isFinal, Outbox, type PendingMessage } from '../lib/outbox.js';

const outboxes = new Map<string, Outbox>();
const ackListeners = new Set<(message: Message) => void>();

/** The signed-in person's outbox (one per account on this device). */
export function outboxOf(userId: string): Outbox {
  let outbox = outboxes.get(userId);
  if (!outbox) outboxes.set(userId, (outbox = new Outbox(`sstc.outbox.${userId}`)));
  return outbox;
}

export function usePending(roomId: string): PendingMessage[] {
  const outbox = outboxOf(useSignedInUser().id);
  const all = useSyncExternalStore(
    (listener) => outbox.subscribe(listener),
    () => outbox.all(),
  );
  return all.filter((item) => item.roomId === roomId);
}

/** Called with each message the server acknowledged (its room shows it at once). */
export function onAcknowledged(listener: (message: Message) => void): () => void {
  ackListeners.add(listener);
  return () => ackListeners.delete(listener);
}

/**
 * Sends what waits in the outbox, oldest first, whenever the socket is connected, until each is
 * acknowledged. Messages refused for good stay, marked failed, for their author to fix or discard.
 */
export function useOutboxFlusher(): void {
  const socket = useSocket();
  const outbox = outboxOf(useSignedInUser().id);

  useEffect(() => {
    if (!socket) return;
    let stopped = false;
    let running = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const failures = new Map<string, number>();

    const flush = async () => {
      if (running || stopped || !socket.connected) return;
      running = true;
      try {
        for (const item of outbox.all()) {
          if (stopped || !socket.connected) break;
          if (item.failed || (item.notBefore ?? 0) > Date.now()) continue;
          await sendOne(socket, outbox, item, failures);
        }
      } finally {
        running = false;
      }
      const waits = outbox
        .all()
        .filter((item) => !item.failed)
        .map((item) => (item.notBefore ?? 0) - Date.now());
      clearTimeout(timer);
      if (waits.length > 0 && !stopped) timer = setTimeout(() => void flush(), Math.max(250, Math.min(...waits)));
    };

    const stop = outbox.subscribe(() => void flush());
    socket.on('connect', flush);
    void flush();
    return () => {
      stopped = true;
      clearTimeout(timer);
      stop();
      socket.off('connect', flush);
    };
  }, [socket, outbox]);
}

async function sendOne(socket: AppSocket, outbox: Outbox, item: PendingMessage, failures: Map<string, number>): Promise<void> {
  const reply = await request(socket, 'message:send', {
    clientId: item.clientId,
    roomId: item.roomId,
    body: item.body,
    parentId: item.parentId,
    kind: item.kind,
    ...(item.language ? { language: item.language } : {}),
    ...(item.versions?.length ? { versions: item.versions } : {}),
  });
  if (reply.ok) {
    outbox.remove(item.clientId);
    failures.delete(item.clientId);
    ackListeners.forEach((listener) => listener(reply.data));
    return;
  }
  if (isFinal(reply.error)) {
    outbox.update(item.clientId, { failed: reply.error });
    return;
  }
  const attempt = (failures.get(item.clientId) ?? 0) + 1;
  failures.set(item.clientId, attempt);
  const wait = reply.error.retryAfter ? reply.error.retryAfter * 1_000 : backoff(attempt);
  outbox.update(item.clientId, { notBefore: Date.now() + wait, retrying: reply.error.code === 'internal_error' ? undefined : reply.error });
}
