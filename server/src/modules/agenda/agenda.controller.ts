import { Controller, Delete, Get, Header, HttpCode, Param, Post, StreamableFile } from '@nestjs/common';
import { agendaSchema, calendarFeedSchema, tokenSchema } from '@sstc/shared';
import { Caller, Public } from '../../common/decorators/access.decorators.js';
import { Returns } from '../../common/decorators/contract.decorators.js';
import { notFound } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { UuidParam } from '../../common/pipes/param.pipes.js';
import { AgendaService } from './agenda.service.js';

@Controller()
export class AgendaController {
  constructor(private readonly agenda: AgendaService) {}

  @Get('editions/:editionId/agenda')
  @Returns(agendaSchema)
  get(@Caller() caller: RequestUser, @Param('editionId', UuidParam) editionId: string) {
    return this.agenda.agenda(caller, editionId);
  }

  @Get('editions/:editionId/agenda/ics')
  async download(@Caller() caller: RequestUser, @Param('editionId', UuidParam) editionId: string): Promise<StreamableFile> {
    const { fileName, body } = await this.agenda.editionCalendar(caller, editionId);
    return new StreamableFile(Buffer.from(body, 'utf8'), { type: 'text/calendar; charset=utf-8', disposition: `attachment; filename="${fileName}"` });
  }

  @Get('agenda/feed')
  @Returns(calendarFeedSchema)
  feedStatus(@Caller() caller: RequestUser) {
    return this.agenda.feedStatus(caller.id);
  }

  @Post('agenda/feed')
  @Returns(calendarFeedSchema)
  renewFeed(@Caller() caller: RequestUser) {
    return this.agenda.renewFeed(caller.id);
  }

  @Delete('agenda/feed')
  @HttpCode(204)
  async revokeFeed(@Caller() caller: RequestUser): Promise<void> {
    await this.agenda.revokeFeed(caller.id);
  }

  /** What calendar apps fetch: no cookie, the secret token in the address is the key. */
  @Public()
  @Get('agenda/feeds/:file')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  feed(@Param('file') file: string): Promise<string> {
    const token = tokenSchema.safeParse(file.replace(/\.ics$/, ''));
    if (!token.success) throw notFound();
    return this.agenda.feed(token.data);
  }
}
