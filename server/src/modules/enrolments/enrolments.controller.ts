import { Controller, Get, Param, Patch, Post } from '@nestjs/common';
import {
  addEnrolmentRequestSchema,
  enrolmentListQuerySchema,
  enrolmentPageSchema,
  enrolmentSchema,
  updateEnrolmentRequestSchema,
  type AddEnrolmentRequest,
  type EnrolmentListQuery,
  type UpdateEnrolmentRequest,
} from '@sstc/shared';
import { Roles } from '../../common/decorators/access.decorators.js';
import { Returns, ValidBody, ValidQuery } from '../../common/decorators/contract.decorators.js';
import { UuidParam } from '../../common/pipes/param.pipes.js';
import { EnrolmentsService } from './enrolments.service.js';

@Roles('organizer')
@Controller()
export class EnrolmentsController {
  constructor(private readonly enrolments: EnrolmentsService) {}

  @Get('editions/:editionId/enrolments')
  @Returns(enrolmentPageSchema)
  list(@Param('editionId', UuidParam) editionId: string, @ValidQuery(enrolmentListQuerySchema) query: EnrolmentListQuery) {
    return this.enrolments.list(editionId, query);
  }

  @Post('editions/:editionId/enrolments')
  @Returns(enrolmentSchema)
  add(@Param('editionId', UuidParam) editionId: string, @ValidBody(addEnrolmentRequestSchema) body: AddEnrolmentRequest) {
    return this.enrolments.add(editionId, body);
  }

  @Get('enrolments/:enrolmentId')
  @Returns(enrolmentSchema)
  get(@Param('enrolmentId', UuidParam) enrolmentId: string) {
    return this.enrolments.get(enrolmentId);
  }

  @Patch('enrolments/:enrolmentId')
  @Returns(enrolmentSchema)
  update(@Param('enrolmentId', UuidParam) enrolmentId: string, @ValidBody(updateEnrolmentRequestSchema) body: UpdateEnrolmentRequest) {
    return this.enrolments.update(enrolmentId, body);
  }
}
