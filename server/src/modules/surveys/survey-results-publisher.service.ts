import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { JobsService } from '../jobs/jobs.service.js';
import { Survey } from './entities/survey.entity.js';

/** How often waiting anonymous responses are published (besides at closing). */
export const PUBLISH_INTERVAL_HOURS = 6;

/**
 * Anonymous responses reach the results in batches, never one by one: each waits in
 * survey_response_pool until the 6-hourly publication finds at least the survey's minimum group
 * size waiting, or the survey's last distribution has closed. A batch moves in one statement, in
 * random order, dated by the day of publication: its rows share one transaction and one day, and
 * their random ids carry no order.
 */
@Injectable()
export class SurveyResultsPublisher {
  private readonly logger = new Logger('SurveyResults');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
  ) {}

  /** Publishes every anonymous survey whose batch is due; answers how many responses were published. */
  async publishDue(): Promise<number> {
    const surveys: { survey_id: string }[] = await this.dataSource.query('SELECT DISTINCT survey_id FROM survey_response_pool');
    let published = 0;
    for (const { survey_id } of surveys) published += await this.publish(survey_id);
    return published;
  }

  /**
   * Publishes the survey's waiting responses if there are at least its minimum group size, or any
   * once no distribution of it is still open (or `closing` says so).
   */
  async publish(surveyId: string, options: { closing?: boolean } = {}): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const survey = await manager.findOne(Survey, { where: { id: surveyId }, lock: { mode: 'pessimistic_write' } });
      if (!survey?.anonymous) return 0;
      const [{ waiting }] = await manager.query('SELECT count(*)::int AS waiting FROM survey_response_pool WHERE survey_id = $1', [surveyId]);
      const closing = options.closing || !(await this.stillOpen(manager, surveyId));
      if (waiting === 0 || (!closing && waiting < survey.minGroupSize)) return 0;
      // One statement: a response pooled meanwhile is either moved or left for the next batch, never lost.
      const moved: unknown[] = await manager.query(
        `WITH batch AS (DELETE FROM survey_response_pool WHERE survey_id = $1 RETURNING survey_id, language, answers)
         INSERT INTO survey_responses (survey_id, submitted_on, language, answers)
         SELECT survey_id, (now() AT TIME ZONE 'UTC')::date, language, answers FROM batch ORDER BY random() RETURNING 1`,
        [surveyId],
      );
      await manager.update(Survey, { id: surveyId }, { resultsPublishedAt: new Date() });
      this.logger.log(`survey ${surveyId}: ${moved.length} anonymous responses published`);
      return moved.length;
    });
  }

  /** Queues the publication at a distribution's closing time (a later closing queues another). */
  async publishAtClosing(manager: EntityManager, surveyId: string, closesAt: Date): Promise<void> {
    await this.jobs.send('survey-publish-results', { surveyId }, { startAfter: closesAt, retryLimit: 20, retryBackoff: true }, manager);
  }

  /** Queues the next 6-hourly publication; every instance and restart queues the same job (one id per slot). */
  async scheduleNext(now = new Date()): Promise<void> {
    const interval = PUBLISH_INTERVAL_HOURS * 3_600_000;
    const slot = new Date(Math.floor(now.getTime() / interval) * interval + interval);
    await this.jobs.send('survey-publish-results', { surveyId: null }, { id: slotId(slot), startAfter: slot, retryLimit: 20, retryBackoff: true });
  }

  private async stillOpen(manager: EntityManager, surveyId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM survey_distributions WHERE survey_id = $1 AND status IN ('scheduled', 'blocked', 'open') AND closes_at > now() LIMIT 1`,
      [surveyId],
    );
    return rows.length > 0;
  }
}

/** A UUID derived from the slot's time: the same job whoever sends it. */
function slotId(slot: Date): string {
  const hex = createHash('sha256').update(`survey-publish-results:${slot.toISOString()}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
