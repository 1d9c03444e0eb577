import { Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { z } from 'zod';
import { cohortRequestSchema, cohortSchema, type CohortRequest } from '@sstc/shared';
import { Roles } from '../../common/decorators/access.decorators.js';
import { Returns, ValidBody } from '../../common/decorators/contract.decorators.js';
import { UuidParam } from '../../common/pipes/param.pipes.js';
import { CohortsService } from './cohorts.service.js';

@Roles('organizer')
@Controller()
export class CohortsController {
  constructor(private readonly cohorts: CohortsService) {}

  @Get('editions/:editionId/cohorts')
  @Returns(z.array(cohortSchema))
  list(@Param('editionId', UuidParam) editionId: string) {
    return this.cohorts.list(editionId);
  }

  @Post('editions/:editionId/cohorts')
  @Returns(cohortSchema)
  create(@Param('editionId', UuidParam) editionId: string, @ValidBody(cohortRequestSchema) body: CohortRequest) {
    return this.cohorts.create(editionId, body);
  }

  @Put('cohorts/:cohortId')
  @Returns(cohortSchema)
  update(@Param('cohortId', UuidParam) cohortId: string, @ValidBody(cohortRequestSchema) body: CohortRequest) {
    return this.cohorts.update(cohortId, body);
  }

  @Delete('cohorts/:cohortId')
  @HttpCode(204)
  async remove(@Param('cohortId', UuidParam) cohortId: string): Promise<void> {
    await this.cohorts.remove(cohortId);
  }
}
