import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { addDays, dateIn, localize, zonedTime, type AutomaticSend, type JobPayloads, type Language } from '@sstc/shared';
import { CONFIG, type Config } from '../../config/config.js';
import { EditionSchedules, type EditionSchedule } from '../courses/edition-schedules.js';
import { Edition } from '../courses/edition.entity.js';
import { enrolmentsIn } from '../enrolments/membership.sql.js';
import { JobsService } from '../jobs/jobs.service.js';
import { DEFAULT_REMINDER_DAYS_BEFORE, LearningSettingsRow } from './learning-settings.entity.js';

/** Local time of day at which reminders go out, in the edition's time zone. */
const SEND_AT = '09:00';

/**
 * Pre-learning reminders: one job per edition, due N days before the face-to-face week (pg-boss
 * cron is off, so the job is sent with startAfter). Each recipient gets a learning_reminders row
 * and the email job in the same transaction: a retried or duplicated job never emails twice. A new
 * edition gets its job, and a moved week a new one, in the edition's own transaction (EditionSchedules).
 */
@Injectable()
export class LearningRemindersService implements EditionSchedule, OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('LearningReminders');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    @Inject(CONFIG) private readonly config: Config,
    private readonly schedules: EditionSchedules,
  ) {}

  onModuleInit(): void {
    this.schedules.register(this);
  }

  /** A new edition, or new dates: the job for the (new) due date; the old job finds another date and does nothing. */
  async follow(manager: EntityManager, edition: Edition): Promise<void> {
    await this.schedule(edition, manager);
  }

  /** The one reminder of the edition: planned for those who have not started, or sent to those reminded. */
  async sends(edition: Edition, now = new Date()): Promise<AutomaticSend[]> {
    const daysBefore = await this.daysBefore(edition.id);
    const at = zonedTime(this.dueOn(edition, daysBefore), SEND_AT, edition.timeZone);
    const sent = at <= now || dateIn(edition.timeZone, now) >= edition.faceToFaceStart;
    const [{ reminded, pending }] = await this.dataSource.query(
      `SELECT (SELECT count(*) FROM learning_reminders r WHERE r.edition_id = $1)::int AS reminded,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM learning_progress p WHERE p.edition_id = $1 AND p.user_id = e.user_id)
                AND NOT EXISTS (SELECT 1 FROM learning_reminders r WHERE r.edition_id = $1 AND r.user_id = e.user_id))::int AS pending
         FROM ${enrolmentsIn('$1')} e WHERE e.role = 'participant' AND e.status = 'active'`,
      [edition.id],
    );
    const base = { surveyId: null, surveyKind: null, distributionId: null, day: daysBefore, followsEdition: true };
    return [{ ...base, kind: 'learning_reminder', status: sent ? 'sent' : 'planned', at: at.toISOString(), recipients: sent ? reminded : pending }];
  }

  /** After a restart, every edition still ahead has its reminder queued (a duplicate is harmless). */
  async onApplicationBootstrap(): Promise<void> {
    const editions = await this.dataSource.getRepository(Edition).find();
    for (const edition of editions)
      await this.schedule(edition).catch((error: unknown) => this.logger.warn(`scheduling ${edition.code}: ${String(error)}`));
  }

  async daysBefore(editionId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    return (await manager.findOneBy(LearningSettingsRow, { editionId }))?.reminderDaysBefore ?? DEFAULT_REMINDER_DAYS_BEFORE;
  }

  async setDaysBefore(edition: Edition, reminderDaysBefore: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.upsert(LearningSettingsRow, { editionId: edition.id, reminderDaysBefore }, ['editionId']);
      await this.schedule(edition, manager);
    });
  }

  dueOn(edition: Edition, daysBefore: number): string {
    return addDays(edition.faceToFaceStart, -daysBefore);
  }

  /** Queues the edition's reminder job for its due date, unless the face-to-face week has begun. */
  async schedule(edition: Edition, manager?: EntityManager): Promise<void> {
    const today = dateIn(edition.timeZone);
    if (today >= edition.faceToFaceStart) return;
    const dueOn = this.dueOn(edition, await this.daysBefore(edition.id, manager));
    const at = zonedTime(dueOn, SEND_AT, edition.timeZone);
    const startAfter = at.getTime() > Date.now() ? at : new Date();
    await this.jobs.send(
      'send-learning-reminders',
      { editionId: edition.id, dueOn },
      { startAfter, singletonKey: `${edition.id}:${dueOn}` },
      manager,
    );
  }

  /** Sends the reminders that are due; returns how many people were newly reminded. */
  async run(payload: JobPayloads['send-learning-reminders'], now = new Date()): Promise<number> {
    const edition = await this.dataSource.getRepository(Edition).findOneBy({ id: payload.editionId });
    if (!edition) return 0;
    const today = dateIn(edition.timeZone, now);
    const dueOn = this.dueOn(edition, await this.daysBefore(edition.id));
    // A job scheduled before the setting or the dates changed does nothing; the new job will.
    if (payload.dueOn !== dueOn || today < dueOn || today >= edition.faceToFaceStart) return 0;
    const recipients: { id: string; email: string; name: string; language: Language }[] = await this.dataSource.query(
      `SELECT u.id, u.email, u.name, u.language FROM ${enrolmentsIn('$1')} e JOIN users u ON u.id = e.user_id
        WHERE e.role = 'participant' AND e.status = 'active'
          AND NOT EXISTS (SELECT 1 FROM learning_progress p WHERE p.edition_id = $1 AND p.user_id = e.user_id)
          AND NOT EXISTS (SELECT 1 FROM learning_reminders r WHERE r.edition_id = $1 AND r.user_id = e.user_id)`,
      [edition.id],
    );
    let sent = 0;
    for (const person of recipients) {
      const reminded = await this.dataSource.transaction(async (manager) => {
        const inserted: unknown[] = await manager.query(
          `INSERT INTO learning_reminders (edition_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING user_id`,
          [edition.id, person.id],
        );
        if (inserted.length === 0) return false;
        await this.jobs.send(
          'send-email',
          {
            key: `learning-reminder:${edition.id}:${person.id}`,
            to: person.email,
            language: person.language,
            template: 'learning_reminder',
            params: {
              name: person.name,
              edition: localize(edition.title, person.language, edition.defaultLanguage),
              date: new Intl.DateTimeFormat(person.language, { dateStyle: 'long', timeZone: 'UTC' }).format(
                new Date(`${edition.faceToFaceStart}T00:00:00Z`),
              ),
              link: `${this.config.PUBLIC_URL}/editions/${edition.id}/learning`,
            },
          },
          {},
          manager,
        );
        return true;
      });
      if (reminded) sent++;
    }
    if (sent) this.logger.log(`Reminded ${sent} participant(s) of ${edition.code} about pre-learning.`);
    return sent;
  }
}
