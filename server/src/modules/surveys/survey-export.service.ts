import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { localizeContent, type AnswerValue, type Answers, type Language, type LocalizedSurvey } from '@sstc/shared';
import { csvStream, type CsvFormat, type CsvRow } from '../../common/csv/csv-writer.js';
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

/** An answer as the chosen language reads it: option labels, Yes/No, numbers as numbers. */
export function exportValue(question: Question, value: AnswerValue | undefined, language: Language): string | number | null {
  if (value === undefined) return null;
  const labelOf = (v: string) => optionsOf(question, language).find((o) => o.value === v)?.label ?? v;
  if (Array.isArray(value)) return value.map(labelOf).join('; ');
  if (question.type === 'single_choice' || question.type === 'yes_no') return labelOf(String(value));
  return value;
}

/**
 * Responses as CSV, one row per response and one column per question, read in batches as the
 * response drains, so a large export never sits in memory. Identified surveys add who answered;
 * anonymous ones cannot, and export nothing below their minimum group size.
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
    format: CsvFormat,
  ): Promise<{ total: number; filename: string; csv: Readable }> {
    const survey = await this.access.find(surveyId);
    const scope = await this.access.resultsScope(caller, survey);
    const edition = await this.dataSource.getRepository(Edition).findOneByOrFail({ id: survey.editionId });
    const localized = localizeContent(await loadContent(this.dataSource.manager, survey), language, edition.defaultLanguage);
    const questions = localized.sections.flatMap((s) => s.questions);
    const counted: unknown[] = [survey.id];
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM survey_responses r WHERE r.survey_id = $1 AND ${readableBy(scope, 'r.user_id', counted)}`,
      counted,
    );
    // An anonymous survey exports nothing below its minimum group size, and no language (a small language group would show through).
    const withheld = survey.anonymous && count < survey.minGroupSize;
    const total = withheld ? 0 : count;
    const params: unknown[] = [survey.id, survey.editionId];
    const where = `r.survey_id = $1 AND ${readableBy(scope, 'r.user_id', params)}`;
    const words = surveyWords[language];
    const identity = survey.anonymous ? [] : [words.name, words.email, words.cohort, words.country, words.iloRegion, words.constituencyGroup];
    const languageColumn = survey.anonymous ? [] : [words.language];
    const header = [words.responseId, words.submittedOn, ...languageColumn, ...identity, ...questions.map((q) => q.text)];
    const dataSource = this.dataSource;
    async function* rows(): AsyncGenerator<CsvRow> {
      yield header;
      if (withheld) return;
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const batch: ExportRow[] = await dataSource.query(
          `SELECT r.id, r.submitted_on, r.language, r.answers, u.name, u.email, c.name AS cohort, r.country, r.ilo_region, r.constituency_group
             FROM survey_responses r LEFT JOIN users u ON u.id = r.user_id LEFT JOIN cohorts c ON c.id = r.cohort_id AND c.edition_id = $2
            WHERE ${where} AND r.id > $${params.length + 1} ORDER BY r.id LIMIT ${BATCH}`,
          [...params, after],
        );
        if (batch.length === 0) return;
        for (const row of batch) {
          const who = survey.anonymous ? [] : [row.name, row.email, row.cohort, row.country, row.ilo_region, row.constituency_group];
          yield [
            row.id,
            row.submitted_on,
            ...(survey.anonymous ? [] : [row.language]),
            ...who,
            ...questions.map((q) => exportValue(q, row.answers[q.key], language)),
          ];
        }
        after = batch[batch.length - 1]!.id;
      }
    }
    const filename = `survey-${survey.kind}-${new Date().toISOString().slice(0, 10)}-${language}.csv`;
    return { total, filename, csv: csvStream(rows(), format) };
  }
}
