import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  FIXED_NOTIFICATION_KINDS,
  type LocalizedText,
  type Notification,
  type NotificationKind,
  type NotificationListQuery,
  type NotificationPage,
} from '@sstc/shared';
import { NotificationRecorder, type NotificationRecord } from '../../common/notifications/notification-recorder.js';
import { JobsService } from '../jobs/jobs.service.js';
import { NotificationPreferencesService } from './notification-preferences.service.js';
import { NotificationsEmitter } from './notifications.emitter.js';

/** How long after a notification the "email at once" of the rooms goes out, if it is still unread by then. */
export const SOON_DELAY_SECONDS = 15 * 60;

const SELECT = `
  SELECT n.id, n.kind, n.detail, n.title, n.excerpt, n.link, n.created_at, n.read_at,
         a.id AS actor_id, a.name AS actor_name, a.role AS actor_role
    FROM notifications n LEFT JOIN users a ON a.id = n.actor_id`;

/**
 * The one notification list of a person. Features record into it inside their own transaction
 * (`record`), then `publish` what they recorded once it committed; the person's choices decide
 * whether each notification is kept at all, emailed at once, or left to a digest.
 */
@Injectable()
export class NotificationsService implements NotificationRecorder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly preferences: NotificationPreferencesService,
    private readonly emitter: NotificationsEmitter,
  ) {}

  /** Inside the caller's transaction; answers the new notifications' ids, to `publish` after commit. */
  async record(manager: EntityManager, record: NotificationRecord): Promise<string[]> {
    const recipientIds = [...new Set(record.recipientIds)];
    if (recipientIds.length === 0) return [];
    const deliveries = await this.preferences.deliveriesOf(manager, record.kind, recipientIds);
    const kept = [...deliveries.values()].filter((r) => r.delivery !== 'off');
    if (kept.length === 0) return [];
    const rows: { id: string; user_id: string }[] = await manager.query(
      `INSERT INTO notifications (user_id, kind, detail, context_id, subject_id, sequence, actor_id, title, excerpt, link)
       SELECT unnest($1::uuid[]), $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10
       ON CONFLICT (subject_id, user_id, kind) DO NOTHING RETURNING id, user_id`,
      [
        kept.map((r) => r.id),
        record.kind,
        record.detail ?? null,
        record.contextId ?? null,
        record.subjectId ?? null,
        record.sequence ?? null,
        record.actorId ?? null,
        record.title ? JSON.stringify(record.title) : null,
        excerptOf(record.excerpt ?? ''),
        record.link,
      ],
    );
    const fixed = FIXED_NOTIFICATION_KINDS.includes(record.kind);
    for (const row of rows) {
      const recipient = deliveries.get(row.user_id)!;
      if (recipient.delivery !== 'immediate') continue;
      if (record.alreadyEmailed) {
        await manager.query(`UPDATE notifications SET emailed_at = now() WHERE id = $1`, [row.id]);
      } else if (record.email) {
        const email = record.email(recipient);
        await this.jobs.send(
          'send-email',
          {
            key: email.key,
            to: recipient.email,
            language: recipient.language,
            template: email.template,
            params: email.params,
            ...(email.linkTokenId ? { linkTokenId: email.linkTokenId } : {}),
            ...(email.calendar ? { calendar: email.calendar } : {}),
            ...(fixed ? {} : { unsubscribe: { userId: recipient.id, scope: record.kind } }),
          },
          {},
          manager,
        );
        await manager.query(`UPDATE notifications SET emailed_at = now() WHERE id = $1`, [row.id]);
      } else {
        // One email per person per delay window, whatever the number of notifications in it.
        await this.jobs.send(
          'send-notification-emails',
          { userId: row.user_id },
          { startAfter: SOON_DELAY_SECONDS, singletonKey: `notification-emails:${row.user_id}`, singletonSeconds: SOON_DELAY_SECONDS },
          manager,
        );
      }
    }
    return rows.map((row) => row.id);
  }

  /**
   * For a change deep inside another feature's transaction: a job enqueued with it publishes the
   * notifications once (and only if) it commits.
   */
  async publishAfterCommit(manager: EntityManager, ids: string[]): Promise<void> {
    if (ids.length > 0) await this.jobs.send('publish-notifications', { ids }, { retryLimit: 2 }, manager);
  }

  /** Sends new notifications to their people's open sockets (after the transaction committed). */
  async publish(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const rows: (NotificationRow & { user_id: string; unread: number })[] = await this.dataSource.query(
      `${SELECT.replace('SELECT n.id,', `SELECT n.user_id, (SELECT count(*)::int FROM notifications u WHERE u.user_id = n.user_id AND u.read_at IS NULL) AS unread, n.id,`)}
        WHERE n.id = ANY($1::uuid[])`,
      [ids],
    );
    for (const row of rows) this.emitter.created(row.user_id, toNotification(row), row.unread);
  }

  async list(userId: string, query: NotificationListQuery): Promise<NotificationPage> {
    const unreadOnly = query.unread === 'true';
    const where = `WHERE n.user_id = $1 ${unreadOnly ? 'AND n.read_at IS NULL' : ''}`;
    const [rows, [counts]] = await Promise.all([
      this.dataSource.query(`${SELECT} ${where} ORDER BY n.created_at DESC, n.id DESC LIMIT $2 OFFSET $3`, [
        userId,
        query.pageSize,
        (query.page - 1) * query.pageSize,
      ]),
      this.dataSource.query(
        `SELECT count(*)::int AS total, (SELECT count(*)::int FROM notifications u WHERE u.user_id = $1 AND u.read_at IS NULL) AS unread
           FROM notifications n ${where}`,
        [userId],
      ),
    ]);
    return { items: rows.map(toNotification), total: counts.total, page: query.page, pageSize: query.pageSize, unread: counts.unread };
  }

  async unread(userId: string): Promise<number> {
    const [{ unread }] = await this.dataSource.query(`SELECT count(*)::int AS unread FROM notifications WHERE user_id = $1 AND read_at IS NULL`, [
      userId,
    ]);
    return unread as number;
  }

  /** Unread notifications of a kind per context (a room's unread mentions). */
  async unreadByContext(userId: string, kind: NotificationKind, contextIds: string[]): Promise<Map<string, number>> {
    if (contextIds.length === 0) return new Map();
    const rows: { context_id: string; unread: number }[] = await this.dataSource.query(
      `SELECT context_id, count(*)::int AS unread FROM notifications
        WHERE user_id = $1 AND kind = $2 AND read_at IS NULL AND context_id = ANY($3::uuid[]) GROUP BY context_id`,
      [userId, kind, contextIds],
    );
    return new Map(rows.map((row) => [row.context_id, row.unread]));
  }

  /** Marks the given notifications of the person read (others' ids change nothing), or all of them. */
  async markRead(userId: string, ids?: string[]): Promise<void> {
    // TypeORM answers an UPDATE with [rows, count].
    const [, changed]: [unknown[], number] = await this.dataSource.query(
      `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
      [userId, ids ?? null],
    );
    if (changed > 0) this.emitter.unread(userId, await this.unread(userId));
  }

  /** Reading a context (a room) up to a place also reads what notified about it. */
  async markContextRead(userId: string, contextId: string, upTo: number): Promise<void> {
    const [, changed]: [unknown[], number] = await this.dataSource.query(
      `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND context_id = $2 AND read_at IS NULL AND sequence <= $3`,
      [userId, contextId, upTo],
    );
    if (changed > 0) this.emitter.unread(userId, await this.unread(userId));
  }
}

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  detail: string | null;
  title: LocalizedText | null;
  excerpt: string;
  link: string;
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
    detail: row.detail,
    actor: row.actor_id ? { id: row.actor_id, name: row.actor_name!, role: row.actor_role! } : null,
    title: row.title,
    excerpt: row.excerpt,
    link: row.link,
    createdAt: new Date(row.created_at).toISOString(),
    readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
  };
}

/** The start of a text as plain text, for a notification or an email. */
export function excerptOf(body: string, max = 200): string {
  const text = body
    .replace(/@\[([^\]]+)\]\([0-9a-f-]{36}\)/g, '@$1')
    .replace(/[*_`>#]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
