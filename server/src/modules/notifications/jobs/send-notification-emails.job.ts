import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { JobPayloads, Language } from '@sstc/shared';
import { CONFIG, type Config } from '../../../config/config.js';
import { JobsService } from '../../jobs/jobs.service.js';
import { NotificationPreferencesService } from '../notification-preferences.service.js';
import { notificationLines, type LineRow } from '../notification-lines.js';
import { NotificationsEmitter } from '../notifications.emitter.js';
import { SOON_DELAY_SECONDS } from '../notifications.service.js';

/**
 * "Email at once" for the notifications that have no email of their own (mentions, replies,
 * announcements): one email with those a person has neither read nor been emailed about, a little
 * after the first. While they are connected, nothing is sent: the job looks again after the same
 * delay. Marking the notifications and enqueueing the email happen in one transaction, and the
 * email's key names them, so a retried job sends nothing twice. (Before notification preferences,
 * this was the mention digest.)
 */
@Injectable()
export class SendNotificationEmailsJob implements OnApplicationBootstrap {
  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly preferences: NotificationPreferencesService,
    private readonly emitter: NotificationsEmitter,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work('send-notification-emails', (payload) => this.run(payload));
  }

  async run({ userId }: JobPayloads['send-notification-emails']): Promise<void> {
    const kinds = await this.preferences.kindsWith(userId, 'immediate');
    if (await this.emitter.online(userId)) {
      const [{ pending }] = await this.dataSource.query(
        `SELECT count(*)::int AS pending FROM notifications WHERE user_id = $1 AND kind = ANY($2::varchar[]) AND read_at IS NULL AND emailed_at IS NULL`,
        [userId, kinds],
      );
      if (pending > 0)
        await this.jobs.send(
          'send-notification-emails',
          { userId },
          { startAfter: SOON_DELAY_SECONDS, singletonKey: `notification-emails:${userId}`, singletonSeconds: SOON_DELAY_SECONDS },
        );
      return;
    }
    await this.dataSource.transaction(async (manager) => {
      const [user] = await manager.query(`SELECT email, name, language FROM users WHERE id = $1 AND password_hash IS NOT NULL`, [userId]);
      if (!user) return;
      const rows: (LineRow & { id: string })[] = await manager.query(
        `SELECT n.id, n.kind, n.title, n.excerpt, a.name AS actor FROM notifications n LEFT JOIN users a ON a.id = n.actor_id
          WHERE n.user_id = $1 AND n.kind = ANY($2::varchar[]) AND n.read_at IS NULL AND n.emailed_at IS NULL
          ORDER BY n.created_at FOR UPDATE OF n SKIP LOCKED`,
        [userId, kinds],
      );
      if (rows.length === 0) return;
      await manager.query(`UPDATE notifications SET emailed_at = now() WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
      const language = user.language as Language;
      await this.jobs.send(
        'send-email',
        {
          key: `notification-emails:${userId}:${rows[0]!.id}`,
          to: user.email,
          language,
          template: 'notifications_waiting',
          params: {
            name: user.name,
            count: String(rows.length),
            lines: notificationLines(rows, language),
            link: `${this.config.PUBLIC_URL}/notifications`,
          },
          unsubscribe: { userId, scope: 'all' },
        },
        {},
        manager,
      );
    });
  }
}
