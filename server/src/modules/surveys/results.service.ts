import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  BREAKDOWN_DIMENSIONS,
  CLOSED_QUESTION_TYPES,
  localize,
  localizeContent,
  type Answers,
  type BreakdownDimension,
  type Comparison,
  type Language,
  type Page,
  type QuestionResult,
  type ResultsQuery,
  type SurveyResults,
} from '@sstc/shared';
import { notFound } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { Edition } from '../courses/edition.entity.js';
import { enrolmentsIn } from '../enrolments/membership.sql.js';
import { Survey } from './entities/survey.entity.js';
import { readableBy, SurveyAccessService, type ResponseScope } from './survey-access.service.js';
import { loadContent } from './survey-content.js';
import { surveyQuestionResults } from './survey-statistics.js';

interface Segmented {
  language: Language;
  cohort_id: string | null;
  country: string | null;
  ilo_region: string | null;
  constituency_group: string | null;
}

const COLUMN: Record<BreakdownDimension, keyof Segmented> = {
  cohort: 'cohort_id',
  country: 'country',
  ilo_region: 'ilo_region',
  constituency_group: 'constituency_group',
  language: 'language',
};

/** Results per question, the response rate over time and breakdowns, within what the caller may read. */
@Injectable()
export class ResultsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: SurveyAccessService,
  ) {}

  async results(caller: RequestUser, surveyId: string, query: ResultsQuery): Promise<SurveyResults> {
    const survey = await this.access.find(surveyId);
    const scope = await this.access.resultsScope(caller, survey);
    const language = query.language ?? caller.language;
    const edition = await this.dataSource.getRepository(Edition).findOneByOrFail({ id: survey.editionId });
    const localized = localizeContent(await loadContent(this.dataSource.manager, survey), language, edition.defaultLanguage);
    const responses = await this.responses(survey.id, scope);
    const params: unknown[] = [survey.id, survey.editionId];
    const invitations: Segmented[] = await this.dataSource.query(
      `SELECT i.language, u.country, u.ilo_region, u.constituency_group, e.cohort_id
         FROM survey_invitations i JOIN users u ON u.id = i.user_id LEFT JOIN ${enrolmentsIn('$2')} e ON e.user_id = i.user_id
        WHERE i.survey_id = $1 AND ${readableBy(scope, 'i.user_id', params)}`,
      params,
    );
    // An anonymous response keeps only its language: no other breakdown exists for it.
    const dimensions = survey.anonymous ? (['language'] as BreakdownDimension[]) : [...BREAKDOWN_DIMENSIONS];
    const dimension = dimensions.includes(query.dimension) ? query.dimension : 'language';
    const column = COLUMN[dimension];
    const valueOf = (row: Segmented) => String(row[column] ?? 'unknown');
    const cohortNames = await this.cohortNames(survey.editionId);
    const values = [...new Set([...invitations.map(valueOf), ...responses.map(valueOf)])].sort();
    const inGroup = query.group === undefined ? responses : responses.filter((r) => valueOf(r) === query.group);
    const shown = anonymityOf(
      survey,
      values.map((value) => responses.filter((r) => valueOf(r) === value).length),
      responses.length,
      query.group !== undefined,
    );
    const chosen = shown.suppressed ? [] : inGroup;
    return {
      surveyId: survey.id,
      anonymous: survey.anonymous,
      invited: query.group === undefined ? invitations.length : invitations.filter((i) => valueOf(i) === query.group).length,
      responses: query.group === undefined ? responses.length : chosen.length,
      timeline: timeline(chosen.map((r) => r.submitted_on)),
      dimension,
      dimensions,
      groups: shown.breakdown
        ? values.map((value) => ({
            value,
            label: dimension === 'cohort' ? (cohortNames.get(value) ?? value) : value,
            invited: invitations.filter((i) => valueOf(i) === value).length,
            responses: responses.filter((r) => valueOf(r) === value).length,
          }))
        : [],
      questions: surveyQuestionResults(
        localized,
        chosen.map((r) => r.answers),
        language,
      ),
      minGroupSize: survey.anonymous ? survey.minGroupSize : null,
      suppressed: shown.suppressed,
      publishedAt: survey.resultsPublishedAt?.toISOString() ?? null,
    };
  }

  /**
   * What the edition's feedback page may show of a survey: the whole only (no group, no day, no free
   * text), nothing while fewer than the survey's minimum group size have answered, and no question
   * fewer than that answered (an optional or conditional question narrows the group). Identified
   * surveys follow the same minimum: readers never learn who answered what.
   */
  async shareable(surveyId: string, keys: readonly string[], language: Language): Promise<{ responses: number | null; questions: QuestionResult[] }> {
    const survey = await this.access.find(surveyId);
    const edition = await this.dataSource.getRepository(Edition).findOneByOrFail({ id: survey.editionId });
    const localized = localizeContent(await loadContent(this.dataSource.manager, survey), language, edition.defaultLanguage);
    const responses = await this.responses(survey.id, null);
    if (responses.length < survey.minGroupSize) return { responses: null, questions: [] };
    const wanted = new Set(keys);
    const questions = surveyQuestionResults(
      localized,
      responses.map((r) => r.answers),
      language,
    ).filter((q) => wanted.has(q.key) && CLOSED_QUESTION_TYPES.includes(q.type) && q.answered >= survey.minGroupSize);
    return { responses: responses.length, questions: questions.map((q) => ({ ...q, texts: [] })) };
  }

  /** The questions of a survey, in order, with whether a feedback page may share them (closed questions only). */
  async questionChoices(surveyId: string, language: Language): Promise<{ key: string; text: string; section: string; shareable: boolean }[]> {
    const survey = await this.access.find(surveyId);
    const edition = await this.dataSource.getRepository(Edition).findOneByOrFail({ id: survey.editionId });
    const localized = localizeContent(await loadContent(this.dataSource.manager, survey), language, edition.defaultLanguage);
    return localized.sections.flatMap((section) =>
      section.questions.map((q) => ({ key: q.key, text: q.text, section: section.title, shareable: CLOSED_QUESTION_TYPES.includes(q.type) })),
    );
  }

  /** Whether the survey was sent and no distribution of it is still to come or open. */
  async closed(surveyId: string): Promise<boolean> {
    const [{ sent, open }] = await this.dataSource.query(
      `SELECT count(*)::int AS sent, count(*) FILTER (WHERE closes_at > now())::int AS open
         FROM survey_distributions WHERE survey_id = $1 AND status IN ('scheduled', 'blocked', 'open')`,
      [surveyId],
    );
    return sent > 0 && open === 0;
  }

  /** An identified survey's responses with who gave them, oldest first, within what the scope may read. */
  identifiedAnswers(
    surveyId: string,
    scope: ResponseScope,
  ): Promise<{ answers: Answers; name: string | null; cohort_id: string | null; constituency_group: string | null; ilo_region: string | null }[]> {
    const params: unknown[] = [surveyId];
    return this.dataSource.query(
      `SELECT r.answers, u.name, r.cohort_id, r.constituency_group, r.ilo_region FROM survey_responses r LEFT JOIN users u ON u.id = r.user_id
        WHERE r.survey_id = $1 AND ${readableBy(scope, 'r.user_id', params)}
        ORDER BY r.submitted_at NULLS LAST, r.id`,
      params,
    );
  }

  /** A person's own latest answers to an identified survey (null if none): what the pre-assessment's gaps are read from. */
  async answersOf(surveyId: string, userId: string): Promise<Answers | null> {
    const [row]: { answers: Answers }[] = await this.dataSource.query(
      'SELECT answers FROM survey_responses WHERE survey_id = $1 AND user_id = $2 ORDER BY submitted_at DESC NULLS LAST LIMIT 1',
      [surveyId, userId],
    );
    return row?.answers ?? null;
  }

  /** Every answer to one text question, newest first, a page at a time. */
  async textAnswers(caller: RequestUser, surveyId: string, key: string, page: number, pageSize: number): Promise<Page<string>> {
    const survey = await this.access.find(surveyId);
    const scope = await this.access.resultsScope(caller, survey);
    const params: unknown[] = [survey.id, key];
    const where = `r.survey_id = $1 AND coalesce(r.answers->>$2, '') <> '' AND ${readableBy(scope, 'r.user_id', params)}`;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM survey_responses r WHERE ${where}`, params);
    if (survey.anonymous && (await this.responses(survey.id, scope)).length < survey.minGroupSize) return { items: [], total: 0, page, pageSize };
    const rows: { text: string }[] = await this.dataSource.query(
      `SELECT r.answers->>$2 AS text FROM survey_responses r WHERE ${where} ORDER BY r.submitted_on DESC, r.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    return { items: rows.map((r) => r.text), total, page, pageSize };
  }

  /** Questions asked under the same key and type in both surveys (e.g. pre-assessment and impact), side by side. */
  async comparison(caller: RequestUser, surveyId: string, otherId: string, language: Language = caller.language): Promise<Comparison> {
    const [after, before] = [await this.access.find(surveyId), await this.access.find(otherId)];
    const [afterScope, beforeScope] = [await this.access.resultsScope(caller, after), await this.access.resultsScope(caller, before)];
    const [a, b] = await Promise.all([this.snapshot(after, afterScope, language), this.snapshot(before, beforeScope, language)]);
    const questions = a.results
      .filter((q) => CLOSED_QUESTION_TYPES.includes(q.type))
      .flatMap((q) => {
        const match = b.results.find((other) => other.key === q.key && other.type === q.type);
        return match ? [{ key: q.key, text: q.text, before: match, after: q }] : [];
      });
    return {
      before: { surveyId: before.id, title: b.title, responses: b.count },
      after: { surveyId: after.id, title: a.title, responses: a.count },
      questions,
    };
  }

  private async snapshot(survey: Survey, scope: ResponseScope, language: Language) {
    const edition = await this.dataSource.getRepository(Edition).findOneBy({ id: survey.editionId });
    if (!edition) throw notFound();
    const localized = localizeContent(await loadContent(this.dataSource.manager, survey), language, edition.defaultLanguage);
    const responses = await this.responses(survey.id, scope);
    const shown = anonymityOf(survey, [], responses.length, false).suppressed ? [] : responses;
    return {
      title: localize(survey.title, language, edition.defaultLanguage),
      count: responses.length,
      results: surveyQuestionResults(
        localized,
        shown.map((r) => r.answers),
        language,
      ),
    };
  }

  private responses(surveyId: string, scope: ResponseScope): Promise<(Segmented & { answers: Answers; submitted_on: string })[]> {
    const params: unknown[] = [surveyId];
    return this.dataSource.query(
      `SELECT r.answers, r.language, r.submitted_on, r.cohort_id, r.country, r.ilo_region, r.constituency_group FROM survey_responses r
        WHERE r.survey_id = $1 AND ${readableBy(scope, 'r.user_id', params)} ORDER BY r.submitted_on DESC, r.id`,
      params,
    );
  }

  private async cohortNames(editionId: string): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = await this.dataSource.query('SELECT id, name FROM cohorts WHERE edition_id = $1', [editionId]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}

/**
 * What the results of an anonymous survey may show: nothing while fewer than its minimum group
 * size have answered; a breakdown only if every group that has answers has at least that many (a
 * smaller group would show through directly, or by subtracting the others from the whole).
 * `grouped`: one group was asked for rather than the whole.
 */
export function anonymityOf(
  survey: Pick<Survey, 'anonymous' | 'minGroupSize'>,
  groupSizes: number[],
  total: number,
  grouped: boolean,
): { suppressed: boolean; breakdown: boolean } {
  if (!survey.anonymous) return { suppressed: false, breakdown: true };
  const breakdown = total >= survey.minGroupSize && groupSizes.every((size) => size === 0 || size >= survey.minGroupSize);
  return { suppressed: total < survey.minGroupSize || (grouped && !breakdown), breakdown };
}

/** Responses per day and cumulated, oldest day first. */
export function timeline(days: string[]): SurveyResults['timeline'] {
  const counts = new Map<string, number>();
  for (const day of days) counts.set(day, (counts.get(day) ?? 0) + 1);
  let cumulative = 0;
  return [...counts.keys()].sort().map((day) => {
    cumulative += counts.get(day)!;
    return { day, responses: counts.get(day)!, cumulative };
  });
}
