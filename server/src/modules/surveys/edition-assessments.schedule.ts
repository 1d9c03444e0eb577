import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AutomaticSend, AutomaticSendStatus } from '@sstc/shared';
import { EditionSchedules, type EditionSchedule } from '../courses/edition-schedules.js';
import type { Edition } from '../courses/edition.entity.js';
import { assessmentWindow } from './assessment-plan.js';
import { AUDIENCE_SQL, audienceParams, DistributionsService, reminderDue } from './distributions.service.js';
import { SurveyDistribution } from './entities/survey-distribution.entity.js';
import { Survey } from './entities/survey.entity.js';
import { SurveysService } from './surveys.service.js';

/**
 * The surveys' part of an edition's schedule: a new edition gets its general and impact
 * assessments (SurveysService.scheduleEditionDefaults), and when its dates change, their
 * distributions that have not started move with them, unless an organizer set their dates by hand.
 * Both happen inside the edition's transaction. The timeline lists every distribution's sends.
 */
@Injectable()
export class EditionAssessmentsSchedule implements EditionSchedule, OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly schedules: EditionSchedules,
    private readonly surveys: SurveysService,
    private readonly distributions: DistributionsService,
  ) {}

  onModuleInit(): void {
    this.schedules.register(this);
  }

  async follow(manager: EntityManager, edition: Edition, previous: Edition | null): Promise<void> {
    if (!previous) {
      await this.surveys.scheduleEditionDefaults(edition.id, { manager });
      return;
    }
    const surveys = await manager.findBy(Survey, { editionId: edition.id });
    for (const survey of surveys) {
      const window = assessmentWindow(survey.kind, edition);
      if (!window) continue;
      const distributions = await manager.find(SurveyDistribution, {
        where: { surveyId: survey.id, automatic: true, followsEdition: true },
        lock: { mode: 'pessimistic_write' },
      });
      for (const distribution of distributions) await this.distributions.follow(manager, distribution, survey, window);
    }
  }

  /** Per distribution: its invitations, each reminder before the closing, and the closing. */
  async sends(edition: Edition, now = new Date()): Promise<AutomaticSend[]> {
    const rows: (SurveyDistribution & { kind: Survey['kind'] })[] = [];
    for (const survey of await this.dataSource.getRepository(Survey).findBy({ editionId: edition.id }))
      for (const distribution of await this.dataSource.getRepository(SurveyDistribution).findBy({ surveyId: survey.id }))
        rows.push(Object.assign(distribution, { kind: survey.kind }));
    const sends: AutomaticSend[] = [];
    for (const d of rows) {
      const opened = d.status === 'open';
      const counts = opened ? await this.sentCounts(d.id) : null;
      const audience = opened ? 0 : await this.audienceSize(edition.id, d);
      const pending: AutomaticSendStatus = d.status === 'scheduled' ? 'planned' : d.status === 'cancelled' ? 'cancelled' : 'not_scheduled';
      const base = {
        surveyId: d.surveyId,
        surveyKind: d.kind,
        distributionId: d.id,
        followsEdition: d.automatic ? d.followsEdition : null,
      };
      sends.push({
        ...base,
        kind: 'survey_invitation',
        status: opened ? 'sent' : pending,
        at: d.opensAt.toISOString(),
        recipients: counts?.invited ?? audience,
        day: null,
      });
      for (const day of d.reminderDays) {
        const at = reminderDue(d, day);
        if (at >= d.closesAt) continue;
        const sent = opened && at <= now;
        const recipients = sent ? (counts!.reminded.get(day) ?? 0) : opened ? counts!.invited - counts!.responded : audience;
        sends.push({
          ...base,
          kind: 'survey_reminder',
          status: opened ? (sent ? 'sent' : 'planned') : pending,
          at: at.toISOString(),
          recipients,
          day,
        });
      }
      const closed = opened && d.closesAt <= now;
      sends.push({
        ...base,
        kind: 'survey_closing',
        status: opened ? (closed ? 'sent' : 'planned') : pending,
        at: d.closesAt.toISOString(),
        recipients: counts?.invited ?? audience,
        day: null,
      });
    }
    return sends;
  }

  private async audienceSize(editionId: string, distribution: SurveyDistribution): Promise<number> {
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count ${AUDIENCE_SQL}`,
      audienceParams(editionId, distribution.audience),
    );
    return count;
  }

  /** Invited, responded, and people reminded per reminder day (a message key ends in ':reminder:<day>'). */
  private async sentCounts(distributionId: string): Promise<{ invited: number; responded: number; reminded: Map<number, number> }> {
    const [invitations] = await this.dataSource.query(
      'SELECT count(*)::int AS invited, count(*) FILTER (WHERE responded)::int AS responded FROM survey_invitations WHERE distribution_id = $1',
      [distributionId],
    );
    const reminders: { day: number; count: number }[] = await this.dataSource.query(
      `SELECT split_part(key, ':reminder:', 2)::int AS day, count(*)::int AS count FROM survey_messages
        WHERE distribution_id = $1 AND kind = 'reminder' AND status = 'sent' GROUP BY 1`,
      [distributionId],
    );
    return { ...invitations, reminded: new Map(reminders.map((r) => [r.day, r.count])) };
  }
}
