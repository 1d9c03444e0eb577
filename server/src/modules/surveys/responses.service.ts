import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  checkAnswers,
  INTERVIEW_KEYS,
  localize,
  localizeContent,
  allQuestions,
  type Answers,
  type Language,
  type LocalizedText,
  type MySurvey,
  type SurveyForm,
  type SurveyKind,
} from '@sstc/shared';
import { ApiException, forbidden, notFound } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { hashToken, newToken } from '../../common/crypto/tokens.js';
import { enrolmentsIn } from '../enrolments/membership.sql.js';
import { SurveyInterview } from './entities/survey-interview.entity.js';
import { SurveyResponsePool } from './entities/survey-response-pool.entity.js';
import { SurveyResponse } from './entities/survey-response.entity.js';
import { Survey } from './entities/survey.entity.js';
import { loadContent, minutesOf } from './survey-content.js';
import { openDraft, sealDraft } from './survey-drafts.js';
import { surveyError } from './survey-errors.js';
import { MachineDraftsService } from '../translation/machine-drafts.service.js';
import { draftFields } from './surveys.service.js';

interface LinkRow {
  token_hash: string;
  invitation_id: string;
  user_id: string;
  language: Language;
  responded: boolean;
  survey_id: string;
  status: string;
  closes_at: Date;
  anonymous: boolean;
  kind: SurveyKind;
  edition_id: string;
  default_language: Language;
  languages: Language[];
  edition_title: LocalizedText;
  time_zone: string;
  draft: Buffer | null;
}

