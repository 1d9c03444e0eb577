import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { JobPayloads, Language, NotificationKind } from '@sstc/shared';
import { CONFIG, type Config } from '../../../config/config.js';
import { JobsService } from '../../jobs/jobs.service.js';
import { notificationLines, type LineRow } from '../notification-lines.js';

/** Digests go out from this hour, in each person's time zone, and cover what came before it. */
export const DIGEST_HOUR = 7;
/** How often the digest job looks for people whose morning has come. */
export const DIGEST_SLOT_MINUTES = 15;

interface DueDigest {
  user_id: string;
  frequency: 'daily' | 'weekly';
  kinds: NotificationKind[];
  period: string;
  cutoff: Date;
  since: Date;
  email: string;
  name: string;
  language: Language;
}

// For each person and frequency they use: the period their local time `$1` falls in (a day or an
// ISO week starting at DIGEST_HOUR local), its start as a moment (cutoff: the digest covers what
// came before it, within one period), and whether something is waiting and no digest went out.
const DUE_SQL = `
  WITH chosen AS (
    SELECT p.user_id, p.delivery AS frequency, array_agg(p.kind) AS kinds, u.time_zone, u.email, u.name, u.language,
           date_trunc(CASE p.delivery WHEN 'daily' THEN 'day' ELSE 'week' END,
                      ($1::timestamptz AT TIME ZONE u.time_zone) - make_interval(hours => ${DIGEST_HOUR})) AS local_start
      FROM notification_preferences p JOIN users u ON u.id = p.user_id
     WHERE p.delivery IN ('daily', 'weekly') AND u.password_hash IS NOT NULL
     GROUP BY p.user_id, p.delivery, u.time_zone, u.email, u.name, u.language),
  due AS (
    SELECT *, frequency || ':' || to_char(local_start, 'YYYY-MM-DD') AS period,
           (local_start + make_interval(hours => ${DIGEST_HOUR})) AT TIME ZONE time_zone AS cutoff,
           (local_start + make_interval(hours => ${DIGEST_HOUR}) - CASE frequency WHEN 'daily' THEN interval '1 day' ELSE interval '7 days' END)
             AT TIME ZONE time_zone AS since
      FROM chosen)
  SELECT user_id, frequency, kinds, period, cutoff, since, email, name, language FROM due
   WHERE NOT EXISTS (SELECT 1 FROM notification_digests d WHERE d.user_id = due.user_id AND d.period = due.period)
     AND EXISTS (SELECT 1 FROM notifications n WHERE n.user_id = due.user_id AND n.kind = ANY(due.kinds)
                    AND n.read_at IS NULL AND n.emailed_at IS NULL AND n.created_at >= due.since AND n.created_at < due.cutoff)`;

/**
 * Daily and weekly digests, in each person's language and time zone. A job per 15-minute slot
 * (one id per slot, whoever queues it) finds the people whose morning has come; for each, one
 * transaction inserts the (person, period) row, marks the notifications emailed and enqueues the
 * email, so with any number of instances, retries or a crash in between, a period sends one
 * digest or none. The slot's time comes from the payload, not the clock: a test runs a slot
 * of tomorrow morning by queueing it.
 */
@Injectable()
export class SendNotificationDigestsJob implements OnApplicationBootstrap {
  private readonly logger = new Logger('Digests');

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work('send-notification-digests', async (payload) => {
      await this.run(payload);
      await this.scheduleNext();
    });
    await this.scheduleNext();
  }

  /** Sends the digests due at `at`; answers how many were sent. */
  async run({ at }: JobPayloads['send-notification-digests']): Promise<number> {
    const due: DueDigest[] = await this.dataSource.query(DUE_SQL, [at]);
    let sent = 0;
    let failed = 0;
    for (const digest of due) {
      try {
        if (await this.send(digest)) sent += 1;
      } catch (error) {
        // One person's failure does not hold back the others; the slot's retry finds them again.
        this.logger.warn(`digest ${digest.period} of ${digest.user_id}: ${String(error)}`);
        failed += 1;
      }
    }
    if (failed > 0) throw new Error(`${failed} digests failed`);
    return sent;
  }

  private send(digest: DueDigest): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const claimed: unknown[] = await manager.query(
        `INSERT INTO notification_digests (user_id, period, count) VALUES ($1, $2, 0) ON CONFLICT DO NOTHING RETURNING user_id`,
        [digest.user_id, digest.period],
      );
      if (claimed.length === 0) return false;
      const rows: (LineRow & { id: string })[] = await manager.query(
        `WITH s AS (
           SELECT x.id, a.name AS actor FROM notifications x LEFT JOIN users a ON a.id = x.actor_id
            WHERE x.user_id = $1 AND x.kind = ANY($2::varchar[]) AND x.read_at IS NULL AND x.emailed_at IS NULL
              AND x.created_at >= $3 AND x.created_at < $4 FOR UPDATE OF x),
         marked AS (UPDATE notifications n SET emailed_at = now() FROM s WHERE n.id = s.id RETURNING n.id, n.kind, n.title, n.excerpt, n.created_at, s.actor)
         SELECT * FROM marked ORDER BY created_at`,
        [digest.user_id, digest.kinds, digest.since, digest.cutoff],
      );
      if (rows.length === 0) {
        await manager.query(`DELETE FROM notification_digests WHERE user_id = $1 AND period = $2`, [digest.user_id, digest.period]);
        return false;
      }
      await manager.query(`UPDATE notification_digests SET count = $3 WHERE user_id = $1 AND period = $2`, [
        digest.user_id,
        digest.period,
        rows.length,
      ]);
      await this.jobs.send(
        'send-email',
        {
          key: `notification-digest:${digest.user_id}:${digest.period}`,
          to: digest.email,
          language: digest.language,
          template: digest.frequency === 'daily' ? 'notification_digest_daily' : 'notification_digest_weekly',
          params: {
            name: digest.name,
            count: String(rows.length),
            lines: notificationLines(rows, digest.language),
            link: `${this.config.PUBLIC_URL}/notifications`,
          },
          unsubscribe: { userId: digest.user_id, scope: 'all' },
        },
        {},
        manager,
      );
      return true;
    });
  }

  /** Queues the next slot; every instance and restart queues the same job (one id per slot). */
  async scheduleNext(now = new Date()): Promise<void> {
    const interval = DIGEST_SLOT_MINUTES * 60_000;
    const slot = new Date(Math.floor(now.getTime() / interval) * interval + interval);
    await this.jobs.send(
      'send-notification-digests',
      { at: slot.toISOString() },
      { id: slotId(slot), startAfter: slot, retryLimit: 20, retryBackoff: true },
    );
  }
}

/** A UUID derived from the slot's time: the same job whoever sends it. */
function slotId(slot: Date): string {
  const hex = createHash('sha256').update(`send-notification-digests:${slot.toISOString()}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
