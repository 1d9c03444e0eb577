import { Readable } from 'node:stream';
import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import {
  comparisonQuerySchema,
  comparisonSchema,
  exportQuerySchema,
  pageOf,
  resultsQuerySchema,
  surveyResultsSchema,
  textAnswersQuerySchema,
  type Language,
  type ResultsQuery,
} from '@sstc/shared';
import { z } from 'zod';
import { Caller, Roles } from '../../common/decorators/access.decorators.js';
import { Returns, ValidQuery } from '../../common/decorators/contract.decorators.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { UuidParam } from '../../common/pipes/param.pipes.js';
import { ResultsService } from './results.service.js';
import { SurveyExportService } from './survey-export.service.js';
import { SurveyKeyParam } from './survey-params.js';

/** Results, text answers, the before/after comparison and the CSV export (object checks in the services). */
@Roles('organizer', 'facilitator')
@Controller('surveys/:surveyId')
export class SurveyResultsController {
  constructor(
    private readonly results: ResultsService,
    private readonly exporter: SurveyExportService,
  ) {}

  @Get('results')
  @Returns(surveyResultsSchema)
  summary(@Caller() caller: RequestUser, @Param('surveyId', UuidParam) surveyId: string, @ValidQuery(resultsQuerySchema) query: ResultsQuery) {
    return this.results.results(caller, surveyId, query);
  }

  @Get('answers/:key')
  @Returns(pageOf(z.string()))
  answers(
    @Caller() caller: RequestUser,
    @Param('surveyId', UuidParam) surveyId: string,
    @Param('key', SurveyKeyParam) key: string,
    @ValidQuery(textAnswersQuerySchema) query: { page: number; pageSize: number },
  ) {
    return this.results.textAnswers(caller, surveyId, key, query.page, query.pageSize);
  }

  @Get('comparison')
  @Returns(comparisonSchema)
  comparison(
    @Caller() caller: RequestUser,
    @Param('surveyId', UuidParam) surveyId: string,
    @ValidQuery(comparisonQuerySchema) query: { with: string; language?: Language },
  ) {
    return this.results.comparison(caller, surveyId, query.with, query.language);
  }

  /** Streams text/csv; X-Total-Count says how many rows will come, so the client can show progress. */
  @Get('export')
  async export(
    @Caller() caller: RequestUser,
    @Param('surveyId', UuidParam) surveyId: string,
    @ValidQuery(exportQuerySchema) query: { language: Language },
    @Res() response: Response,
  ) {
    const { total, filename, lines } = await this.exporter.export(caller, surveyId, query.language);
    response.set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'X-Total-Count': String(total),
      'Cache-Control': 'no-store',
    });
    const source = Readable.from(lines);
    source.pipe(response);
    // The compression middleware holds bytes back until it has a block: send each batch as it is read.
    source.on('data', () => response.flush());
  }
}
