import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  localize,
  type FeedbackInput,
  type FeedbackPage,
  type FillDraftsReply,
  type Language,
  type LocalizedText,
  type MachineDraftMark,
} from '@sstc/shared';
import { ApiException, forbidden, notFound } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { validationFailed } from '../../common/http/validation.js';
import { CONFIG, type Config } from '../../config/config.js';
import { CoursesService } from '../courses/courses.service.js';
import { Edition } from '../courses/edition.entity.js';
import { activeEnrolmentsIn } from '../enrolments/membership.sql.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { Survey } from '../surveys/entities/survey.entity.js';
import { ResultsService } from '../surveys/results.service.js';
import { MachineDraftsService } from '../translation/machine-drafts.service.js';
import { EditionFeedback } from './edition-feedback.entity.js';

/**
 * The feedback page of an edition: after the general assessment closes, organizers pick the
 * closed questions to share and write a note; once published, the edition's members read it (the
 * results only as ResultsService.shareable allows: whole-survey counts above the minimum group size).
 */
@Injectable()
export class FeedbackService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courses: CoursesService,
    private readonly results: ResultsService,
    private readonly notifications: NotificationsService,
    private readonly drafts: MachineDraftsService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  /** Organizers: the page as it stands (a draft too). Everyone else enrolled: the published page only. */
  async read(caller: RequestUser, editionId: string, language: Language = caller.language): Promise<FeedbackPage> {
    await this.courses.assertCanView(caller, editionId);
    const organizer = caller.role === 'organizer';
    const feedback = await this.dataSource.getRepository(EditionFeedback).findOneBy({ editionId });
    if (!organizer && !feedback?.publishedAt) throw notFound();
    const surveyId = feedback?.surveyId ?? (await this.generalAssessment(editionId))?.id ?? null;
    const shared = surveyId ? await this.results.shareable(surveyId, feedback?.questionKeys ?? [], language) : { responses: null, questions: [] };
    return {
      editionId,
      surveyId,
      questionKeys: feedback?.questionKeys ?? [],
      note: feedback?.note ?? {},
      publishedAt: feedback?.publishedAt?.toISOString() ?? null,
      surveyClosed: surveyId ? await this.results.closed(surveyId) : false,
      responses: shared.responses,
      results: shared.questions,
      machineDrafts: feedback && this.drafts.enabled ? await this.drafts.drafts('edition_feedback', editionId, noteField(feedback.note)) : [],
      ...(organizer ? { choices: surveyId ? await this.results.questionChoices(surveyId, language) : [] } : {}),
    };
  }

  /** Organizers choose the survey's closed questions to share and write the note (a published page changes at once). */
  async save(caller: RequestUser, editionId: string, input: FeedbackInput): Promise<FeedbackPage> {
    if (caller.role !== 'organizer') throw forbidden();
    await this.courses.editionOrFail(editionId);
    const survey = await this.dataSource.getRepository(Survey).findOneBy({ id: input.surveyId, editionId });
    if (!survey || survey.kind !== 'general_assessment') throw validationFailed([{ path: 'surveyId', code: 'invalid_value' }]);
    const choices = await this.results.questionChoices(survey.id, caller.language);
    const shareable = new Set(choices.filter((c) => c.shareable).map((c) => c.key));
    const refused = input.questionKeys.findIndex((key) => !shareable.has(key));
    if (refused >= 0) throw validationFailed([{ path: `questionKeys.${refused}`, code: 'invalid_value' }]);
    await this.dataSource
      .getRepository(EditionFeedback)
      .upsert({ editionId, surveyId: survey.id, questionKeys: input.questionKeys, note: input.note }, ['editionId']);
    return this.read(caller, editionId);
  }

  /** Organizers: fills the note's empty languages with machine drafts from the edition's default language (never a value someone wrote). */
  async fillWithDrafts(caller: RequestUser, editionId: string): Promise<FillDraftsReply> {
    if (caller.role !== 'organizer') throw forbidden();
    const edition = await this.courses.editionOrFail(editionId);
    const feedback = await this.dataSource.getRepository(EditionFeedback).findOneBy({ editionId });
    if (!feedback) throw notFound();
    const { fields, filled } = await this.drafts.fill(
      'edition_feedback',
      editionId,
      noteField(feedback.note),
      edition.defaultLanguage,
      edition.languages,
      caller.id,
    );
    if (filled.length)
      await this.dataSource.transaction(async (manager) => {
        const current = await manager.findOne(EditionFeedback, { where: { editionId }, lock: { mode: 'pessimistic_write' } });
        if (!current) throw notFound();
        // Only the languages filled, over what is there now: a value someone wrote meanwhile stays.
        const note = { ...current.note };
        for (const mark of filled) if (!note[mark.language]?.trim()) note[mark.language] = fields[0]!.value[mark.language];
        await manager.update(EditionFeedback, { editionId }, { note });
      });
    const saved = await this.dataSource.getRepository(EditionFeedback).findOneByOrFail({ editionId });
    return { filled, drafts: await this.drafts.drafts('edition_feedback', editionId, noteField(saved.note)) };
  }

  /** Organizers: a drafted language of the note was read and accepted. */
  async reviewDraft(caller: RequestUser, editionId: string, mark: MachineDraftMark): Promise<FillDraftsReply> {
    if (caller.role !== 'organizer') throw forbidden();
    const feedback = await this.dataSource.getRepository(EditionFeedback).findOneBy({ editionId });
    if (!feedback) throw notFound();
    await this.drafts.review('edition_feedback', editionId, mark);
    return { filled: [], drafts: await this.drafts.drafts('edition_feedback', editionId, noteField(feedback.note)) };
  }

  /**
   * Publishes the page once the general assessment has closed. The first publication notifies every
   * active participant through the notification centre, in the same transaction: an in-app
   * notification, and the email in their language unless they chose otherwise for this kind.
   */
  async publish(caller: RequestUser, editionId: string): Promise<FeedbackPage> {
    if (caller.role !== 'organizer') throw forbidden();
    const recorded = await this.dataSource.transaction(async (manager) => {
      const edition = await this.courses.editionOrFail(editionId, manager);
      await this.courses.lockEdition(manager, editionId);
      const feedback = await manager.findOneBy(EditionFeedback, { editionId });
      if (!feedback) throw notFound();
      if (!(await this.results.closed(feedback.surveyId))) throw new ApiException('feedback_survey_open');
      if (feedback.publishedAt) return [];
      await manager.update(EditionFeedback, { editionId }, { publishedAt: new Date() });
      return this.notifyParticipants(manager, edition);
    });
    await this.notifications.publish(recorded);
    return this.read(caller, editionId);
  }

  /** One notification per participant, keyed by the edition: a second publication records and emails nothing. */
  private async notifyParticipants(manager: EntityManager, edition: Edition): Promise<string[]> {
    const people: { id: string }[] = await manager.query(
      `SELECT e.user_id AS id FROM ${activeEnrolmentsIn('$1')} e WHERE e.role = 'participant' AND e.status = 'active'`,
      [edition.id],
    );
    const link = `/editions/${edition.id}/post-learning`;
    return this.notifications.record(manager, {
      kind: 'feedback_published',
      recipientIds: people.map((person) => person.id),
      link,
      title: edition.title,
      subjectId: edition.id,
      email: (person) => ({
        key: `feedback-published:${edition.id}:${person.id}`,
        template: 'feedback_published',
        params: {
          name: person.name,
          edition: localize(edition.title, person.language, edition.defaultLanguage),
          link: `${this.config.PUBLIC_URL}${link}`,
        },
      }),
    });
  }

  private generalAssessment(editionId: string): Promise<Survey | null> {
    return this.dataSource.getRepository(Survey).findOne({ where: { editionId, kind: 'general_assessment' }, order: { createdAt: 'ASC' } });
  }
}

function noteField(note: LocalizedText) {
  return [{ field: 'note', value: note }];
}
