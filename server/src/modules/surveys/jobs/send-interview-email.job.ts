import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { JobPayloads, Language } from '@sstc/shared';
import { CONFIG, type Config } from '../../../config/config.js';
import { surveyWords } from '../../../locales/surveys.js';
import { JobsService } from '../../jobs/jobs.service.js';
import { EmailDelivery } from '../../mail/email-delivery.entity.js';
import { MailService } from '../../mail/mail.service.js';
import { interviewCalendar } from '../interview-calendar.js';
import { messageIdOf } from '../survey-sender.service.js';

/**
 * Emails an interview proposal as a calendar invitation (iTIP REQUEST), or its cancellation
 * (CANCEL), under the interview's one UID with its current SEQUENCE, so the participant's calendar
 * moves or removes the one entry. Keyed per interview and sequence (email_deliveries), so a retried
 * job sends nothing twice; a superseded version is not sent.
 */
@Injectable()
export class SendInterviewEmailJob implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work('survey-send-interview-email', (payload) => this.run(payload));
  }

  async run(payload: JobPayloads['survey-send-interview-email']): Promise<void> {
    const key = `interview:${payload.interviewId}:${payload.sequence}`;
    const deliveries = this.dataSource.getRepository(EmailDelivery);
    if ((await deliveries.findOneBy({ key }))?.status === 'sent') return;
    const [row] = await this.dataSource.query(
      `SELECT iv.id, iv.status, iv.sequence, iv.starts_at, iv.duration_minutes, iv.meeting_link, iv.note, u.email, u.name, u.language, u.time_zone, iu.name AS interviewer, e.time_zone AS edition_time_zone
         FROM survey_interviews iv JOIN users u ON u.id = iv.user_id JOIN surveys s ON s.id = iv.survey_id JOIN editions e ON e.id = s.edition_id LEFT JOIN users iu ON iu.id = iv.interviewer_id
        WHERE iv.id = $1`,
      [payload.interviewId],
    );
    if (!row || row.sequence !== payload.sequence || !row.starts_at) return;
    const method = row.status === 'proposed' ? 'REQUEST' : row.status === 'cancelled' ? 'CANCEL' : null;
    if (!method) return;
    const template = method === 'REQUEST' ? 'interview_proposal' : 'interview_cancelled';
    const language = row.language as Language;
    const startsAt = new Date(row.starts_at);
    const format = (timeZone: string) =>
      new Intl.DateTimeFormat(language, {
        weekday: 'long',
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZone,
        timeZoneName: 'short',
      }).format(startsAt);
    const when = row.time_zone === row.edition_time_zone ? format(row.time_zone) : `${format(row.time_zone)} (${format(row.edition_time_zone)})`;
    const interviewer = row.interviewer ?? 'SSTC Academy';
    const link = method === 'REQUEST' ? `${this.config.PUBLIC_URL}/interviews/${row.id}` : `${this.config.PUBLIC_URL}/`;
    const email = this.mail.render(template, language, {
      name: row.name,
      interviewer,
      // The length in minutes; passed as `count`, it also picks the plural form.
      count: String(row.duration_minutes),
      when,
      meeting: row.meeting_link,
      note: row.note,
      link,
    });
    const from = /<([^>]+)>/.exec(this.config.MAIL_FROM)?.[1] ?? this.config.MAIL_FROM;
    const calendar = interviewCalendar(
      {
        uid: `${row.id}@sstc-academy`,
        sequence: row.sequence,
        startsAt,
        durationMinutes: row.duration_minutes,
        summary: surveyWords[language].interview,
        description: `${row.meeting_link}\n${row.note ?? ''}\n${link}`.trim(),
        url: row.meeting_link,
        organizer: { name: interviewer, email: from },
        attendee: { name: row.name, email: row.email },
      },
      method,
    );
    try {
      await this.mail.send({
        to: row.email,
        ...email,
        messageId: messageIdOf(key),
        icalEvent: { method, filename: 'interview.ics', content: calendar },
      });
    } catch (error) {
      await deliveries.save({ key, recipient: row.email, template, status: 'failed', error: String(error).slice(0, 1000), sentAt: null });
      throw error;
    }
    await deliveries.save({ key, recipient: row.email, template, status: 'sent', error: null, sentAt: new Date() });
  }
}
