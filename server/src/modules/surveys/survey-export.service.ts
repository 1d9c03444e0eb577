import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { localizeContent, type AnswerValue, type Answers, type Language, type LocalizedSurvey } from '@sstc/shared';
import type { RequestUser } from '../../common/http/request-user.js';
import { surveyWords } from '../../locales/surveys.js';
import { Edition } from '../courses/edition.entity.js';
import { readableBy, SurveyAccessService } from './survey-access.service.js';
import { loadContent } from './survey-content.js';
import { optionsOf } from './survey-statistics.js';

const BATCH = 500;

type Question = LocalizedSurvey['sections'][number]['questions'][number];

interface ExportRow {
  id: string;
  submitted_on: string;
  language: Language;
  answers: Answers;
  name: string | null;
  email: string | null;
  cohort: string | null;
  country: string | null;
  ilo_region: string | null;
  constituency_group: string | null;
}

/** One CSV cell: quoted when needed, and defused when a spreadsheet would read it as a formula. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** An answer as the chosen language reads it: option labels, Yes/No, numbers as numbers. */
export function exportValue(question: Question, value: AnswerValue | undefined, language: Language): string | number | null {
  if (value === undefined) return null;
  const labelOf = (v: string) => optionsOf(question, language).find((o) => o.value === v)?.label ?? v;
  if (Array.isArray(value)) return value.map(labelOf).join('; ');
  if (question.type === 'single_choice' || question.type === 'yes_no') return labelOf(String(value));
  return value;
}

/**
 * Responses as CSV, one row per response and one column per question, streamed in batches so a
 * large export never sits in memory. Identified surveys add who answered; anonymous ones cannot.
 */
@Injectable()
export class SurveyExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: SurveyAccessService,
  ) {}

  async export(
    caller: RequestUser,
    surveyId: string,
    language: Language,
  ): Promise<{ total: number; filename: string; lines: AsyncGenerator<string> }> {
    const survey = await this.access.find(surveyId);
    const scope = await this.access.resultsScope(caller, survey);
    const edition = await this.dataSource.getRepository(Edition).findOneByOrFail({ id: survey.editionId });
    const localized = localizeContent(await loadContent(this.dataSource.manager, survey), language, edition.defaultLanguage);
    const questions = localized.sections.flatMap((s) => s.questions);
    const counted: unknown[] = [survey.id];
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM survey_responses r WHERE r.survey_id = $1 AND ${readableBy(scope, 'r.user_id', counted)}`,
      counted,
    );
    const params: unknown[] = [survey.id, survey.editionId];
    const where = `r.survey_id = $1 AND ${readableBy(scope, 'r.user_id', params)}`;
    const words = surveyWords[language];
    const identity = survey.anonymous ? [] : [words.name, words.email, words.cohort, words.country, words.iloRegion, words.constituencyGroup];
    const header = [words.responseId, words.submittedOn, words.language, ...identity, ...questions.map((q) => q.text)];
    const dataSource = this.dataSource;
    async function* lines(): AsyncGenerator<string> {
      yield `\uFEFF${header.map(csvCell).join(',')}\r\n`;
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const rows: ExportRow[] = await dataSource.query(
          `SELECT r.id, r.submitted_on, r.language, r.answers, u.name, u.email, c.name AS cohort, r.country, r.ilo_region, r.constituency_group
             FROM survey_responses r LEFT JOIN users u ON u.id = r.user_id LEFT JOIN cohorts c ON c.id = r.cohort_id AND c.edition_id = $2
            WHERE ${where} AND r.id > $${params.length + 1} ORDER BY r.id LIMIT ${BATCH}`,
          [...params, after],
        );
        if (rows.length === 0) return;
        yield rows
          .map((row) => {
            const who = survey.anonymous ? [] : [row.name, row.email, row.cohort, row.country, row.ilo_region, row.constituency_group];
            return (
              [row.id, row.submitted_on, row.language, ...who, ...questions.map((q) => exportValue(q, row.answers[q.key], language))]
                .map(csvCell)
                .join(',') + '\r\n'
            );
          })
          .join('');
        after = rows[rows.length - 1]!.id;
      }
    }
    const filename = `survey-${survey.kind}-${new Date().toISOString().slice(0, 10)}-${language}.csv`;
    return { total, filename, lines: lines() };
  }
}
