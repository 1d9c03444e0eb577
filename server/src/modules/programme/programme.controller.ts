import { Controller, Delete, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  fillDraftsReplySchema,
  reviewDraftRequestSchema,
  type ReviewDraftRequest,
  createProgrammeItemRequestSchema,
  programmeItemSchema,
  updateProgrammeItemRequestSchema,
  type CreateProgrammeItemRequest,
  type UpdateProgrammeItemRequest,
} from '@sstc/shared';
import { Caller, Roles } from '../../common/decorators/access.decorators.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { Returns, ValidBody } from '../../common/decorators/contract.decorators.js';
import { UuidParam } from '../../common/pipes/param.pipes.js';
import { ProgrammeService } from './programme.service.js';

/** Reading the programme is part of GET /editions/:editionId. */
@Roles('organizer')
@Controller()
export class ProgrammeController {
  constructor(private readonly programme: ProgrammeService) {}

  @Post('editions/:editionId/programme')
  @Returns(programmeItemSchema)
  create(@Param('editionId', UuidParam) editionId: string, @ValidBody(createProgrammeItemRequestSchema) body: CreateProgrammeItemRequest) {
    return this.programme.create(editionId, body);
  }

  @Put('programme/:itemId')
  @Returns(programmeItemSchema)
  update(@Param('itemId', UuidParam) itemId: string, @ValidBody(updateProgrammeItemRequestSchema) body: UpdateProgrammeItemRequest) {
    return this.programme.update(itemId, body);
  }

  @Post('programme/:itemId/machine-drafts')
  @HttpCode(200)
  @Returns(fillDraftsReplySchema)
  fillDrafts(@Caller() caller: RequestUser, @Param('itemId', UuidParam) itemId: string) {
    return this.programme.fillWithDrafts(itemId, caller.id);
  }

  @Post('programme/:itemId/machine-drafts/review')
  @HttpCode(200)
  @Returns(fillDraftsReplySchema)
  reviewDraft(@Param('itemId', UuidParam) itemId: string, @ValidBody(reviewDraftRequestSchema) body: ReviewDraftRequest) {
    return this.programme.reviewDraft(itemId, body);
  }

  @Delete('programme/:itemId')
  @HttpCode(204)
  async remove(@Param('itemId', UuidParam) itemId: string): Promise<void> {
    await this.programme.remove(itemId);
  }
}
