import { Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  interviewListQuerySchema,
  interviewListSchema,
  interviewSchema,
  myInterviewSchema,
  proposeInterviewRequestSchema,
  recordInterviewRequestSchema,
  rescheduleInterviewRequestSchema,
  type ProposeInterviewRequest,
  type RecordInterviewRequest,
  type RescheduleInterviewRequest,
} from '@sstc/shared';
import { z } from 'zod';
import { Caller, Roles } from '../../common/decorators/access.decorators.js';
import { Returns, ValidBody, ValidQuery } from '../../common/decorators/contract.decorators.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { UuidParam } from '../../common/pipes/param.pipes.js';
import { InterviewsService } from './interviews.service.js';

@Controller()
export class InterviewsController {
  constructor(private readonly interviews: InterviewsService) {}

  @Roles('organizer', 'facilitator')
  @Get('surveys/:surveyId/interviews')
  @Returns(interviewListSchema)
  list(
    @Caller() caller: RequestUser,
    @Param('surveyId', UuidParam) surveyId: string,
    @ValidQuery(interviewListQuerySchema) query: { page: number; pageSize: number },
  ) {
    return this.interviews.list(caller, surveyId, query.page, query.pageSize);
  }

  @Roles('organizer', 'facilitator')
  @Post('interviews/:interviewId/proposals')
  @Returns(interviewSchema)
  propose(
    @Caller() caller: RequestUser,
    @Param('interviewId', UuidParam) interviewId: string,
    @ValidBody(proposeInterviewRequestSchema) body: ProposeInterviewRequest,
  ) {
    return this.interviews.propose(caller, interviewId, body);
  }

  @Roles('organizer', 'facilitator')
  @Patch('interviews/:interviewId')
  @Returns(interviewSchema)
  record(
    @Caller() caller: RequestUser,
    @Param('interviewId', UuidParam) interviewId: string,
    @ValidBody(recordInterviewRequestSchema) body: RecordInterviewRequest,
  ) {
    return this.interviews.record(caller, interviewId, body);
  }

  @Get('my/interviews')
  @Returns(z.array(myInterviewSchema))
  mine(@Caller() caller: RequestUser) {
    return this.interviews.mine(caller);
  }

  @Post('my/interviews/:interviewId/confirm')
  @HttpCode(200)
  @Returns(myInterviewSchema)
  confirm(@Caller() caller: RequestUser, @Param('interviewId', UuidParam) interviewId: string) {
    return this.interviews.answer(caller, interviewId, { confirm: true });
  }

  @Post('my/interviews/:interviewId/reschedule')
  @HttpCode(200)
  @Returns(myInterviewSchema)
  reschedule(
    @Caller() caller: RequestUser,
    @Param('interviewId', UuidParam) interviewId: string,
    @ValidBody(rescheduleInterviewRequestSchema) body: RescheduleInterviewRequest,
  ) {
    return this.interviews.answer(caller, interviewId, { message: body.message });
  }
}
