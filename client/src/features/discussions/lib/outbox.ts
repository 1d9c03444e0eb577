import type { Language, MessageKind, SendMessageRequest, SocketErrorBody } from '@sstc/shared';

/** A message written but not yet acknowledged by the server: kept across reloads until it is. */
export interface PendingMessage {
  clientId: string;
  roomId: string;
  body: string;
  parentId: string | null;
  kind: MessageKind;
  /** The language the author said they wrote in; absent: the server detects it. */
  language?: Language;
  /** An announcement in other languages. */
  versions?: SendMessageRequest['versions'];
  createdAt: string;
  /** Set when the server refused it for good (too long, room locked…): it waits for the author. */
  failed?: SocketErrorBody;
  /** Not before this time (ms): the server asked to wait (rate limit, slow mode). */
  notBefore?: number;
  /** Why the last attempt did not go through, when it will be tried again (shown beside "Sending…"). */
  retrying?: SocketErrorBody;
}

type Listener = () => void;

/**
 * The outbox, one per signed-in person, persisted in localStorage. A message leaves it only when
 * the server acknowledges it (stored) or when its author discards it.
 */
export class Outbox {
  private items: PendingMessage[];
  private readonly listeners = new Set<Listener>();

  constructor(private readonly storageKey: string) {
    this.items = this.load();
  }

  all(): PendingMessage[] {
    return this.items;
  }

  forRoom(roomId: string): PendingMessage[] {
    return this.items.filter((item) => item.roomId === roomId);
  }

  add(item: Omit<PendingMessage, 'createdAt'>): void {
    this.write([...this.items, { ...item, createdAt: new Date().toISOString() }]);
  }

  update(clientId: string, change: Partial<PendingMessage>): void {
    this.write(this.items.map((item) => (item.clientId === clientId ? { ...item, ...change } : item)));
  }

  /** Acknowledged, or discarded by its author. */
  remove(clientId: string): void {
    this.write(this.items.filter((item) => item.clientId !== clientId));
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private write(items: PendingMessage[]): void {
    this.items = items;
    try {
      localStorage.setItem(this.storageKey, JSON.stringify(items));
    } catch {
      // Storage full or disabled: the outbox still works for this page.
    }
    this.listeners.forEach((listener) => listener());
  }

  private load(): PendingMessage[] {
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem(this.storageKey) ?? '[]');
      return Array.isArray(parsed)
        ? (parsed as PendingMessage[]).filter((item) => typeof item?.clientId === 'string' && typeof item.body === 'string')
        : [];
    } catch {
      return [];
    }
  }
}

/** Errors that will not go away by sending again: the message waits for its author. */
const FINAL = new Set([
  'validation_failed',
  'message_too_long',
  'payload_too_large',
  'forbidden',
  'not_found',
  'room_locked',
  'room_archived',
  'member_muted',
  'message_unavailable',
  'conflict',
]);

export function isFinal(error: SocketErrorBody): boolean {
  return FINAL.has(error.code);
}

/** Waits longer after each failure, up to half a minute. */
export function backoff(attempt: number): number {
  return Math.min(30_000, 1_000 * 2 ** Math.min(attempt, 5));
}
