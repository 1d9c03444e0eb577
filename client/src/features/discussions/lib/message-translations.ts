import type { Language, Message, MessageTranslation, SocketReply, TranslateMessagesReply } from '@sstc/shared';

/** What a reader sees of one message's translation. */
export type TranslationView =
  { status: 'idle' } | { status: 'pending' } | { status: 'unavailable' } | { status: 'done'; body: string; from: Language; showOriginal: boolean };

interface Entry {
  /** The text that was (or is being) translated: an edit makes the entry stale. */
  source: string;
  view: TranslationView;
}

const IDLE: TranslationView = Object.freeze({ status: 'idle' });

type Send = (messageIds: string[]) => Promise<SocketReply<TranslateMessagesReply>>;

/** Messages asked for together (the server takes at most 30). */
const BATCH = 20;
/** A message this recent, for a reader with automatic translation, is pushed translated by the server: wait for it this long before asking. */
export const PUSH_WAIT_MS = 4_000;
const LIVE_MS = 15_000;

/**
 * The translations of one room for this reader. Messages are asked for as they come into view, so
 * what is on screen goes first; asks made in the same moment go as one request; the ones the
 * server defers (the reader's rate) are asked again when it says. Framework-free: the room page
 * subscribes to it.
 */
export class MessageTranslations {
  private readonly entries = new Map<string, Entry>();
  private readonly queue: { id: string; source: string }[] = [];
  private readonly listeners = new Set<() => void>();
  /** Pushed before the message was shown: applied when it is. */
  private readonly early = new Map<string, { translation?: MessageTranslation; unavailable?: boolean }>();
  private scheduled = false;
  private stopped = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly send: Send,
    private readonly now: () => number = Date.now,
  ) {}

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  view(message: Pick<Message, 'id' | 'body'>): TranslationView {
    const entry = this.entries.get(message.id);
    // The same object until it changes: React's useSyncExternalStore compares snapshots by identity.
    return entry && entry.source === message.body ? entry.view : IDLE;
  }

  /** Ask for a message's translation; `retry` asks again after the engine was unavailable. */
  want(message: Pick<Message, 'id' | 'body'> & Partial<Pick<Message, 'createdAt' | 'editedAt'>>, retry = false, pushed = false): void {
    if (message.body === null) return;
    const current = this.entries.get(message.id);
    if (current && current.source === message.body && !(retry && current.view.status === 'unavailable')) return;
    const early = this.early.get(message.id);
    if (early && !retry) {
      this.early.delete(message.id);
      this.entries.set(message.id, {
        source: message.body,
        view: early.translation
          ? { status: 'done', body: early.translation.body, from: early.translation.from, showOriginal: false }
          : { status: 'unavailable' },
      });
      this.changed();
      return;
    }
    this.entries.set(message.id, { source: message.body, view: { status: 'pending' } });
    // Just said, and this reader reads automatically: the server is translating it for everyone.
    const changedAt = Date.parse(message.editedAt ?? message.createdAt ?? '');
    if (pushed && !retry && this.now() - changedAt < LIVE_MS) {
      this.changed();
      setTimeout(() => {
        const entry = this.entries.get(message.id);
        if (!this.stopped && entry?.source === message.body && entry.view.status === 'pending' && !this.queue.some((q) => q.id === message.id)) {
          this.queue.push({ id: message.id, source: message.body! });
          this.schedule(0);
        }
      }, PUSH_WAIT_MS);
      return;
    }
    this.queue.push({ id: message.id, source: message.body });
    this.changed();
    this.schedule(0);
  }

  /** Translations the server pushed to readers with automatic translation. */
  receive(translations: MessageTranslation[], unavailable: string[]): void {
    for (const translation of translations) {
      const entry = this.entries.get(translation.messageId);
      if (entry?.view.status === 'pending') entry.view = { status: 'done', body: translation.body, from: translation.from, showOriginal: false };
      else if (!entry) this.early.set(translation.messageId, { translation });
    }
    for (const id of unavailable) {
      const entry = this.entries.get(id);
      if (entry?.view.status === 'pending') entry.view = { status: 'unavailable' };
      else if (!entry) this.early.set(id, { unavailable: true });
    }
    if (this.early.size > 500) this.early.delete(this.early.keys().next().value!);
    this.changed();
  }

  /** Switch between the translation and the original. */
  toggle(messageId: string): void {
    const entry = this.entries.get(messageId);
    if (entry?.view.status !== 'done') return;
    entry.view = { ...entry.view, showOriginal: !entry.view.showOriginal };
    this.changed();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private schedule(delayMs: number): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    this.timer = setTimeout(() => {
      this.scheduled = false;
      void this.flush();
    }, delayMs);
  }

  private async flush(): Promise<void> {
    const batch = this.queue.splice(0, BATCH);
    if (batch.length === 0) return;
    if (this.queue.length) this.schedule(0);
    const reply = await this.send(batch.map((b) => b.id));
    if (this.stopped) return;
    const sources = new Map(batch.map((b) => [b.id, b.source]));
    if (!reply.ok) {
      for (const { id, source } of batch) this.entries.set(id, { source, view: { status: 'unavailable' } });
      this.changed();
      return;
    }
    for (const translation of reply.data.translations) {
      const source = sources.get(translation.messageId);
      if (source !== undefined)
        this.entries.set(translation.messageId, {
          source,
          view: { status: 'done', body: translation.body, from: translation.from, showOriginal: false },
        });
    }
    const answered = new Set([...reply.data.translations.map((tr) => tr.messageId), ...reply.data.deferred]);
    // Not translated and not deferred: nothing to translate (same language, hidden meanwhile, …).
    for (const { id } of batch) if (!answered.has(id)) this.entries.delete(id);
    if (reply.data.deferred.length) {
      this.queue.unshift(...batch.filter((b) => reply.data.deferred.includes(b.id)));
      clearTimeout(this.timer);
      this.scheduled = false;
      this.schedule((reply.data.retryAfter ?? 1) * 1000);
    }
    this.changed();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
