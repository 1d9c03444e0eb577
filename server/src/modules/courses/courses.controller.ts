import { Controller, Get, Param } from '@nestjs/common';
import { editionDetailSchema, editionSummarySchema } from '@sstc/shared';
import { z } from 'zod';
import { Caller } from '../../common/decorators/access.decorators.js';
import { Returns } from '../../common/decorators/contract.decorators.js';
import { UuidParam } from '../../common/pipes/param.pipes.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { CoursesService } from './courses.service.js';

@Controller('editions')
export class CoursesController {
  constructor(private readonly courses: CoursesService) {}

  @Get()
  @Returns(z.array(editionSummarySchema))
  list(@Caller() caller: RequestUser) {
    return this.courses.visibleEditions(caller);
  }

  @Get(':editionId')
  @Returns(editionDetailSchema)
  edition(@Caller() caller: RequestUser, @Param('editionId', UuidParam) editionId: string) {
    return this.courses.edition(caller, editionId);
  }
}
