import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import {
  enrolmentImportSchema,
  importFileQuerySchema,
  importRowPageSchema,
  importRowsQuerySchema,
  type ImportFileQuery,
  type ImportRowsQuery,
} from '@sstc/shared';
import { Caller, Roles } from '../../common/decorators/access.decorators.js';
import { Returns, ValidQuery } from '../../common/decorators/contract.decorators.js';
import { ApiException } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { requestLanguage } from '../../common/i18n/request-language.js';
import { UuidParam } from '../../common/pipes/param.pipes.js';
import { EnrolmentImportsService } from './enrolment-imports.service.js';

/** The file itself is the request body (Content-Type: text/csv), read by the module's text parser. */
@Roles('organizer')
@Controller()
export class EnrolmentImportsController {
  constructor(private readonly imports: EnrolmentImportsService) {}

  @Post('editions/:editionId/imports')
  @Returns(enrolmentImportSchema)
  preview(
    @Caller() caller: RequestUser,
    @Param('editionId', UuidParam) editionId: string,
    @ValidQuery(importFileQuerySchema) query: ImportFileQuery,
    @Body() body: unknown,
  ) {
    if (typeof body !== 'string') throw new ApiException('csv_unreadable');
    return this.imports.preview(caller, editionId, query.fileName, body);
  }

  @Get('imports/:importId')
  @Returns(enrolmentImportSchema)
  get(@Param('importId', UuidParam) importId: string) {
    return this.imports.get(importId);
  }

  @Get('imports/:importId/rows')
  @Returns(importRowPageSchema)
  rows(@Param('importId', UuidParam) importId: string, @ValidQuery(importRowsQuerySchema) query: ImportRowsQuery, @Req() request: Request) {
    return this.imports.rows(importId, query, requestLanguage(request));
  }

  @Post('imports/:importId/cohorts')
  @HttpCode(200)
  @Returns(enrolmentImportSchema)
  createMissingCohorts(@Param('importId', UuidParam) importId: string) {
    return this.imports.createMissingCohorts(importId);
  }

  @Post('imports/:importId/confirm')
  @HttpCode(200)
  @Returns(enrolmentImportSchema)
  confirm(@Param('importId', UuidParam) importId: string) {
    return this.imports.confirm(importId);
  }
}
