import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { localize, type JobPayloads, type Language, type LocalizedText } from '@sstc/shared';
import { CONFIG, type Config } from '../../../config/config.js';
import { JobsService } from '../../jobs/jobs.service.js';
import { DiscussionsEmitter } from '../discussions.emitter.js';
import { DIGEST_DELAY_SECONDS } from '../notifications.service.js';
import { ROOM_TITLE, ROOM_TITLE_JOINS } from '../room-access.service.js';

const MAX_LINES = 20;

/**
 * Emails a person the mentions they have neither read nor been emailed about. While they are
 * connected, nothing is sent: the job looks again after the same delay. Marking the mentions and
 * enqueueing the email happen in one transaction, and the email's key names those mentions, so a
 * retried job sends nothing twice.
 */
@Injectable()
export class SendMentionDigestJob implements OnApplicationBootstrap {
  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly emitter: DiscussionsEmitter,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work('send-mention-digest', (payload) => this.run(payload));
  }

  async run({ userId }: JobPayloads['send-mention-digest']): Promise<void> {
    if (await this.emitter.online(userId)) {
      const [{ pending }] = await this.dataSource.query(
        `SELECT count(*)::int AS pending FROM notifications WHERE user_id = $1 AND kind = 'mention' AND read_at IS NULL AND emailed_at IS NULL`,
        [userId],
      );
      if (pending > 0)
        await this.jobs.send(
          'send-mention-digest',
          { userId },
          { startAfter: DIGEST_DELAY_SECONDS, singletonKey: `mention-digest:${userId}`, singletonSeconds: DIGEST_DELAY_SECONDS },
        );
      return;
    }
    await this.dataSource.transaction(async (manager) => {
      const [user] = await manager.query(`SELECT email, name, language FROM users WHERE id = $1 AND password_hash IS NOT NULL`, [userId]);
      if (!user) return;
      const mentions: { id: string; excerpt: string; actor: string | null; room_title: LocalizedText; edition_language: Language | null }[] =
        await manager.query(
          `SELECT n.id, n.excerpt, a.name AS actor, ${ROOM_TITLE} AS room_title, ed.default_language AS edition_language
           FROM notifications n JOIN rooms r ON r.id = n.room_id ${ROOM_TITLE_JOINS} LEFT JOIN users a ON a.id = n.actor_id
          WHERE n.user_id = $1 AND n.kind = 'mention' AND n.read_at IS NULL AND n.emailed_at IS NULL
          ORDER BY n.created_at FOR UPDATE OF n SKIP LOCKED`,
          [userId],
        );
      if (mentions.length === 0) return;
      await manager.query(`UPDATE notifications SET emailed_at = now() WHERE id = ANY($1::uuid[])`, [mentions.map((m) => m.id)]);
      const language = user.language as Language;
      const lines = mentions
        .slice(-MAX_LINES)
        .map((m) => `• ${m.actor ?? ''} — ${localize(m.room_title, language, m.edition_language ?? 'en')}: “${m.excerpt}”`);
      await this.jobs.send(
        'send-email',
        {
          key: `mention-digest:${userId}:${mentions[0]!.id}`,
          to: user.email,
          language,
          template: 'mention_digest',
          params: { name: user.name, mentions: lines.join('\n'), link: `${this.config.PUBLIC_URL}/discussions` },
        },
        {},
        manager,
      );
    });
  }
}
