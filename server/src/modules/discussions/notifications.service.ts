import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Notification, NotificationKind, NotificationListQuery, Page } from '@sstc/shared';
import type { RequestUser } from '../../common/http/request-user.js';
import { JobsService } from '../jobs/jobs.service.js';
import { DiscussionsEmitter } from './discussions.emitter.js';
import { ROOM_TITLE, ROOM_TITLE_JOINS } from './room-access.service.js';

/** How long after a mention the digest email goes out, if it is still unread by then. */
export const DIGEST_DELAY_SECONDS = 15 * 60;

const SELECT = `
  SELECT n.id, n.kind, n.room_id, ${ROOM_TITLE} AS room_title, n.message_id, n.excerpt, n.created_at, n.read_at,
         a.id AS actor_id, a.name AS actor_name, a.role AS actor_role
    FROM notifications n
    JOIN rooms r ON r.id = n.room_id ${ROOM_TITLE_JOINS}
    LEFT JOIN users a ON a.id = n.actor_id`;

export interface NewNotifications {
  kind: NotificationKind;
  userIds: string[];
  roomId: string;
  messageId: string | null;
  actorId: string | null;
  excerpt: string;
}

/** In-app notifications of the rooms, and the digest emails of unread mentions. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly emitter: DiscussionsEmitter,
  ) {}

  /** Inside the caller's transaction; answers the new notifications' ids, to publish after commit. */
  async create(manager: EntityManager, notice: NewNotifications): Promise<string[]> {
    if (notice.userIds.length === 0) return [];
    const rows: { id: string; user_id: string }[] = await manager.query(
      `INSERT INTO notifications (user_id, kind, room_id, message_id, actor_id, excerpt)
       SELECT unnest($1::uuid[]), $2, $3, $4, $5, $6
       ON CONFLICT (message_id, user_id, kind) DO NOTHING RETURNING id, user_id`,
      [notice.userIds, notice.kind, notice.roomId, notice.messageId, notice.actorId, excerptOf(notice.excerpt)],
    );
    if (notice.kind === 'mention') {
      for (const row of rows) {
        // One digest job per person per delay window, whatever the number of mentions in it.
        await this.jobs.send(
          'send-mention-digest',
          { userId: row.user_id },
          { startAfter: DIGEST_DELAY_SECONDS, singletonKey: `mention-digest:${row.user_id}`, singletonSeconds: DIGEST_DELAY_SECONDS },
          manager,
        );
      }
    }
    return rows.map((row) => row.id);
  }

  /** Sends the new notifications to their people's open sockets (after the transaction committed). */
  async publish(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const rows: (NotificationRow & { user_id: string })[] = await this.dataSource.query(
      `${SELECT.replace('SELECT n.id,', 'SELECT n.user_id, n.id,')} WHERE n.id = ANY($1::uuid[])`,
      [ids],
    );
    for (const row of rows) this.emitter.notification(row.user_id, toNotification(row));
  }

  async list(caller: RequestUser, query: NotificationListQuery): Promise<Page<Notification> & { unread: number }> {
    const unreadOnly = query.unread === 'true';
    const where = `WHERE n.user_id = $1 ${unreadOnly ? 'AND n.read_at IS NULL' : ''}`;
    const [rows, [counts]] = await Promise.all([
      this.dataSource.query(`${SELECT} ${where} ORDER BY n.created_at DESC LIMIT $2 OFFSET $3`, [
        caller.id,
        query.pageSize,
        (query.page - 1) * query.pageSize,
      ]),
      this.dataSource.query(`SELECT count(*)::int AS total, count(*) FILTER (WHERE n.read_at IS NULL)::int AS unread FROM notifications n ${where}`, [
        caller.id,
      ]),
    ]);
    return { items: rows.map(toNotification), total: counts.total, page: query.page, pageSize: query.pageSize, unread: counts.unread };
  }

  /** Marks the given notifications read, or all of them. */
  async markRead(caller: RequestUser, ids?: string[]): Promise<void> {
    await this.dataSource.query(
      `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
      [caller.id, ids ?? null],
    );
  }

  /** Reading a room up to a seq also reads what notified about those messages. */
  async markRoomRead(userId: string, roomId: string, seq: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE notifications n SET read_at = now() FROM messages m
        WHERE n.user_id = $1 AND n.room_id = $2 AND n.read_at IS NULL AND m.id = n.message_id AND m.seq <= $3`,
      [userId, roomId, seq],
    );
  }
}

interface NotificationRow {
  id: string;
  kind: NotificationKind;
  room_id: string;
  room_title: Notification['room']['title'];
  message_id: string | null;
  excerpt: string;
  created_at: Date;
  read_at: Date | null;
  actor_id: string | null;
  actor_name: string | null;
  actor_role: NonNullable<Notification['actor']>['role'] | null;
}

function toNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind,
    room: { id: row.room_id, title: row.room_title },
    messageId: row.message_id,
    actor: row.actor_id ? { id: row.actor_id, name: row.actor_name!, role: row.actor_role! } : null,
    excerpt: row.excerpt,
    createdAt: new Date(row.created_at).toISOString(),
    readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
  };
}

/** The start of a message as plain text, for a notification or an email. */
export function excerptOf(body: string, max = 200): string {
  const text = body
    .replace(/@\[([^\]]+)\]\([0-9a-f-]{36}\)/g, '@$1')
    .replace(/[*_`>#]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
