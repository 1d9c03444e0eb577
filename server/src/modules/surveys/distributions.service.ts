import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  missingTranslations,
  type Audience,
  type CreateDistributionRequest,
  type Distribution,
  type JobPayloads,
  type Language,
  type UpdateDistributionRequest,
} from '@sstc/shared';
import { ApiException, notFound } from '../../common/http/api.exception.js';
import { JobsService } from '../jobs/jobs.service.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { enrolmentsIn } from '../enrolments/membership.sql.js';
import { assessmentWindow, type AssessmentWindow } from './assessment-plan.js';
import { SurveyDistribution } from './entities/survey-distribution.entity.js';
import { Survey } from './entities/survey.entity.js';
import { loadContent } from './survey-content.js';
import { surveyError } from './survey-errors.js';
import { SurveyResultsPublisher } from './survey-results-publisher.service.js';

const DAY_MS = 86_400_000;

/** Statuses of a distribution that has sent nothing yet. */
const NOT_STARTED: SurveyDistribution['status'][] = ['draft', 'scheduled', 'blocked'];

/** Enrolments an audience reaches: $1 edition, $2 roles, $3 statuses, $4 cohorts (empty: all). */
export const AUDIENCE_SQL = `FROM ${enrolmentsIn('$1')} e JOIN users u ON u.id = e.user_id
  WHERE e.role = ANY($2) AND e.status = ANY($3) AND (cardinality($4::uuid[]) = 0 OR e.cohort_id = ANY($4::uuid[]))`;

export const audienceParams = (editionId: string, audience: Audience) => [editionId, audience.roles, audience.statuses, audience.cohortIds];

/**
 * Distributions: an audience, an opening time, reminders and a closing time. Opening plans one
 * invitation and one message row per recipient in a single transaction, together with the jobs
 * that send them, so a crash leaves either everything planned or nothing.
 */
