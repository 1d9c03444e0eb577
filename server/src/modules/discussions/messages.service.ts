import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  LANGUAGES,
  MESSAGE_BURST,
  MESSAGE_RATE_PER_SECOND,
  mentionedUserIds,
  type EditMessageRequest,
  type Message,
  type MessagePage,
  type MessagePageQuery,
  type ReactRequest,
  type ReadRoomRequest,
  type SyncRoomReply,
  type SyncRoomRequest,
  sendMessageRequestSchema,
  type TranslateMessagesReply,
  type TranslateMessagesRequest,
} from '@sstc/shared';
import type { z } from 'zod';
import { ApiException, forbidden, notFound } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { CONFIG, type Config } from '../../config/config.js';
import { TranslationService, TranslationSourceGone, type SourceGuard } from '../translation/translation.service.js';
import { DiscussionsEmitter } from './discussions.emitter.js';
import { MessagesRepository, toMessage, versionsOf, type MessageRow } from './messages.repository.js';
import { RoomNotifications } from './room-notifications.js';
import { RateLimiter, type RateLimit } from './rate-limiter.js';
import { RoomAccessService, type RoomAccess } from './room-access.service.js';

export const SEND_LIMIT: RateLimit = { rate: MESSAGE_RATE_PER_SECOND, burst: MESSAGE_BURST };
export const REACT_LIMIT: RateLimit = { rate: 5, burst: 10 };
/** At most this many revisions per catch-up answer; the client asks again while `more`. */
export const SYNC_WINDOW = 500;
const MAX_MENTIONS = 20;

type SendMessage = z.output<typeof sendMessageRequestSchema>;
type Caller = Pick<RequestUser, 'id' | 'name' | 'role' | 'language'>;

/** What one change does inside its transaction: the messages it changed and the notifications it made. */
type ChangeWork = (manager: EntityManager, revision: number) => Promise<{ changed: string[]; notifications?: string[] } | null>;

class Unchanged extends Error {}

