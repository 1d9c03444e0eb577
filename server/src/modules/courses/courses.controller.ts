import { Controller, Get, Param, Patch, Post } from '@nestjs/common';
import {
  automaticSendSchema,
  courseSummarySchema,
  createCourseRequestSchema,
  createEditionRequestSchema,
  editionDetailSchema,
  editionSummarySchema,
  updateCourseRequestSchema,
  updateEditionRequestSchema,
  type CreateCourseRequest,
  type CreateEditionRequest,
  type UpdateCourseRequest,
  type UpdateEditionRequest,
} from '@sstc/shared';
import { z } from 'zod';
import { Caller, Roles } from '../../common/decorators/access.decorators.js';
import { Returns, ValidBody } from '../../common/decorators/contract.decorators.js';
import { UuidParam } from '../../common/pipes/param.pipes.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { CoursesService } from './courses.service.js';
import { EditionsService } from './editions.service.js';

@Controller()
export class CoursesController {
  constructor(
    private readonly courses: CoursesService,
    private readonly editions: EditionsService,
  ) {}

  @Roles('organizer')
  @Get('courses')
  @Returns(z.array(courseSummarySchema))
  listCourses() {
    return this.courses.courses();
  }

  @Roles('organizer')
  @Post('courses')
  @Returns(courseSummarySchema)
  createCourse(@ValidBody(createCourseRequestSchema) body: CreateCourseRequest) {
    return this.courses.createCourse(body);
  }

  @Roles('organizer')
  @Patch('courses/:courseId')
  @Returns(courseSummarySchema)
  updateCourse(@Param('courseId', UuidParam) courseId: string, @ValidBody(updateCourseRequestSchema) body: UpdateCourseRequest) {
    return this.courses.updateCourse(courseId, body);
  }

  @Get('editions')
  @Returns(z.array(editionSummarySchema))
  list(@Caller() caller: RequestUser) {
    return this.courses.visibleEditions(caller);
  }

  @Roles('organizer')
  @Post('editions')
  @Returns(editionDetailSchema)
  create(@Caller() caller: RequestUser, @ValidBody(createEditionRequestSchema) body: CreateEditionRequest) {
    return this.editions.create(caller, body);
  }

  @Get('editions/:editionId')
  @Returns(editionDetailSchema)
  edition(@Caller() caller: RequestUser, @Param('editionId', UuidParam) editionId: string) {
    return this.courses.edition(caller, editionId);
  }

  @Roles('organizer')
  @Patch('editions/:editionId')
  @Returns(editionDetailSchema)
  update(
    @Caller() caller: RequestUser,
    @Param('editionId', UuidParam) editionId: string,
    @ValidBody(updateEditionRequestSchema) body: UpdateEditionRequest,
  ) {
    return this.editions.update(caller, editionId, body);
  }

  @Roles('organizer')
  @Get('editions/:editionId/automatic-sends')
  @Returns(z.array(automaticSendSchema))
  automaticSends(@Param('editionId', UuidParam) editionId: string) {
    return this.editions.automaticSends(editionId);
  }
}
