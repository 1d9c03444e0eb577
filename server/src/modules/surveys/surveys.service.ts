import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  LANGUAGES,
  missingTranslations,
  surveyTexts,
  type CreateSurveyRequest,
  type FillDraftsReply,
  type MachineDraftMark,
  type SurveyContent,
  type SurveyAudience,
  type SurveyDetail,
  type SurveyKind,
  type SurveySummary,
  type UpdateSurveyRequest,
} from '@sstc/shared';
import { notFound } from '../../common/http/api.exception.js';
import { Edition } from '../courses/edition.entity.js';
import { enrolmentsIn } from '../enrolments/membership.sql.js';
import { assessmentWindow, ASSESSMENT_KINDS } from './assessment-plan.js';
import { DistributionsService } from './distributions.service.js';
import { Survey } from './entities/survey.entity.js';
import { loadContent, saveContent, structureOf } from './survey-content.js';
import { surveyError } from './survey-errors.js';
import { templateFor } from './templates/index.js';
import { applyFields, MachineDraftsService, type LocalizedField } from '../translation/machine-drafts.service.js';
import { onceWithinRead } from '../../common/http/read-memo.js';

/** Every localized text of a survey, by its path (`sections.0.questions.2.text`, …). */
export const draftFields = (content: SurveyContent): LocalizedField[] => surveyTexts(content).map(({ path, text }) => ({ field: path, value: text }));