/** Messages: sending (idempotent, in order), editing, deleting, reactions, history and catch-up. */
@Injectable()
export class MessagesService {
  constructor(
    private readonly messages: MessagesRepository,
    private readonly access: RoomAccessService,
    private readonly limiter: RateLimiter,
    private readonly emitter: DiscussionsEmitter,
    private readonly notifications: RoomNotifications,
    private readonly translation: TranslationService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  private readonly logger = new Logger('Messages');

  /**
   * Stores a message once per (author, clientId) under the room's next number and only then
   * answers; sending the same clientId again answers the stored message and stores nothing.
   */
  async send(caller: Caller, request: SendMessage): Promise<Message> {
    const { access, existingId, lastPostedAt } = await this.access.requireForSend(caller, request.roomId, request.clientId);
    if (existingId) return this.resend(access, (await this.messages.byId(existingId))!, request.roomId);
    await this.throttle(`send:${caller.id}`, SEND_LIMIT);
    this.access.assertCanPost(access);
    if (request.kind !== 'message' && !access.moderator) throw forbidden();
    assertSlowMode(access, lastPostedAt);
    const parent = request.parentId ? await this.threadRoot(request.parentId, access) : undefined;
    const mentions = (await this.access.membersAmong(access.id, mentionedUserIds(request.body).slice(0, MAX_MENTIONS))).filter(
      (id) => id !== caller.id,
    );
    const message = {
      versions: request.versions,
      roomId: access.id,
      clientId: request.clientId,
      authorId: caller.id,
      kind: request.kind,
      language: request.language ?? (await this.translation.detect(request.body)) ?? caller.language,
      body: request.body,
      parentId: parent?.id ?? null,
      mentions,
      pinned: request.kind !== 'message',
    };

    // Most messages touch nothing else: one statement. Replies, mentions and announcements also
    // update the thread and notify people, in one transaction.
    const simple = !parent && mentions.length === 0 && request.kind === 'message';
    const result = simple
      ? await this.messages.insertAlone(message).then((stored) => stored && { stored, changed: [stored.id], notifications: [] as string[] })
      : await this.messages.dataSource
          .transaction(async (manager) => {
            const stored = await this.messages.insert(manager, message);
            if (!stored) throw new Unchanged();
            const changed = [stored.id];
            await this.messages.insertVersions(manager, stored.id, message.language, request.versions);
            if (parent) {
              await manager.query(`UPDATE messages SET reply_count = reply_count + 1, revision = $2 WHERE id = $1`, [parent.id, stored.revision]);
              changed.push(parent.id);
            }
            const notifications = await this.notifyAbout(manager, caller, access, stored.id, request, mentions, parent);
            return { stored, changed, notifications };
          })
          .catch((error: unknown) => {
            if (!(error instanceof Unchanged)) throw error;
            return undefined;
          });
    // Someone sent the same clientId at the same moment: theirs is the one stored.
    if (!result) return this.resend(access, (await this.messages.byClientId(caller.id, request.clientId))!, request.roomId);

    const rows = parent ? await this.messages.byIds(result.changed) : [newRow(caller, access.id, message, result.stored, mentions)];
    const row = rows.find((r) => r.id === result.stored.id)!;
    this.emitter.changes(access.id, result.stored.revision, rows);
    this.emitter.activity(row);
    void this.pushTranslations(row);
    await this.notifications.publish(result.notifications);
    return toMessage(row, access);
  }

  async edit(caller: Caller, request: EditMessageRequest): Promise<Message> {
    const { row, access } = await this.ownMessage(caller, request.messageId);
    await this.throttle(`send:${caller.id}`, SEND_LIMIT);
    this.access.assertCanPost(access);
    if (row.body === request.body) return toMessage(row, access);
    const mentions = (await this.access.membersAmong(access.id, mentionedUserIds(request.body).slice(0, MAX_MENTIONS))).filter(
      (id) => id !== caller.id,
    );
    const rows = await this.commitChange(access.id, async (manager) => {
      await manager.query(`INSERT INTO message_edits (message_id, body, written_at) VALUES ($1, $2, $3)`, [
        row.id,
        row.body,
        row.edited_at ?? row.created_at,
      ]);
      await manager.query(`UPDATE messages SET body = $2, mentions = $3::uuid[], edited_at = now() WHERE id = $1`, [row.id, request.body, mentions]);
      // The machine drafted the text as it was; what moderators wrote stays theirs to update.
      await manager.query(`DELETE FROM message_versions WHERE message_id = $1 AND machine_draft`, [row.id]);
      const added = mentions.filter((id) => !row.mentions.includes(id));
      const notifications = await this.notifications.create(manager, {
        kind: 'mention',
        userIds: added,
        roomId: access.id,
        messageId: row.id,
        actorId: caller.id,
        excerpt: request.body,
      });
      return { changed: [row.id], notifications };
    });
    await this.forgetTranslations(row.body);
    void this.pushTranslations(rows[0]!);
    return toMessage(rows[0]!, access);
  }

  /** Authors delete their own messages; the text stays for moderators, replies stay in place. */
  async remove(caller: Caller, messageId: string): Promise<Message> {
    const { row, access } = await this.ownMessage(caller, messageId);
    const rows = await this.commitChange(access.id, async (manager) => {
      await manager.query(`UPDATE messages SET deleted_at = now(), deleted_by = $2, pinned_at = NULL WHERE id = $1`, [row.id, caller.id]);
      return { changed: [row.id] };
    });
    await this.forgetTranslations(row.body);
    return toMessage(rows[0]!, access);
  }

  async react(caller: Caller, request: ReactRequest): Promise<Message> {
    const { row, access } = await this.visibleMessage(caller, request.messageId);
    if (row.deleted_at || row.hidden_at) throw new ApiException('message_unavailable');
    this.access.assertCanPost(access);
    await this.throttle(`react:${caller.id}`, REACT_LIMIT);
    const rows = await this.commitChange(access.id, async (manager) => {
      const changed = request.on
        ? (
            await manager.query(`INSERT INTO message_reactions (message_id, user_id, emoji) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`, [
              row.id,
              caller.id,
              request.emoji,
            ])
          ).length > 0
        : (
            await manager.query(`DELETE FROM message_reactions WHERE message_id = $1 AND user_id = $2 AND emoji = $3`, [
              row.id,
              caller.id,
              request.emoji,
            ])
          )[1] > 0;
      return changed ? { changed: [row.id] } : null;
    });
    return toMessage(rows[0] ?? row, access);
  }

  /**
   * Messages of a room in the reader's language, in the order asked (the client puts the ones on
   * screen first). Only messages the reader can read in full: not deleted, not hidden (moderators
   * read originals). Each message counts against the reader's rate (TRANSLATION_READER_RATE a
   * minute); past it, the rest are deferred with the seconds to wait. The service shares each
   * translation with every reader of the language (cache, and one engine call in flight).
   */
  async translate(caller: Caller, request: TranslateMessagesRequest, joined = false): Promise<TranslateMessagesReply> {
    if (!this.translation.enabled) throw new ApiException('translation_disabled');
    // A socket in the room's channel had its membership checked when it joined, and is moved out
    // when that membership ends (FollowMembershipJob): no need to ask the database again.
    if (!joined) await this.access.require(caller, request.roomId);
    const ids = [...new Set(request.messageIds)];
    const byId = new Map((await this.messages.forTranslation(ids)).map((row) => [row.id, row]));
    const rows = ids
      .map((id) => byId.get(id))
      .filter((row) => !!row && row.room_id === request.roomId && !row.deleted_at && !row.hidden_at && row.language !== caller.language)
      .map((row) => row!);
    const perMinute = this.config.TRANSLATION_READER_RATE;
    const allowed: typeof rows = [];
    const deferred: string[] = [];
    let retryAfter: number | null = null;
    for (const row of rows) {
      if (retryAfter === null) {
        const wait = await this.limiter.take(`translate:${caller.id}`, { rate: perMinute / 60, burst: perMinute });
        if (wait > 0) retryAfter = wait;
      }
      if (retryAfter === null) allowed.push(row);
      else deferred.push(row.id);
    }
    const translations = await Promise.all(
      allowed.map(async (row) => {
        try {
          const body = await this.translation.translate(row.body, row.language, caller.language, this.stillShows(row));
          return { messageId: row.id, revision: row.revision, from: row.language, to: caller.language, body };
        } catch (error) {
          // Hidden, deleted or edited while it was being translated: nothing to show.
          if (error instanceof TranslationSourceGone) return null;
          throw error;
        }
      }),
    );
    return { translations: translations.filter((t) => t !== null), deferred, retryAfter };
  }

  /**
   * A new or edited message, translated at once for the readers who read the room automatically in
   * another language (one engine call per language, however many they are). Never fails the send.
   */
  async pushTranslations(
    row: Pick<MessageRow, 'id' | 'room_id' | 'revision' | 'language' | 'body'> & Partial<Pick<MessageRow, 'versions'>>,
  ): Promise<void> {
    if (!this.translation.enabled) return;
    // An announcement's readers of a language it was written (or drafted) in read that version instead.
    const written = new Set((row.versions ?? []).map((version) => version.language));
    await Promise.all(
      LANGUAGES.filter((language) => language !== row.language && !written.has(language)).map(async (to) => {
        try {
          if (!(await this.emitter.readsTranslated(row.room_id, to))) return;
          const body = await this.translation.translate(row.body, row.language, to, this.stillShows(row));
          this.emitter.translated(row.room_id, to, {
            translations: [{ messageId: row.id, revision: row.revision, from: row.language, to, body }],
            unavailable: [],
          });
        } catch (error) {
          if (error instanceof TranslationSourceGone) return;
          this.emitter.translated(row.room_id, to, { translations: [], unavailable: [row.id] });
        }
      }),
    );
  }

  /** Keeps a translation from being claimed once the message no longer shows this text (see SourceGuard). */
  private stillShows(row: Pick<MessageRow, 'id' | 'body'>): SourceGuard {
    return (manager) => this.messages.stillShows(manager, row.id, row.body);
  }

  /** A message's text changed or left the room's view: its cached translations go with it. */
  async forgetTranslations(body: string): Promise<void> {
    if (!this.translation.enabled) return;
    await this.translation.forget([body]).catch((error: unknown) => this.logger.warn(`translations not forgotten: ${String(error)}`));
  }

  /** Everything that changed in a room after a revision, read from the database. */
  async sync(caller: Caller, request: SyncRoomRequest): Promise<SyncRoomReply> {
    const access = await this.access.require(caller, request.roomId);
    if (request.after >= access.lastRevision) return { messages: [], revision: access.lastRevision, more: false };
    const upTo = Math.min(access.lastRevision, request.after + SYNC_WINDOW);
    const rows = await this.messages.changedBetween(access.id, request.after, upTo);
    return { messages: rows.map((row) => toMessage(row, access)), revision: upTo, more: upTo < access.lastRevision };
  }

  /** A page of a room's history, newest first; `revision` is where catch-up continues from. */
  async page(caller: Caller, roomId: string, query: MessagePageQuery): Promise<MessagePage> {
    const access = await this.access.require(caller, roomId);
    const [rows, pinned] = await Promise.all([
      this.messages.page(roomId, query.before, query.limit + 1, access),
      query.before ? [] : this.pinned(access),
    ]);
    return {
      messages: rows.slice(0, query.limit).map((row) => toMessage(row, access)),
      pinned,
      hasMore: rows.length > query.limit,
      revision: access.lastRevision,
    };
  }

  /** A thread: its first message and every reply, oldest first. */
  async thread(caller: Caller, messageId: string): Promise<Message[]> {
    const { row, access } = await this.visibleMessage(caller, messageId);
    if (row.parent_id) throw notFound();
    const replies = await this.messages.thread(row.id, access);
    return [row, ...replies].map((r) => toMessage(r, access));
  }

  async pinned(access: RoomAccess): Promise<Message[]> {
    return (await this.messages.pinned(access.id, access)).map((row) => toMessage(row, access));
  }

  async read(caller: Caller, request: ReadRoomRequest): Promise<void> {
    const access = await this.access.require(caller, request.roomId);
    const seq = Math.min(request.seq, access.lastRevision);
    await this.messages.dataSource.query(
      `INSERT INTO room_members (room_id, user_id, last_read_seq) VALUES ($1, $2, $3)
       ON CONFLICT (room_id, user_id) DO UPDATE SET last_read_seq = GREATEST(room_members.last_read_seq, EXCLUDED.last_read_seq)`,
      [access.id, caller.id, seq],
    );
    await this.notifications.markRoomRead(caller.id, access.id, seq);
  }

  /**
   * One change to existing messages: takes the room's next revision, runs `work`, stamps the changed
   * messages with the revision, commits, then sends them to the room. `work` answering null changes nothing.
   */
  async commitChange(roomId: string, work: ChangeWork): Promise<MessageRow[]> {
    const outcome = await this.messages.dataSource
      .transaction(async (manager) => {
        const revision = await this.messages.nextRevision(manager, roomId);
        const result = await work(manager, revision);
        if (!result) throw new Unchanged();
        await manager.query(`UPDATE messages SET revision = $1 WHERE id = ANY($2::uuid[])`, [revision, result.changed]);
        return { revision, ...result };
      })
      .catch((error: unknown) => {
        if (error instanceof Unchanged) return undefined;
        throw error;
      });
    if (!outcome) return [];
    const rows = await this.messages.byIds(outcome.changed);
    this.emitter.changes(roomId, outcome.revision, rows);
    await this.notifications.publish(outcome.notifications ?? []);
    return rows;
  }

  /** A message and the caller's access to its room; refuses what the caller may not see. */
  async visibleMessage(caller: Caller, messageId: string): Promise<{ row: MessageRow; access: RoomAccess }> {
    const row = await this.messages.byId(messageId);
    if (!row) throw notFound();
    const access = await this.access.require(caller, row.room_id);
    if (row.hidden_at && !access.moderator) throw notFound();
    return { row, access };
  }

  private async ownMessage(caller: Caller, messageId: string): Promise<{ row: MessageRow; access: RoomAccess }> {
    const found = await this.visibleMessage(caller, messageId);
    if (found.row.author_id !== caller.id) throw forbidden();
    if (found.row.deleted_at || found.row.hidden_at) throw new ApiException('message_unavailable');
    return found;
  }

  private resend(access: RoomAccess, row: MessageRow, roomId: string): Message {
    if (row.room_id !== roomId) throw new ApiException('conflict');
    // Harmless if it was sent before (clients keep the newest revision); needed if this instance stopped before sending it.
    this.emitter.changes(row.room_id, row.revision, [row]);
    return toMessage(row, access);
  }

  private async throttle(key: string, limit: RateLimit): Promise<void> {
    const wait = await this.limiter.take(key, limit);
    if (wait > 0) throw new ApiException('message_rate_limited', { retryAfter: wait });
  }

  /** Replies attach to the thread's first message: threads are one level deep. */
  private async threadRoot(parentId: string, access: RoomAccess): Promise<MessageRow> {
    let parent = await this.messages.byId(parentId);
    if (parent?.parent_id) parent = await this.messages.byId(parent.parent_id);
    if (!parent || parent.room_id !== access.id) throw notFound();
    if (parent.deleted_at || parent.hidden_at) throw new ApiException('message_unavailable');
    return parent;
  }

  private async notifyAbout(
    manager: EntityManager,
    caller: Caller,
    access: RoomAccess,
    messageId: string,
    request: SendMessage,
    mentions: string[],
    parent?: MessageRow,
  ): Promise<string[]> {
    const notice = { roomId: access.id, messageId, actorId: caller.id, excerpt: request.body };
    const ids = await this.notifications.create(manager, { ...notice, kind: 'mention', userIds: mentions });
    if (parent && parent.author_id !== caller.id && !mentions.includes(parent.author_id)) {
      ids.push(
        ...(await this.notifications.create(manager, {
          ...notice,
          kind: 'reply',
          userIds: await this.access.membersAmong(access.id, [parent.author_id], manager),
        })),
      );
    }
    if (request.kind === 'announcement') {
      const members = (await this.access.memberIds(access.id, manager)).filter((id) => id !== caller.id && !mentions.includes(id));
      ids.push(...(await this.notifications.create(manager, { ...notice, kind: 'announcement', userIds: members })));
    }
    return ids;
  }
}

/** Slow mode: members (not moderators) wait between their messages in the room. */
function assertSlowMode(access: RoomAccess, lastPostedAt: Date | null): void {
  if (access.slowModeSeconds === 0 || access.moderator || !lastPostedAt) return;
  const wait = Math.ceil(access.slowModeSeconds - (Date.now() - new Date(lastPostedAt).getTime()) / 1000);
  if (wait > 0) throw new ApiException('slow_mode', { retryAfter: wait });
}

/** The row of a message just stored, built without reading it back (the common case of sending). */
function newRow(
  caller: Caller,
  roomId: string,
  message: { clientId: string; kind: SendMessage['kind']; language: Message['language']; body: string; versions?: SendMessage['versions'] },
  stored: { id: string; revision: number; createdAt: Date },
  mentions: string[],
): MessageRow {
  return {
    id: stored.id,
    room_id: roomId,
    seq: stored.revision,
    revision: stored.revision,
    client_id: message.clientId,
    kind: message.kind,
    author_id: caller.id,
    author_name: caller.name,
    author_role: caller.role,
    language: message.language,
    body: message.body,
    parent_id: null,
    reply_count: 0,
    mentions,
    created_at: stored.createdAt,
    edited_at: null,
    deleted_at: null,
    pinned_at: message.kind === 'message' ? null : stored.createdAt,
    hidden_at: null,
    hidden_reason: null,
    hidden_by: null,
    hidden_by_name: null,
    hidden_by_role: null,
    reactions: [],
    open_reports: 0,
    versions: versionsOf(message.language, message.versions),
  };
}
