import { Controller, Delete, Get, Header, Param, Put, Req, StreamableFile } from '@nestjs/common';
import type { Request } from 'express';
import {
  chooseElectiveRequestSchema,
  electiveFillSchema,
  electiveParticipantsPageSchema,
  electiveParticipantsQuerySchema,
  electivesOverviewSchema,
  enrolmentSchema,
  type ChooseElectiveRequest,
  type ElectiveParticipantsQuery,
} from '@sstc/shared';
import { Caller, Roles } from '../../common/decorators/access.decorators.js';
import { Returns, ValidBody, ValidQuery } from '../../common/decorators/contract.decorators.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { requestLanguage } from '../../common/i18n/request-language.js';
import { UuidParam } from '../../common/pipes/param.pipes.js';
import { ElectivesService } from './electives.service.js';

@Controller()
export class ElectivesController {
  constructor(private readonly electives: ElectivesService) {}

  @Get('editions/:editionId/electives')
  @Returns(electivesOverviewSchema)
  overview(@Caller() caller: RequestUser, @Param('editionId', UuidParam) editionId: string) {
    return this.electives.overview(caller, editionId);
  }

  @Roles('participant')
  @Put('editions/:editionId/electives/choices')
  @Returns(electivesOverviewSchema)
  choose(
    @Caller() caller: RequestUser,
    @Param('editionId', UuidParam) editionId: string,
    @ValidBody(chooseElectiveRequestSchema) body: ChooseElectiveRequest,
  ) {
    return this.electives.choose(caller, editionId, body);
  }

  @Roles('participant')
  @Delete('editions/:editionId/electives/choices/:itemId')
  @Returns(electivesOverviewSchema)
  leave(@Caller() caller: RequestUser, @Param('editionId', UuidParam) editionId: string, @Param('itemId', UuidParam) itemId: string) {
    return this.electives.leave(caller, editionId, itemId);
  }

  @Roles('organizer')
  @Get('editions/:editionId/electives/fill')
  @Returns(electiveFillSchema)
  fill(@Param('editionId', UuidParam) editionId: string) {
    return this.electives.fill(editionId);
  }

  @Roles('organizer')
  @Get('editions/:editionId/electives/export')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async export(@Param('editionId', UuidParam) editionId: string, @Req() request: Request): Promise<StreamableFile> {
    const { fileName, body } = await this.electives.exportCsv(editionId, requestLanguage(request));
    return new StreamableFile(Buffer.from(body, 'utf8'), { disposition: `attachment; filename="${fileName}"`, type: 'text/csv; charset=utf-8' });
  }

  @Roles('organizer', 'facilitator')
  @Get('programme/:itemId/participants')
  @Returns(electiveParticipantsPageSchema)
  participants(
    @Caller() caller: RequestUser,
    @Param('itemId', UuidParam) itemId: string,
    @ValidQuery(electiveParticipantsQuerySchema) query: ElectiveParticipantsQuery,
  ) {
    return this.electives.participants(caller, itemId, query);
  }

  @Roles('organizer')
  @Put('enrolments/:enrolmentId/electives')
  @Returns(enrolmentSchema)
  chooseFor(@Param('enrolmentId', UuidParam) enrolmentId: string, @ValidBody(chooseElectiveRequestSchema) body: ChooseElectiveRequest) {
    return this.electives.chooseFor(enrolmentId, body);
  }

  @Roles('organizer')
  @Delete('enrolments/:enrolmentId/electives/:itemId')
  @Returns(enrolmentSchema)
  leaveFor(@Param('enrolmentId', UuidParam) enrolmentId: string, @Param('itemId', UuidParam) itemId: string) {
    return this.electives.leaveFor(enrolmentId, itemId);
  }
}