@Injectable()
export class SurveysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly distributions: DistributionsService,
    private readonly drafts: MachineDraftsService,
  ) {}

  async list(editionId: string): Promise<SurveySummary[]> {
    const surveys = await this.dataSource.getRepository(Survey).find({ where: { editionId }, order: { createdAt: 'ASC' } });
    return Promise.all(surveys.map((survey) => this.summary(this.dataSource.manager, survey)));
  }

  /** The edition's first survey of the kind (the pre-assessment of needs is one per edition). */
  firstOfKind(editionId: string, kind: SurveyKind, manager?: EntityManager): Promise<Survey | null> {
    const load = (from: EntityManager) => from.findOne(Survey, { where: { editionId, kind }, order: { createdAt: 'ASC' } });
    if (manager) return load(manager);
    return onceWithinRead(`survey:${editionId}:${kind}`, () => load(this.dataSource.manager));
  }

  /**
   * Who has answered a survey of this kind in the edition (for certificates). An invitation's
   * "responded" flag says that a person answered, never what: anonymous answers stay unlinked.
   */
  async respondents(editionId: string, kind: SurveyKind, userId?: string): Promise<Set<string>> {
    const rows: { user_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT i.user_id FROM survey_invitations i JOIN surveys s ON s.id = i.survey_id
        WHERE s.edition_id = $1 AND s.kind = $2 AND i.responded AND ($3::uuid IS NULL OR i.user_id = $3)`,
      [editionId, kind, userId ?? null],
    );
    return new Set(rows.map((row) => row.user_id));
  }

  /** Cohorts and enrolment statuses of an edition's participants, to choose an audience. */
  async audience(editionId: string): Promise<SurveyAudience> {
    if (!(await this.dataSource.getRepository(Edition).existsBy({ id: editionId }))) throw notFound();
    const cohorts = await this.dataSource.query(
      `SELECT c.id, c.name, count(e.id) FILTER (WHERE e.role = 'participant')::int AS participants FROM cohorts c LEFT JOIN ${enrolmentsIn('$1')} e ON e.cohort_id = c.id WHERE c.edition_id = $1 GROUP BY c.id ORDER BY c.name`,
      [editionId],
    );
    const byStatus = await this.dataSource.query(
      `SELECT e.status, count(*)::int AS participants FROM ${enrolmentsIn('$1')} e WHERE e.role = 'participant' GROUP BY 1 ORDER BY 1`,
      [editionId],
    );
    return { cohorts, byStatus };
  }

  async detail(surveyId: string, manager: EntityManager = this.dataSource.manager): Promise<SurveyDetail> {
    const survey = await manager.findOne(Survey, { where: { id: surveyId }, relations: { edition: true } });
    if (!survey) throw notFound();
    const content = await loadContent(manager, survey);
    const missing = missingTranslations(content);
    return {
      ...(await this.summary(manager, survey)),
      acceptFallback: survey.acceptFallback,
      defaultLanguage: survey.edition.defaultLanguage,
      editionLanguages: survey.edition.languages,
      content,
      translations: LANGUAGES.map((language) => ({ language, missing: missing[language] })),
      machineDrafts: this.drafts.enabled ? await this.drafts.drafts('survey', survey.id, draftFields(content)) : [],
    };
  }

  /**
   * "Fill missing languages with a machine draft": every text of the survey (title, intro, sections,
   * questions, help, options, scale labels) in the edition's languages that has none yet, from the
   * edition's default language. Texts may change after the first invitation; the structure does not.
   */
  async fillWithDrafts(surveyId: string, userId: string): Promise<FillDraftsReply> {
    const survey = await this.dataSource.getRepository(Survey).findOne({ where: { id: surveyId }, relations: { edition: true } });
    if (!survey) throw notFound();
    const content = await loadContent(this.dataSource.manager, survey);
    const { defaultLanguage, languages } = survey.edition;
    const { fields, filled } = await this.drafts.fill('survey', survey.id, draftFields(content), defaultLanguage, languages, userId);
    if (filled.length)
      await this.dataSource.transaction(async (manager) => {
        const locked = await manager.findOne(Survey, { where: { id: surveyId }, lock: { mode: 'pessimistic_write' } });
        if (!locked) throw notFound();
        // Filled from the texts as they were read: a value written meanwhile by a person is kept.
        const now = await loadContent(manager, locked);
        const current = new Map(draftFields(now).map((f) => [f.field, f.value]));
        const kept = fields.map(({ field, value }) => ({ field, value: { ...value, ...withoutEmpty(current.get(field) ?? {}) } }));
        if (draftFields(now).length !== kept.length) return;
        applyFields(now, kept);
        locked.title = now.title;
        locked.intro = now.intro;
        locked.updatedAt = new Date();
        await saveContent(manager, locked.id, now);
        await manager.save(locked);
      });
    return { filled, drafts: await this.drafts.drafts('survey', survey.id, draftFields(await loadContent(this.dataSource.manager, survey))) };
  }

  /** Marks one drafted text of the survey as reviewed. */
  async reviewDraft(surveyId: string, mark: MachineDraftMark): Promise<FillDraftsReply> {
    const survey = await this.dataSource.getRepository(Survey).findOneBy({ id: surveyId });
    if (!survey) throw notFound();
    await this.drafts.review('survey', survey.id, mark);
    return { filled: [], drafts: await this.drafts.drafts('survey', survey.id, draftFields(await loadContent(this.dataSource.manager, survey))) };
  }

  async create(editionId: string, request: CreateSurveyRequest, manager?: EntityManager): Promise<SurveyDetail> {
    const work = async (m: EntityManager) => {
      if (!(await m.existsBy(Edition, { id: editionId }))) throw notFound();
      const template = templateFor(request.kind);
      const content = request.content ?? template.content;
      const survey = await m.save(Survey, {
        editionId,
        kind: request.kind,
        anonymous: request.anonymous ?? template.anonymous,
        ...(request.minGroupSize ? { minGroupSize: request.minGroupSize } : {}),
        title: content.title,
        intro: content.intro,
        lockedAt: null,
      });
      await saveContent(m, survey.id, content);
      return this.detail(survey.id, m);
    };
    return manager ? work(manager) : this.dataSource.transaction(work);
  }

  /** Texts may change at any time; anonymity and the question structure only before the first invitation. */
  async update(surveyId: string, request: UpdateSurveyRequest): Promise<SurveyDetail> {
    return this.dataSource.transaction(async (manager) => {
      const survey = await manager.findOne(Survey, { where: { id: surveyId }, lock: { mode: 'pessimistic_write' } });
      if (!survey) throw notFound();
      if (survey.lockedAt) {
        if (request.anonymous !== undefined && request.anonymous !== survey.anonymous) throw surveyError('survey_locked');
        if (request.content && structureOf(request.content) !== structureOf(await loadContent(manager, survey))) throw surveyError('survey_locked');
      }
      if (request.anonymous !== undefined) survey.anonymous = request.anonymous;
      if (request.acceptFallback !== undefined) survey.acceptFallback = request.acceptFallback;
      // A display threshold, not structure: it may change after sending too (never below 3).
      if (request.minGroupSize !== undefined) survey.minGroupSize = request.minGroupSize;
      if (request.content) {
        survey.title = request.content.title;
        survey.intro = request.content.intro;
        await saveContent(manager, survey.id, request.content);
      }
      survey.updatedAt = new Date();
      await manager.save(survey);
      return this.detail(survey.id, manager);
    });
  }

  async remove(surveyId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const survey = await manager.findOne(Survey, { where: { id: surveyId }, lock: { mode: 'pessimistic_write' } });
      if (!survey) throw notFound();
      if (survey.lockedAt) throw surveyError('survey_locked');
      await manager.delete(Survey, { id: surveyId });
    });
    await this.drafts.forget('survey', surveyId);
  }

  /**
   * Creates an edition's general assessment (opening on the last face-to-face day) and impact
   * assessment (on Edition.impactAssessmentOn) from the templates, each with a distribution to all
   * active participants. A distribution whose opening has already passed is left as a draft, so
   * that nothing is mailed about a past edition without an organizer deciding it. Calling it again
   * adds nothing for a kind the edition already has. These distributions are automatic: they follow
   * the edition's dates (EditionAssessmentsSchedule) until an organizer edits their dates.
   */
  async scheduleEditionDefaults(editionId: string, options: { manager?: EntityManager; now?: Date } = {}): Promise<SurveyDetail[]> {
    const work = async (manager: EntityManager) => {
      const edition = await manager.findOne(Edition, { where: { id: editionId }, lock: { mode: 'pessimistic_write' } });
      if (!edition) throw notFound();
      const created: SurveyDetail[] = [];
      for (const kind of ASSESSMENT_KINDS) {
        if (await manager.existsBy(Survey, { editionId, kind })) continue;
        const survey = await this.create(editionId, { kind }, manager);
        const { opensAt, closesAt, reminderDays } = assessmentWindow(kind, edition)!;
        const schedule = opensAt.getTime() > (options.now ?? new Date()).getTime();
        await this.distributions.create(
          survey.id,
          {
            audience: { cohortIds: [], statuses: ['active'], roles: ['participant'] },
            opensAt: opensAt.toISOString(),
            closesAt: closesAt.toISOString(),
            reminderDays,
            schedule,
          },
          manager,
          true,
        );
        created.push(await this.detail(survey.id, manager));
      }
      return created;
    };
    return options.manager ? work(options.manager) : this.dataSource.transaction(work);
  }

  private async summary(manager: EntityManager, survey: Survey): Promise<SurveySummary> {
    const [{ count }] = await manager.query('SELECT count(*)::int AS count FROM survey_responses WHERE survey_id = $1', [survey.id]);
    return {
      id: survey.id,
      editionId: survey.editionId,
      kind: survey.kind,
      anonymous: survey.anonymous,
      title: survey.title,
      lockedAt: survey.lockedAt?.toISOString() ?? null,
      responses: count,
      minGroupSize: survey.minGroupSize,
      distributions: await this.distributions.listFor(survey.id, manager),
    };
  }
}

/** The values of a localized text that someone actually wrote. */
function withoutEmpty(text: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(text).filter((entry): entry is [string, string] => !!entry[1]?.trim()));
}