@Injectable()
export class DistributionsService {
  private readonly logger = new Logger('Surveys');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly publisher: SurveyResultsPublisher,
  ) {}

  async listFor(surveyId: string, manager: EntityManager = this.dataSource.manager): Promise<Distribution[]> {
    const distributions = await manager.find(SurveyDistribution, { where: { surveyId }, order: { opensAt: 'ASC' } });
    const counts: { distribution_id: string; recipients: number; responded: number }[] = await manager.query(
      'SELECT distribution_id, count(*)::int AS recipients, count(*) FILTER (WHERE responded)::int AS responded FROM survey_invitations WHERE survey_id = $1 GROUP BY 1',
      [surveyId],
    );
    return distributions.map((d) =>
      toDistribution(
        d,
        counts.find((c) => c.distribution_id === d.id),
      ),
    );
  }

  async get(distributionId: string): Promise<Distribution> {
    const distribution = await this.dataSource.getRepository(SurveyDistribution).findOneBy({ id: distributionId });
    if (!distribution) throw notFound();
    return (await this.listFor(distribution.surveyId)).find((d) => d.id === distributionId)!;
  }

  async surveyIdOf(distributionId: string): Promise<string> {
    const distribution = await this.dataSource.getRepository(SurveyDistribution).findOneBy({ id: distributionId });
    if (!distribution) throw notFound();
    return distribution.surveyId;
  }

  /** `automatic`: scheduled for the edition by default, so it follows the edition's dates. */
  async create(surveyId: string, request: CreateDistributionRequest, manager?: EntityManager, automatic = false): Promise<Distribution> {
    const work = async (m: EntityManager) => {
      const survey = await m.findOneBy(Survey, { id: surveyId });
      if (!survey) throw notFound();
      await this.assertCohortsOf(m, survey.editionId, request.audience.cohortIds);
      const distribution = await m.save(SurveyDistribution, {
        surveyId,
        status: 'draft' as const,
        audience: request.audience,
        opensAt: new Date(request.opensAt),
        closesAt: new Date(request.closesAt),
        reminderDays: request.reminderDays,
        blockedReason: null,
        openedAt: null,
        automatic,
        followsEdition: automatic,
      });
      if (request.schedule) await this.scheduleIn(m, distribution, survey);
      return (await this.listFor(surveyId, m)).find((d) => d.id === distribution.id)!;
    };
    return manager ? work(manager) : this.dataSource.transaction(work);
  }

  /**
   * Before opening everything may change; once open, only the closing date and the reminders. New
   * dates on an automatic distribution stop it following the edition's dates.
   */
  async update(distributionId: string, request: UpdateDistributionRequest): Promise<Distribution> {
    const surveyId = await this.dataSource.transaction(async (manager) => {
      const distribution = await this.lock(manager, distributionId);
      const survey = await manager.findOneByOrFail(Survey, { id: distribution.surveyId });
      const opened = distribution.status === 'open';
      if (distribution.status === 'cancelled' || (opened && (request.audience || request.opensAt))) throw surveyError('distribution_locked');
      if (request.audience) await this.assertCohortsOf(manager, survey.editionId, request.audience.cohortIds);
      const before = { opensAt: distribution.opensAt.getTime(), closesAt: distribution.closesAt.getTime(), reminderDays: distribution.reminderDays };
      Object.assign(distribution, {
        ...(request.audience ? { audience: request.audience } : {}),
        ...(request.opensAt ? { opensAt: new Date(request.opensAt) } : {}),
        ...(request.closesAt ? { closesAt: new Date(request.closesAt) } : {}),
        ...(request.reminderDays ? { reminderDays: request.reminderDays } : {}),
      });
      if (distribution.closesAt <= distribution.opensAt)
        throw new ApiException('validation_failed', { details: [{ path: 'closesAt', code: 'invalid', message: '' }] });
      if (
        distribution.opensAt.getTime() !== before.opensAt ||
        distribution.closesAt.getTime() !== before.closesAt ||
        distribution.reminderDays.join() !== before.reminderDays.join()
      )
        distribution.followsEdition = false;
      await manager.save(SurveyDistribution, distribution);
      if (distribution.status === 'scheduled' && distribution.opensAt.getTime() !== before.opensAt) await this.enqueueOpening(manager, distribution);
      if (opened) {
        for (const day of distribution.reminderDays.filter((d) => !before.reminderDays.includes(d)))
          await this.enqueueReminder(manager, distribution, day);
        if (survey.anonymous && request.closesAt) await this.publisher.publishAtClosing(manager, survey.id, distribution.closesAt);
      }
      return distribution.surveyId;
    });
    return (await this.listFor(surveyId)).find((d) => d.id === distributionId)!;
  }

  /** Schedules a draft or blocked distribution (checking translations for its recipients' languages). */
  async schedule(distributionId: string): Promise<Distribution> {
    const surveyId = await this.dataSource.transaction(async (manager) => {
      const distribution = await this.lock(manager, distributionId);
      if (!['draft', 'blocked'].includes(distribution.status)) throw surveyError('distribution_locked');
      await this.scheduleIn(manager, distribution, await manager.findOneByOrFail(Survey, { id: distribution.surveyId }));
      return distribution.surveyId;
    });
    return (await this.listFor(surveyId)).find((d) => d.id === distributionId)!;
  }

  /** Puts an automatic distribution edited by hand back on the edition's dates ("follow the edition's dates again"). */
  async followEditionAgain(distributionId: string): Promise<Distribution> {
    const surveyId = await this.dataSource.transaction(async (manager) => {
      const distribution = await this.lock(manager, distributionId);
      const survey = await manager.findOneOrFail(Survey, { where: { id: distribution.surveyId }, relations: { edition: true } });
      const window = assessmentWindow(survey.kind, survey.edition);
      if (!distribution.automatic || !window) throw surveyError('distribution_not_automatic');
      if (!NOT_STARTED.includes(distribution.status)) throw surveyError('distribution_locked');
      distribution.followsEdition = true;
      await this.follow(manager, distribution, survey, window);
      return distribution.surveyId;
    });
    return (await this.listFor(surveyId)).find((d) => d.id === distributionId)!;
  }

  /**
   * Moves an automatic distribution that has not started to the window the edition's dates give it,
   * in the caller's transaction (the edition's). Its opening job is queued again (the old one sees
   * another opensAt and does nothing); its reminders and closing go with the opening. As when the
   * edition was created, one whose opening is now past waits as a draft, and a draft whose opening
   * is now ahead is scheduled (if its texts are complete for its audience).
   */
  async follow(manager: EntityManager, distribution: SurveyDistribution, survey: Survey, window: AssessmentWindow, now = new Date()): Promise<void> {
    if (!distribution.automatic || !distribution.followsEdition || !NOT_STARTED.includes(distribution.status)) return;
    const moved = distribution.opensAt.getTime() !== window.opensAt.getTime();
    Object.assign(distribution, window);
    const ahead = window.opensAt > now;
    if (distribution.status === 'scheduled' && !ahead) distribution.status = 'draft';
    await manager.save(SurveyDistribution, distribution);
    if (distribution.status === 'scheduled' && moved) await this.enqueueOpening(manager, distribution);
    if (distribution.status === 'draft' && ahead && (await this.untranslatedFor(manager, survey, distribution.audience)).length === 0)
      await this.scheduleIn(manager, distribution, survey);
  }

  async cancel(distributionId: string): Promise<Distribution> {
    const surveyId = await this.dataSource.transaction(async (manager) => {
      const distribution = await this.lock(manager, distributionId);
      if (distribution.status === 'open') throw surveyError('distribution_locked');
      distribution.status = 'cancelled';
      await manager.save(SurveyDistribution, distribution);
      return distribution.surveyId;
    });
    return (await this.listFor(surveyId)).find((d) => d.id === distributionId)!;
  }

  /** The opening job: plans invitations and messages, then queues the senders and the reminders. */
  async open(payload: JobPayloads['survey-open-distribution']): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const distribution = await manager.findOne(SurveyDistribution, { where: { id: payload.distributionId }, lock: { mode: 'pessimistic_write' } });
      // Rescheduled, cancelled or already opened: this job is stale.
      if (!distribution || distribution.status !== 'scheduled' || distribution.opensAt.toISOString() !== payload.opensAt) return;
      const survey = await manager.findOne(Survey, { where: { id: distribution.surveyId }, lock: { mode: 'pessimistic_write' } });
      if (!survey) return;
      const missing = await this.untranslatedFor(manager, survey, distribution.audience);
      if (missing.length > 0) {
        Object.assign(distribution, { status: 'blocked', blockedReason: 'survey_translation_missing' });
        await manager.save(SurveyDistribution, distribution);
        this.logger.warn(`distribution ${distribution.id} blocked: texts missing in ${missing.join(', ')}`);
        return;
      }
      // One invitation per person and survey: someone already invited by another distribution is skipped.
      await manager.query(
        `INSERT INTO survey_invitations (survey_id, distribution_id, user_id, language)
         SELECT $5, $6, u.id, u.language ${AUDIENCE_SQL} ON CONFLICT (survey_id, user_id) DO NOTHING`,
        [...audienceParams(survey.editionId, distribution.audience), survey.id, distribution.id],
      );
      const planned: { count: number }[] = await manager.query(
        `WITH planned AS (INSERT INTO survey_messages (key, distribution_id, invitation_id, kind)
           SELECT i.id || ':invitation', i.distribution_id, i.id, 'invitation' FROM survey_invitations i WHERE i.distribution_id = $1 AND NOT i.responded
           ON CONFLICT (key) DO NOTHING RETURNING 1)
         SELECT count(*)::int AS count FROM planned`,
        [distribution.id],
      );
      Object.assign(distribution, { status: 'open', openedAt: new Date(), blockedReason: null });
      await manager.save(SurveyDistribution, distribution);
      if (!survey.lockedAt) await manager.update(Survey, { id: survey.id }, { lockedAt: new Date() });
      await this.enqueueSenders(manager, distribution.id, planned[0]!.count);
      for (const day of distribution.reminderDays) await this.enqueueReminder(manager, distribution, day);
      if (survey.anonymous) await this.publisher.publishAtClosing(manager, survey.id, distribution.closesAt);
      this.logger.log(`distribution ${distribution.id} opened: ${planned[0]!.count} invitations planned`);
    });
  }

  /** The reminder job: one reminder per invitation not yet answered (the key makes a retry plan nothing new). */
  async planReminder(payload: JobPayloads['survey-plan-reminder']): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const distribution = await manager.findOne(SurveyDistribution, { where: { id: payload.distributionId }, lock: { mode: 'pessimistic_read' } });
      if (!distribution || distribution.status !== 'open' || !distribution.reminderDays.includes(payload.day)) return;
      if (reminderDue(distribution, payload.day).toISOString() !== payload.dueAt || distribution.closesAt <= new Date()) return;
      const planned: { count: number }[] = await manager.query(
        `WITH planned AS (INSERT INTO survey_messages (key, distribution_id, invitation_id, kind)
           SELECT i.id || ':reminder:' || $2::int, i.distribution_id, i.id, 'reminder' FROM survey_invitations i WHERE i.distribution_id = $1 AND NOT i.responded
           ON CONFLICT (key) DO NOTHING RETURNING 1)
         SELECT count(*)::int AS count FROM planned`,
        [distribution.id, payload.day],
      );
      await this.enqueueSenders(manager, distribution.id, planned[0]!.count);
    });
  }

  /** Queues sender jobs for a distribution: a few that work side by side, more for large sends. */
  async enqueueSenders(manager: EntityManager, distributionId: string, messages: number): Promise<void> {
    if (messages === 0) return;
    const senders = Math.min(8, 1 + Math.ceil(messages / 1000));
    for (let i = 0; i < senders; i++)
      await this.jobs.send(
        'survey-send-messages',
        { distributionId },
        { expireInSeconds: 900, retryLimit: 10, retryDelay: 10, retryBackoff: true },
        manager,
      );
  }

  private async scheduleIn(manager: EntityManager, distribution: SurveyDistribution, survey: Survey): Promise<void> {
    const missing = await this.untranslatedFor(manager, survey, distribution.audience);
    if (missing.length > 0)
      throw surveyError(
        'survey_translation_missing',
        missing.map((language) => ({ path: `translations.${language}`, code: 'required' })),
      );
    Object.assign(distribution, { status: 'scheduled', blockedReason: null });
    await manager.save(SurveyDistribution, distribution);
    await this.enqueueOpening(manager, distribution);
  }

  private async enqueueOpening(manager: EntityManager, distribution: SurveyDistribution): Promise<void> {
    await this.jobs.send(
      'survey-open-distribution',
      { distributionId: distribution.id, opensAt: distribution.opensAt.toISOString() },
      { startAfter: distribution.opensAt, retryLimit: 20, retryBackoff: true },
      manager,
    );
  }

  private async enqueueReminder(manager: EntityManager, distribution: SurveyDistribution, day: number): Promise<void> {
    const dueAt = reminderDue(distribution, day);
    await this.jobs.send(
      'survey-plan-reminder',
      { distributionId: distribution.id, day, dueAt: dueAt.toISOString() },
      { startAfter: dueAt, retryLimit: 20, retryBackoff: true },
      manager,
    );
  }

  /** Languages of the audience in which the survey misses texts, unless the organizer accepted the fallback. */
  private async untranslatedFor(manager: EntityManager, survey: Survey, audience: Audience): Promise<Language[]> {
    if (survey.acceptFallback) return [];
    const missing = missingTranslations(await loadContent(manager, survey));
    const rows: { language: Language }[] = await manager.query(
      `SELECT DISTINCT u.language ${AUDIENCE_SQL}`,
      audienceParams(survey.editionId, audience),
    );
    return rows.map((r) => r.language).filter((language) => missing[language]?.length);
  }

  private async assertCohortsOf(manager: EntityManager, editionId: string, cohortIds: string[]): Promise<void> {
    if (cohortIds.length === 0) return;
    const found = await manager.countBy(
      Cohort,
      cohortIds.map((id) => ({ id, editionId })),
    );
    if (found !== new Set(cohortIds).size)
      throw new ApiException('validation_failed', { details: [{ path: 'audience.cohortIds', code: 'invalid_value', message: '' }] });
  }

  private async lock(manager: EntityManager, distributionId: string): Promise<SurveyDistribution> {
    const distribution = await manager.findOne(SurveyDistribution, { where: { id: distributionId }, lock: { mode: 'pessimistic_write' } });
    if (!distribution) throw notFound();
    return distribution;
  }
}

export function reminderDue(distribution: Pick<SurveyDistribution, 'opensAt'>, day: number): Date {
  return new Date(distribution.opensAt.getTime() + day * DAY_MS);
}

export function toDistribution(d: SurveyDistribution, counts?: { recipients: number; responded: number }, now = new Date()): Distribution {
  return {
    id: d.id,
    surveyId: d.surveyId,
    status: d.status === 'open' && d.closesAt <= now ? 'closed' : d.status,
    audience: d.audience,
    opensAt: d.opensAt.toISOString(),
    closesAt: d.closesAt.toISOString(),
    reminderDays: d.reminderDays,
    blockedReason: d.blockedReason,
    recipients: counts?.recipients ?? 0,
    responded: counts?.responded ?? 0,
    automatic: d.automatic,
    followsEdition: d.followsEdition,
  };
}
