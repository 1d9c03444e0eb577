import { Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  mySurveySchema,
  saveAnswersRequestSchema,
  submittedResponseSchema,
  surveyFormQuerySchema,
  surveyFormSchema,
  surveyLinkSchema,
  type Language,
  type SaveAnswersRequest,
} from '@sstc/shared';
import { z } from 'zod';
import { Caller, Public } from '../../common/decorators/access.decorators.js';
import { Returns, ValidBody, ValidQuery } from '../../common/decorators/contract.decorators.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { UuidParam } from '../../common/pipes/param.pipes.js';
import { ResponsesService } from './responses.service.js';
import { SurveyTokenParam } from './survey-params.js';

/** Answering: through a personal link without signing in, or from the platform for signed-in participants. */
@Controller()
export class SurveyResponsesController {
  constructor(private readonly responses: ResponsesService) {}

  @Public()
  @Get('survey-links/:token')
  @Returns(surveyFormSchema)
  form(@Param('token', SurveyTokenParam) token: string, @ValidQuery(surveyFormQuerySchema) query: { language?: Language }) {
    return this.responses.form(token, query.language);
  }

  @Public()
  @Put('survey-links/:token/draft')
  @HttpCode(204)
  saveDraft(@Param('token', SurveyTokenParam) token: string, @ValidBody(saveAnswersRequestSchema) body: SaveAnswersRequest) {
    return this.responses.saveDraft(token, body.answers);
  }

  @Public()
  @Post('survey-links/:token/response')
  @Returns(submittedResponseSchema)
  submit(@Param('token', SurveyTokenParam) token: string, @ValidBody(saveAnswersRequestSchema) body: SaveAnswersRequest) {
    return this.responses.submit(token, body.answers);
  }

  @Get('my/surveys')
  @Returns(z.array(mySurveySchema))
  mine(@Caller() caller: RequestUser) {
    return this.responses.mine(caller);
  }

  @Post('my/surveys/:invitationId/link')
  @Returns(surveyLinkSchema)
  link(@Caller() caller: RequestUser, @Param('invitationId', UuidParam) invitationId: string) {
    return this.responses.link(caller, invitationId);
  }
}
