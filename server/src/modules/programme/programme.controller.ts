import { Controller, Delete, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  createProgrammeItemRequestSchema,
  programmeItemSchema,
  updateProgrammeItemRequestSchema,
  type CreateProgrammeItemRequest,
  type UpdateProgrammeItemRequest,
} from '@sstc/shared';
import { Roles } from '../../common/decorators/access.decorators.js';
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

  @Delete('programme/:itemId')
  @HttpCode(204)
  async remove(@Param('itemId', UuidParam) itemId: string): Promise<void> {
    await this.programme.remove(itemId);
  }
}
