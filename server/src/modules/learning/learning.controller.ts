import { Controller, Delete, Get, Header, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import {
  createLearningUnitSchema,
  learningNeedsSchema,
  learningPackageSchema,
  learningProgressUpdateSchema,
  learningSettingsSchema,
  learningUnitSchema,
  markdownPreviewSchema,
  needsQuerySchema,
  preAssessmentStatusSchema,
  progressDashboardSchema,
  progressQuerySchema,
  renderedMarkdownSchema,
  reorderLearningUnitsSchema,
  unitProgressSchema,
  unitQuerySchema,
  updateLearningUnitSchema,
  fillDraftsReplySchema,
  reviewDraftRequestSchema,
  type ReviewDraftRequest,
  type CreateLearningUnit,
  type LearningProgressUpdate,
  type LearningSettings,
  type NeedsQuery,
  type ProgressQuery,
  type ReorderLearningUnits,
  type UpdateLearningUnit,
} from '@sstc/shared';
import type { z } from 'zod';
import { Caller, Roles } from '../../common/decorators/access.decorators.js';
import { Returns, ValidBody, ValidQuery } from '../../common/decorators/contract.decorators.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { UuidParam } from '../../common/pipes/param.pipes.js';
import { LearningProgressService } from './learning-progress.service.js';
import { LearningSettingsService } from './learning-settings.service.js';
import { LearningUnitsService } from './learning-units.service.js';
import { renderMarkdown } from './markdown.js';
import { PreAssessmentService } from './pre-assessment.service.js';

@Controller()
export class LearningController {
  constructor(
    private readonly units: LearningUnitsService,
    private readonly progress: LearningProgressService,
    private readonly settings: LearningSettingsService,
    private readonly preAssessment: PreAssessmentService,
  ) {}

  @Post('editions/:editionId/learning/pre-assessment')
  @HttpCode(200)
  @Roles('organizer')
  @Returns(preAssessmentStatusSchema)
  createPreAssessment(@Caller() caller: RequestUser, @Param('editionId', UuidParam) editionId: string) {
    return this.preAssessment.create(caller, editionId);
  }

  @Get('editions/:editionId/learning/needs')
  @Roles('facilitator', 'organizer')
  @Returns(learningNeedsSchema)
  needs(@Caller() caller: RequestUser, @Param('editionId', UuidParam) editionId: string, @ValidQuery(needsQuerySchema) query: NeedsQuery) {
    return this.preAssessment.needs(caller, editionId, query);
  }

  @Get('editions/:editionId/learning')
  @Returns(learningPackageSchema)
  package(@Caller() caller: RequestUser, @Param('editionId', UuidParam) editionId: string) {
    return this.units.package(caller, editionId);
  }

  @Post('editions/:editionId/learning/units')
  @Roles('facilitator', 'organizer')
  @Returns(learningUnitSchema)
  create(
    @Caller() caller: RequestUser,
    @Param('editionId', UuidParam) editionId: string,
    @ValidBody(createLearningUnitSchema) body: CreateLearningUnit,
  ) {
    return this.units.create(caller, editionId, body);
  }

  @Put('editions/:editionId/learning/order')
  @Roles('facilitator', 'organizer')
  @Returns(learningPackageSchema)
  reorder(
    @Caller() caller: RequestUser,
    @Param('editionId', UuidParam) editionId: string,
    @ValidBody(reorderLearningUnitsSchema) body: ReorderLearningUnits,
  ) {
    return this.units.reorder(caller, editionId, body.unitIds);
  }

  @Put('editions/:editionId/learning/settings')
  @Roles('organizer')
  @Returns(learningSettingsSchema)
  updateSettings(
    @Caller() caller: RequestUser,
    @Param('editionId', UuidParam) editionId: string,
    @ValidBody(learningSettingsSchema) body: LearningSettings,
  ) {
    return this.settings.update(caller, editionId, body);
  }

  @Get('editions/:editionId/learning/progress')
  @Roles('facilitator', 'organizer')
  @Returns(progressDashboardSchema)
  dashboard(@Caller() caller: RequestUser, @Param('editionId', UuidParam) editionId: string, @ValidQuery(progressQuerySchema) query: ProgressQuery) {
    return this.progress.dashboard(caller, editionId, query);
  }

  @Get('editions/:editionId/learning/progress.csv')
  @Roles('facilitator', 'organizer')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="pre-learning-progress.csv"')
  exportCsv(@Caller() caller: RequestUser, @Param('editionId', UuidParam) editionId: string, @ValidQuery(progressQuerySchema) query: ProgressQuery) {
    return this.progress.csv(caller, editionId, query);
  }

  @Post('learning/preview')
  @HttpCode(200)
  @Roles('facilitator', 'organizer')
  @Returns(renderedMarkdownSchema)
  preview(@ValidBody(markdownPreviewSchema) body: z.infer<typeof markdownPreviewSchema>) {
    return { html: renderMarkdown(body.markdown) };
  }

  @Get('learning/units/:unitId')
  @Returns(learningUnitSchema)
  unit(
    @Caller() caller: RequestUser,
    @Param('unitId', UuidParam) unitId: string,
    @ValidQuery(unitQuerySchema) query: z.infer<typeof unitQuerySchema>,
  ) {
    return this.units.unit(caller, unitId, query.language);
  }

  @Patch('learning/units/:unitId')
  @Roles('facilitator', 'organizer')
  @Returns(learningUnitSchema)
  update(@Caller() caller: RequestUser, @Param('unitId', UuidParam) unitId: string, @ValidBody(updateLearningUnitSchema) body: UpdateLearningUnit) {
    return this.units.update(caller, unitId, body);
  }

  @Post('learning/units/:unitId/machine-drafts')
  @HttpCode(200)
  @Roles('facilitator', 'organizer')
  @Returns(fillDraftsReplySchema)
  fillDrafts(@Caller() caller: RequestUser, @Param('unitId', UuidParam) unitId: string) {
    return this.units.fillWithDrafts(caller, unitId);
  }

  @Post('learning/units/:unitId/machine-drafts/review')
  @HttpCode(200)
  @Roles('facilitator', 'organizer')
  @Returns(fillDraftsReplySchema)
  reviewDraft(
    @Caller() caller: RequestUser,
    @Param('unitId', UuidParam) unitId: string,
    @ValidBody(reviewDraftRequestSchema) body: ReviewDraftRequest,
  ) {
    return this.units.reviewDraft(caller, unitId, body);
  }

  @Delete('learning/units/:unitId')
  @HttpCode(204)
  @Roles('facilitator', 'organizer')
  remove(@Caller() caller: RequestUser, @Param('unitId', UuidParam) unitId: string) {
    return this.units.remove(caller, unitId);
  }

  @Put('learning/units/:unitId/progress')
  @Roles('participant')
  @Returns(unitProgressSchema)
  recordProgress(
    @Caller() caller: RequestUser,
    @Param('unitId', UuidParam) unitId: string,
    @ValidBody(learningProgressUpdateSchema) body: LearningProgressUpdate,
  ) {
    return this.progress.record(caller, unitId, body);
  }
}