/** Answering through a personal link: no sign-in, a draft as one goes, one submission. */
@Injectable()
export class ResponsesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly drafts: MachineDraftsService,
  ) {}

  /** The person's latest open invitation to the survey, if any, and whether they answered it (or the survey). */
  async participation(surveyId: string, userId: string): Promise<{ invitationId: string | null; responded: boolean; closesAt: string | null }> {
    const [open] = (await this.dataSource.query(
      `SELECT i.id, i.responded, d.closes_at FROM survey_invitations i JOIN survey_distributions d ON d.id = i.distribution_id
        WHERE i.survey_id = $1 AND i.user_id = $2 AND d.status = 'open' AND d.closes_at > now() ORDER BY d.closes_at DESC LIMIT 1`,
      [surveyId, userId],
    )) as { id: string; responded: boolean; closes_at: Date }[];
    const responded =
      open?.responded ??
      (await this.dataSource.query(`SELECT 1 FROM survey_responses WHERE survey_id = $1 AND user_id = $2`, [surveyId, userId])).length > 0;
    return { invitationId: open?.id ?? null, responded, closesAt: open ? new Date(open.closes_at).toISOString() : null };
  }

  async form(token: string, language?: Language): Promise<SurveyForm> {
    const link = await this.resolve(this.dataSource.manager, token);
    const survey = await this.dataSource.getRepository(Survey).findOneByOrFail({ id: link.survey_id });
    const content = await loadContent(this.dataSource.manager, survey);
    const shown = language ?? link.language;
    return {
      language: shown,
      languages: link.languages,
      kind: link.kind,
      anonymous: link.anonymous,
      editionTitle: localize(link.edition_title, shown, link.default_language),
      closesAt: new Date(link.closes_at).toISOString(),
      timeZone: link.time_zone,
      estimatedMinutes: minutesOf(content),
      survey: localizeContent(content, shown, link.default_language),
      machineTranslated:
        this.drafts.enabled && (await this.drafts.drafts('survey', survey.id, draftFields(content))).some((d) => d.language === shown),
      draft: openDraft(token, link.draft),
    };
  }

  /** Keeps unfinished answers (encrypted with the link): only known question keys are kept. */
  async saveDraft(token: string, answers: Answers): Promise<void> {
    const link = await this.resolve(this.dataSource.manager, token);
    const keys = new Set(
      allQuestions(
        await loadContent(this.dataSource.manager, await this.dataSource.getRepository(Survey).findOneByOrFail({ id: link.survey_id })),
      ).map((q) => q.key),
    );
    const kept = Object.fromEntries(Object.entries(answers).filter(([key]) => keys.has(key)));
    await this.dataSource.query('UPDATE survey_tokens SET draft = $2 WHERE token_hash = $1', [link.token_hash, sealDraft(token, kept)]);
  }

  /**
   * Submits once. The invitation is locked, checked and marked answered in one transaction, so a
   * second submission (even at the same instant) changes nothing. An identified response is stored
   * in that same transaction; an anonymous one goes to the pool in a transaction of its own, so
   * that no transaction id (xmin) links it to the flag, and reaches the results with its batch.
   */
  async submit(token: string, answers: Answers): Promise<{ submittedOn: string }> {
    const submittedOn = new Date().toISOString().slice(0, 10);
    const accepted = await this.dataSource.transaction(async (manager) => {
      const link = await this.resolve(manager, token, true);
      const survey = await manager.findOneByOrFail(Survey, { id: link.survey_id });
      const { clean, problems } = checkAnswers(await loadContent(manager, survey), answers);
      if (Object.keys(problems).length > 0) {
        throw new ApiException('validation_failed', {
          details: Object.entries(problems).map(([key, code]) => ({ path: `answers.${key}`, code, message: '' })),
        });
      }
      if (!survey.anonymous) {
        const response = manager.create(SurveyResponse, { surveyId: survey.id, submittedOn, language: link.language, answers: clean });
        Object.assign(response, await this.respondent(manager, link), { submittedAt: new Date() });
        const saved = await manager.save(response);
        if (clean[INTERVIEW_KEYS.initiative] === 'yes' && clean[INTERVIEW_KEYS.accept] === 'yes') {
          await manager.insert(SurveyInterview, { surveyId: survey.id, responseId: saved.id, userId: link.user_id, status: 'to_schedule' });
        }
      }
      // The flag carries no time and no reference to the response: it only stops reminders.
      await manager.query('UPDATE survey_invitations SET responded = true WHERE id = $1', [link.invitation_id]);
      await manager.query('UPDATE survey_tokens SET draft = NULL WHERE invitation_id = $1', [link.invitation_id]);
      return { survey, link, answers: clean };
    });
    if (accepted.survey.anonymous) {
      try {
        await this.dataSource
          .getRepository(SurveyResponsePool)
          .insert({ surveyId: accepted.survey.id, language: accepted.link.language, answers: accepted.answers });
      } catch (error) {
        // Not stored: the person may submit again.
        await this.dataSource.query('UPDATE survey_invitations SET responded = false WHERE id = $1', [accepted.link.invitation_id]);
        throw error;
      }
    }
    return { submittedOn };
  }

  /** The caller's surveys that are open now (or answered), to show in the platform. */
  async mine(caller: RequestUser): Promise<MySurvey[]> {
    const rows: {
      id: string;
      kind: SurveyKind;
      title: LocalizedText;
      edition_title: LocalizedText;
      default_language: Language;
      closes_at: Date;
      responded: boolean;
    }[] = await this.dataSource.query(
      `SELECT i.id, s.kind, s.title, e.title AS edition_title, e.default_language, d.closes_at, i.responded
         FROM survey_invitations i JOIN survey_distributions d ON d.id = i.distribution_id JOIN surveys s ON s.id = i.survey_id JOIN editions e ON e.id = s.edition_id
        WHERE i.user_id = $1 AND d.status = 'open' AND d.closes_at > now()
        ORDER BY d.closes_at`,
      [caller.id],
    );
    return rows.map((row) => ({
      invitationId: row.id,
      kind: row.kind,
      title: localize(row.title, caller.language, row.default_language),
      editionTitle: localize(row.edition_title, caller.language, row.default_language),
      closesAt: new Date(row.closes_at).toISOString(),
      responded: row.responded,
    }));
  }

  /** A fresh personal link for a signed-in participant's own invitation. */
  async link(caller: RequestUser, invitationId: string): Promise<{ token: string }> {
    const [row] = await this.dataSource.query(
      `SELECT i.user_id, i.responded, d.status, d.closes_at FROM survey_invitations i JOIN survey_distributions d ON d.id = i.distribution_id WHERE i.id = $1`,
      [invitationId],
    );
    if (!row) throw notFound();
    if (row.user_id !== caller.id) throw forbidden();
    if (row.status !== 'open' || new Date(row.closes_at) <= new Date()) throw surveyError('survey_closed');
    if (row.responded) throw surveyError('survey_already_submitted');
    const token = newToken();
    await this.dataSource.query('INSERT INTO survey_tokens (token_hash, invitation_id) VALUES ($1, $2)', [hashToken(token), invitationId]);
    return { token };
  }

  /** The link's invitation if it may still be answered; otherwise the reason, as a clear error. */
  private async resolve(manager: EntityManager, token: string, lock = false): Promise<LinkRow> {
    const [row] = (await manager.query(
      `SELECT t.token_hash, t.draft, i.id AS invitation_id, i.user_id, i.language, i.responded, i.survey_id, d.status, d.closes_at,
              s.anonymous, s.kind, s.edition_id, e.default_language, e.languages, e.title AS edition_title, e.time_zone
         FROM survey_tokens t
         JOIN survey_invitations i ON i.id = t.invitation_id
         JOIN survey_distributions d ON d.id = i.distribution_id
         JOIN surveys s ON s.id = i.survey_id
         JOIN editions e ON e.id = s.edition_id
        WHERE t.token_hash = $1 ${lock ? 'FOR UPDATE OF i' : ''}`,
      [hashToken(token)],
    )) as LinkRow[];
    if (!row) throw surveyError('survey_link_invalid');
    if (row.responded) throw surveyError('survey_already_submitted');
    if (row.status !== 'open' || new Date(row.closes_at) <= new Date()) throw surveyError('survey_closed');
    return row;
  }

  private async respondent(manager: EntityManager, link: LinkRow): Promise<Partial<SurveyResponse>> {
    const [row] = await manager.query(
      `SELECT u.country, u.ilo_region, u.constituency_group, e.cohort_id FROM users u LEFT JOIN ${enrolmentsIn('$2')} e ON e.user_id = u.id WHERE u.id = $1`,
      [link.user_id, link.edition_id],
    );
    return {
      userId: link.user_id,
      country: row?.country ?? null,
      iloRegion: row?.ilo_region ?? null,
      constituencyGroup: row?.constituency_group ?? null,
      cohortId: row?.cohort_id ?? null,
    };
  }
}
