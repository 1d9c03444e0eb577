import { Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import {
  fillDraftsReplySchema,
  reviewDraftRequestSchema,
  type ReviewDraftRequest,
  createDistributionRequestSchema,
  createSurveyRequestSchema,
  distributionProgressSchema,
  distributionSchema,
  pageOf,
  recipientListQuerySchema,
  recipientSchema,
  surveyAudienceSchema,
  surveyDetailSchema,
  surveySummarySchema,
  updateDistributionRequestSchema,
  updateSurveyRequestSchema,
  type CreateDistributionRequest,
  type CreateSurveyRequest,
  type RecipientListQuery,
  type UpdateDistributionRequest,
  type UpdateSurveyRequest,
} from '@sstc/shared';
import { z } from 'zod';
import { Caller, Roles } from '../../common/decorators/access.decorators.js';
import { Returns, ValidBody, ValidQuery } from '../../common/decorators/contract.decorators.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { UuidParam } from '../../common/pipes/param.pipes.js';
import { DistributionProgressService } from './distribution-progress.service.js';
import { DistributionsService } from './distributions.service.js';
import { SurveyAccessService } from './survey-access.service.js';
import { SurveysService } from './surveys.service.js';

/** Survey definitions and their distributions: organizers edit and send, facilitators read. */
@Controller()
export class SurveysController {
  constructor(
    private readonly surveys: SurveysService,
    private readonly distributions: DistributionsService,
    private readonly progressOf: DistributionProgressService,
    private readonly access: SurveyAccessService,
  ) {}

  @Roles('organizer', 'facilitator')
  @Get('editions/:editionId/surveys')
  @Returns(z.array(surveySummarySchema))
  async list(@Caller() caller: RequestUser, @Param('editionId', UuidParam) editionId: string) {
    await this.access.assertEditionStaff(caller, editionId);
    return this.surveys.list(editionId);
  }

  @Roles('organizer')
  @Get('editions/:editionId/survey-audience')
  @Returns(surveyAudienceSchema)
  audience(@Param('editionId', UuidParam) editionId: string) {
    return this.surveys.audience(editionId);
  }

  @Roles('organizer')
  @Post('editions/:editionId/surveys')
  @Returns(surveyDetailSchema)
  create(@Param('editionId', UuidParam) editionId: string, @ValidBody(createSurveyRequestSchema) body: CreateSurveyRequest) {
    return this.surveys.create(editionId, body);
  }

  @Roles('organizer', 'facilitator')
  @Get('surveys/:surveyId')
  @Returns(surveyDetailSchema)
  async detail(@Caller() caller: RequestUser, @Param('surveyId', UuidParam) surveyId: string) {
    await this.access.readable(caller, surveyId);
    return this.surveys.detail(surveyId);
  }

  @Roles('organizer')
  @Put('surveys/:surveyId')
  @Returns(surveyDetailSchema)
  update(@Param('surveyId', UuidParam) surveyId: string, @ValidBody(updateSurveyRequestSchema) body: UpdateSurveyRequest) {
    return this.surveys.update(surveyId, body);
  }

  @Roles('organizer')
  @Post('surveys/:surveyId/machine-drafts')
  @HttpCode(200)
  @Returns(fillDraftsReplySchema)
  fillDrafts(@Caller() caller: RequestUser, @Param('surveyId', UuidParam) surveyId: string) {
    return this.surveys.fillWithDrafts(surveyId, caller.id);
  }

  @Roles('organizer')
  @Post('surveys/:surveyId/machine-drafts/review')
  @HttpCode(200)
  @Returns(fillDraftsReplySchema)
  reviewDraft(@Param('surveyId', UuidParam) surveyId: string, @ValidBody(reviewDraftRequestSchema) body: ReviewDraftRequest) {
    return this.surveys.reviewDraft(surveyId, body);
  }

  @Roles('organizer')
  @Delete('surveys/:surveyId')
  @HttpCode(204)
  remove(@Param('surveyId', UuidParam) surveyId: string) {
    return this.surveys.remove(surveyId);
  }

  @Roles('organizer')
  @Post('surveys/:surveyId/distributions')
  @Returns(distributionSchema)
  createDistribution(@Param('surveyId', UuidParam) surveyId: string, @ValidBody(createDistributionRequestSchema) body: CreateDistributionRequest) {
    return this.distributions.create(surveyId, body);
  }

  @Roles('organizer')
  @Patch('distributions/:distributionId')
  @Returns(distributionSchema)
  updateDistribution(
    @Param('distributionId', UuidParam) distributionId: string,
    @ValidBody(updateDistributionRequestSchema) body: UpdateDistributionRequest,
  ) {
    return this.distributions.update(distributionId, body);
  }

  @Roles('organizer')
  @Post('distributions/:distributionId/schedule')
  @HttpCode(200)
  @Returns(distributionSchema)
  schedule(@Param('distributionId', UuidParam) distributionId: string) {
    return this.distributions.schedule(distributionId);
  }

  @Roles('organizer')
  @Post('distributions/:distributionId/follow-edition')
  @HttpCode(200)
  @Returns(distributionSchema)
  followEdition(@Param('distributionId', UuidParam) distributionId: string) {
    return this.distributions.followEditionAgain(distributionId);
  }

  @Roles('organizer')
  @Post('distributions/:distributionId/cancel')
  @HttpCode(200)
  @Returns(distributionSchema)
  cancel(@Param('distributionId', UuidParam) distributionId: string) {
    return this.distributions.cancel(distributionId);
  }

  @Roles('organizer')
  @Get('distributions/:distributionId/progress')
  @Returns(distributionProgressSchema)
  progress(@Param('distributionId', UuidParam) distributionId: string) {
    return this.progressOf.progress(distributionId);
  }

  @Roles('organizer')
  @Get('distributions/:distributionId/recipients')
  @Returns(pageOf(recipientSchema))
  recipients(@Param('distributionId', UuidParam) distributionId: string, @ValidQuery(recipientListQuerySchema) query: RecipientListQuery) {
    return this.progressOf.recipients(distributionId, query);
  }

  @Roles('organizer')
  @Post('distributions/:distributionId/recipients/:invitationId/resend')
  @HttpCode(202)
  resend(@Param('distributionId', UuidParam) distributionId: string, @Param('invitationId', UuidParam) invitationId: string) {
    return this.progressOf.resend(distributionId, invitationId);
  }
}
