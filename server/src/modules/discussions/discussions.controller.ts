import { Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  createCommunityRoomRequestSchema,
  draftAnnouncementReplySchema,
  draftAnnouncementRequestSchema,
  reviewMessageVersionRequestSchema,
  writeMessageVersionRequestSchema,
  type DraftAnnouncementRequest,
  type ReviewMessageVersionRequest,
  type WriteMessageVersionRequest,
  inviteToRoomRequestSchema,
  messagePageQuerySchema,
  messagePageSchema,
  messageSchema,
  moderationActionSchema,
  moderationLogQuerySchema,
  pageOf,
  personSchema,
  reportListQuerySchema,
  reportSchema,
  resolveReportRequestSchema,
  roomListQuerySchema,
  roomMemberQuerySchema,
  roomSummarySchema,
  type CreateCommunityRoomRequest,
  type InviteToRoomRequest,
  type MessagePageQuery,
  type ModerationLogQuery,
  type ReportListQuery,
  type ResolveReportRequest,
  type RoomListQuery,
  type RoomMemberQuery,
} from '@sstc/shared';
import { z } from 'zod';
import { Caller, Roles } from '../../common/decorators/access.decorators.js';
import { Returns, ValidBody, ValidQuery } from '../../common/decorators/contract.decorators.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { UuidParam } from '../../common/pipes/param.pipes.js';
import { AnnouncementVersionsService } from './announcement-versions.service.js';
import { DiscussionsService } from './discussions.service.js';
import { MessagesService } from './messages.service.js';
import { ModerationService } from './moderation.service.js';
import { RoomAccessService } from './room-access.service.js';

/** Lists and pages over HTTP; live room events go through the socket (discussions.gateway.ts). */
@Controller('discussions')
export class DiscussionsController {
  constructor(
    private readonly discussions: DiscussionsService,
    private readonly messages: MessagesService,
    private readonly moderation: ModerationService,
    private readonly access: RoomAccessService,
    private readonly versions: AnnouncementVersionsService,
  ) {}

  @Get('rooms')
  @Returns(z.array(roomSummarySchema))
  rooms(@Caller() caller: RequestUser, @ValidQuery(roomListQuerySchema) query: RoomListQuery) {
    return this.discussions.rooms(caller, query.editionId);
  }

  @Roles('organizer')
  @Post('rooms')
  @Returns(roomSummarySchema)
  createRoom(@Caller() caller: RequestUser, @ValidBody(createCommunityRoomRequestSchema) body: CreateCommunityRoomRequest) {
    return this.discussions.createCommunityRoom(caller, body);
  }

  @Get('rooms/:roomId')
  @Returns(roomSummarySchema)
  room(@Caller() caller: RequestUser, @Param('roomId', UuidParam) roomId: string) {
    return this.discussions.room(caller, roomId);
  }

  @Get('rooms/:roomId/messages')
  @Returns(messagePageSchema)
  page(@Caller() caller: RequestUser, @Param('roomId', UuidParam) roomId: string, @ValidQuery(messagePageQuerySchema) query: MessagePageQuery) {
    return this.messages.page(caller, roomId, query);
  }

  @Get('rooms/:roomId/members')
  @Returns(z.array(personSchema))
  members(@Caller() caller: RequestUser, @Param('roomId', UuidParam) roomId: string, @ValidQuery(roomMemberQuerySchema) query: RoomMemberQuery) {
    return this.access.searchMembers(caller, roomId, query.q);
  }

  @Post('rooms/:roomId/invitations')
  @Returns(personSchema)
  invite(@Caller() caller: RequestUser, @Param('roomId', UuidParam) roomId: string, @ValidBody(inviteToRoomRequestSchema) body: InviteToRoomRequest) {
    return this.discussions.invite(caller, roomId, body);
  }

  @Get('rooms/:roomId/moderation-log')
  @Returns(pageOf(moderationActionSchema))
  log(@Caller() caller: RequestUser, @Param('roomId', UuidParam) roomId: string, @ValidQuery(moderationLogQuerySchema) query: ModerationLogQuery) {
    return this.moderation.log(caller, roomId, query);
  }

  @Get('messages/:messageId/thread')
  @Returns(z.array(messageSchema))
  thread(@Caller() caller: RequestUser, @Param('messageId', UuidParam) messageId: string) {
    return this.messages.thread(caller, messageId);
  }

  @Post('rooms/:roomId/announcement-drafts')
  @HttpCode(200)
  @Returns(draftAnnouncementReplySchema)
  draftAnnouncement(
    @Caller() caller: RequestUser,
    @Param('roomId', UuidParam) roomId: string,
    @ValidBody(draftAnnouncementRequestSchema) body: DraftAnnouncementRequest,
  ) {
    return this.versions.draft(caller, roomId, body);
  }

  @Put('messages/:messageId/versions')
  @Returns(messageSchema)
  writeVersion(
    @Caller() caller: RequestUser,
    @Param('messageId', UuidParam) messageId: string,
    @ValidBody(writeMessageVersionRequestSchema) body: WriteMessageVersionRequest,
  ) {
    return this.versions.write(caller, messageId, body);
  }

  @Post('messages/:messageId/versions/review')
  @HttpCode(200)
  @Returns(messageSchema)
  reviewVersion(
    @Caller() caller: RequestUser,
    @Param('messageId', UuidParam) messageId: string,
    @ValidBody(reviewMessageVersionRequestSchema) body: ReviewMessageVersionRequest,
  ) {
    return this.versions.review(caller, messageId, body);
  }

  @Get('reports')
  @Returns(pageOf(reportSchema))
  reports(@Caller() caller: RequestUser, @ValidQuery(reportListQuerySchema) query: ReportListQuery) {
    return this.moderation.reports(caller, query);
  }

  @Post('reports/:reportId/resolve')
  @HttpCode(204)
  resolve(
    @Caller() caller: RequestUser,
    @Param('reportId', UuidParam) reportId: string,
    @ValidBody(resolveReportRequestSchema) body: ResolveReportRequest,
  ) {
    return this.moderation.resolveReport(caller, reportId, body);
  }
}
