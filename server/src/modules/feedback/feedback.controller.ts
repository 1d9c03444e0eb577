import { Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  feedbackInputSchema,
  feedbackPageSchema,
  feedbackQuerySchema,
  fillDraftsReplySchema,
  reviewDraftRequestSchema,
  type FeedbackInput,
  type Language,
  type ReviewDraftRequest,
} from '@sstc/shared';
import { Caller, Roles } from '../../common/decorators/access.decorators.js';
import { Returns, ValidBody, ValidQuery } from '../../common/decorators/contract.decorators.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { UuidParam } from '../../common/pipes/param.pipes.js';
import { FeedbackService } from './feedback.service.js';

/** `/api/editions/:editionId/feedback`: members read the published page; organizers prepare and publish it. */
@Controller('editions/:editionId/feedback')
export class FeedbackController {
  constructor(private readonly feedback: FeedbackService) {}

  @Get()
  @Returns(feedbackPageSchema)
  read(
    @Caller() caller: RequestUser,
    @Param('editionId', UuidParam) editionId: string,
    @ValidQuery(feedbackQuerySchema) query: { language?: Language },
  ) {
    return this.feedback.read(caller, editionId, query.language);
  }

  @Put()
  @Roles('organizer')
  @Returns(feedbackPageSchema)
  save(@Caller() caller: RequestUser, @Param('editionId', UuidParam) editionId: string, @ValidBody(feedbackInputSchema) body: FeedbackInput) {
    return this.feedback.save(caller, editionId, body);
  }

  @Post('publish')
  @HttpCode(200)
  @Roles('organizer')
  @Returns(feedbackPageSchema)
  publish(@Caller() caller: RequestUser, @Param('editionId', UuidParam) editionId: string) {
    return this.feedback.publish(caller, editionId);
  }

  @Post('machine-drafts')
  @HttpCode(200)
  @Roles('organizer')
  @Returns(fillDraftsReplySchema)
  fillDrafts(@Caller() caller: RequestUser, @Param('editionId', UuidParam) editionId: string) {
    return this.feedback.fillWithDrafts(caller, editionId);
  }

  @Post('machine-drafts/review')
  @HttpCode(200)
  @Roles('organizer')
  @Returns(fillDraftsReplySchema)
  reviewDraft(
    @Caller() caller: RequestUser,
    @Param('editionId', UuidParam) editionId: string,
    @ValidBody(reviewDraftRequestSchema) body: ReviewDraftRequest,
  ) {
    return this.feedback.reviewDraft(caller, editionId, body);
  }
}
