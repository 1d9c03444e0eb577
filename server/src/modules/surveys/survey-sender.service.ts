import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, QueryRunner } from 'typeorm';
import { estimatedMinutes, formatClosing, localize, type Language, type LocalizedText, type SurveyMessageKind } from '@sstc/shared';
import { CONFIG, type Config } from '../../config/config.js';
import { hashToken, newToken } from '../../common/crypto/tokens.js';
import { NotificationRecorder } from '../../common/notifications/notification-recorder.js';
import { MailService } from '../mail/mail.service.js';

/** How many messages one sender job sends side by side. */
export const SEND_CONCURRENCY = 4;
const MAX_ATTEMPTS = 5;

interface ClaimedMessage {
  key: string;
  kind: SurveyMessageKind;
  invitation_id: string;
  user_id: string;
  responded: boolean;
  language: Language;
  email: string;
  name: string;
  time_zone: string;
  closes_at: Date;
  distribution_status: string;
  survey_title: LocalizedText;
  edition_title: LocalizedText;
  default_language: Language;
  questions: number;
}

/** The Message-ID of a planned message: the same for every attempt, so a duplicate is recognisable. */
export function messageIdOf(key: string): string {
  return `<${createHash('sha256').update(key).digest('hex').slice(0, 40)}@survey.sstc-academy>`;
}

/**
 * Sends planned survey messages, each at most once.
 *
 * A message is claimed with SELECT … FOR UPDATE SKIP LOCKED inside a transaction that stays open
 * while the email goes out and commits together with `status = 'sent'`. Another worker (on this
 * instance or another) skips a claimed row; if the worker dies, its connection drops, the lock goes
 * and the row is still 'queued' for the next worker. The one window left: the SMTP server accepted
 * the message but the process died before the COMMIT. The message is then sent again, with the
 * same Message-ID (derived from the key), so mail systems and people can tell it is a duplicate;
 * the link of both copies works because the link's token is committed before sending.
 */
@Injectable()
export class SurveySenderService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: Config,
    private readonly mail: MailService,
    private readonly notifications: NotificationRecorder,
  ) {}

  /** Sends until no message of the distribution is left to claim; throws if some failed (for a later retry). */
  async drain(distributionId: string): Promise<{ sent: number; failed: number }> {
    const totals = { sent: 0, failed: 0 };
    await Promise.all(
      Array.from({ length: SEND_CONCURRENCY }, async () => {
        for (;;) {
          const outcome = await this.sendNext(distributionId);
          if (outcome === 'none') return;
          if (outcome === 'sent') totals.sent++;
          if (outcome === 'failed') totals.failed++;
        }
      }),
    );
    // Failed messages wait for their retry time: fail this job so that the queue runs it again later.
    const [{ waiting }] = await this.dataSource.query(
      `SELECT count(*)::int AS waiting FROM survey_messages WHERE distribution_id = $1 AND status = 'failed' AND attempts < $2`,
      [distributionId, MAX_ATTEMPTS],
    );
    if (waiting > 0) throw new Error(`${waiting} survey messages of distribution ${distributionId} failed; they will be retried`);
    return totals;
  }

  /** Claims, sends and marks one message. */
  async sendNext(distributionId: string): Promise<'sent' | 'skipped' | 'failed' | 'none'> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const [message] = (await runner.query(
        `SELECT m.key, m.kind, i.id AS invitation_id, i.user_id, i.responded, i.language, u.email, u.name, e.time_zone,
                d.closes_at, d.status AS distribution_status, s.title AS survey_title, e.title AS edition_title, e.default_language,
                (SELECT count(*)::int FROM survey_questions q WHERE q.survey_id = s.id) AS questions
           FROM survey_messages m
           JOIN survey_invitations i ON i.id = m.invitation_id
           JOIN users u ON u.id = i.user_id
           JOIN survey_distributions d ON d.id = i.distribution_id
           JOIN surveys s ON s.id = d.survey_id
           JOIN editions e ON e.id = s.edition_id
          WHERE m.distribution_id = $1
            AND (m.status = 'queued' OR (m.status = 'failed' AND m.attempts < $2 AND m.retry_at <= now()))
          LIMIT 1
          FOR UPDATE OF m SKIP LOCKED`,
        [distributionId, MAX_ATTEMPTS],
      )) as ClaimedMessage[];
      if (!message) {
        await runner.commitTransaction();
        return 'none';
      }
      if (message.responded || message.distribution_status !== 'open' || new Date(message.closes_at) <= new Date()) {
        await runner.query(`UPDATE survey_messages SET status = 'skipped' WHERE key = $1`, [message.key]);
        await runner.commitTransaction();
        return 'skipped';
      }
      return await this.deliver(runner, message);
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  private async deliver(runner: QueryRunner, message: ClaimedMessage): Promise<'sent' | 'failed'> {
    // Committed on its own before sending: if the COMMIT below never happens, this link still works.
    const token = newToken();
    await this.dataSource.query('INSERT INTO survey_tokens (token_hash, invitation_id) VALUES ($1, $2)', [hashToken(token), message.invitation_id]);
    const language = message.language;
    const email = this.mail.render(message.kind === 'reminder' ? 'survey_reminder' : 'survey_invitation', language, {
      name: message.name,
      survey: localize(message.survey_title, language, message.default_language),
      edition: localize(message.edition_title, language, message.default_language),
      // The minutes it takes; passed as `count`, it also picks the plural form.
      count: String(estimatedMinutes(message.questions)),
      // In the survey's time zone, named, exactly as the form says it.
      closes: formatClosing(new Date(message.closes_at).toISOString(), language, message.time_zone),
      link: `${this.config.PUBLIC_URL}/s/${token}`,
    });
    try {
      await this.mail.send({ to: message.email, ...email, messageId: messageIdOf(message.key) });
    } catch (error) {
      await runner.query(
        `UPDATE survey_messages SET status = 'failed', attempts = attempts + 1, error = $2, retry_at = now() + make_interval(secs => 30 * power(2, attempts)) WHERE key = $1`,
        [message.key, String(error).slice(0, 1000)],
      );
      await runner.commitTransaction();
      return 'failed';
    }
    await runner.query(`UPDATE survey_messages SET status = 'sent', attempts = attempts + 1, error = NULL, sent_at = now() WHERE key = $1`, [
      message.key,
    ]);
    // The invitation also waits in the person's notifications (the link there is their surveys page, never the token).
    const notified =
      message.kind === 'invitation'
        ? await this.notifications.record(runner.manager, {
            kind: 'survey_invitation',
            recipientIds: [message.user_id],
            subjectId: message.invitation_id,
            title: message.survey_title,
            link: '/surveys',
            alreadyEmailed: true,
          })
        : [];
    await runner.commitTransaction();
    await this.notifications.publish(notified);
    return 'sent';
  }
}
