import { Body, Controller, Delete, Get, Header, HttpCode, Param, Patch, Post, Put, StreamableFile } from '@nestjs/common';
import {
  practiceInputSchema,
  practiceConversationSchema,
  practiceDocumentSchema,
  practiceDocumentUploadQuerySchema,
  type PracticeDocumentUploadQuery,
  practiceLinkOptionsSchema,
  practicePeopleQuerySchema,
  practicePersonSchema,
  type PracticePeopleQuery,
  practiceLinksRequestSchema,
  practiceSummarySchema,
  type PracticeLinksRequest,
  practiceListQuerySchema,
  practiceListSchema,
  practicePublishRequestSchema,
  practiceQuerySchema,
  practiceReviewRequestSchema,
  practiceSchema,
  practiceThemeInputSchema,
  practiceThemeSchema,
  practiceWorkListSchema,
  type PracticeFields,
  type PracticeListQuery,
  type PracticePublishRequest,
  type PracticeReviewRequest,
  type PracticeThemeInput,
} from '@sstc/shared';
import { z } from 'zod';
import { Caller, Roles } from '../../common/decorators/access.decorators.js';
import { Returns, ValidBody, ValidQuery } from '../../common/decorators/contract.decorators.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { UuidParam } from '../../common/pipes/param.pipes.js';
import { PracticeDraftsService } from './practice-drafts.service.js';
import { PracticeLinksService } from './practice-links.service.js';
import { PracticeContactsService } from './practice-contacts.service.js';
import { attachment, PracticeDocumentsService } from './practice-documents.service.js';
import { PracticeReviewsService } from './practice-reviews.service.js';
import { PracticeThemesService } from './practice-themes.service.js';
import { PracticesService } from './practices.service.js';

/** `/api/practices`: everyone signed in reads and submits; facilitators and organizers review; organizers keep the themes. */
@Controller('practices')
export class PracticesController {
  constructor(
    private readonly practices: PracticesService,
    private readonly reviews: PracticeReviewsService,
    private readonly themes: PracticeThemesService,
    private readonly drafts: PracticeDraftsService,
    private readonly contacts: PracticeContactsService,
    private readonly documents: PracticeDocumentsService,
    private readonly links: PracticeLinksService,
  ) {}

  @Get()
  @Returns(practiceListSchema)
  list(@ValidQuery(practiceListQuerySchema) query: PracticeListQuery) {
    return this.practices.list(query);
  }

  @Get('themes')
  @Returns(z.array(practiceThemeSchema))
  listThemes() {
    return this.practices.themes();
  }

  @Post('themes')
  @Roles('organizer')
  @Returns(practiceThemeSchema)
  createTheme(@ValidBody(practiceThemeInputSchema) body: PracticeThemeInput) {
    return this.themes.create(body);
  }

  @Put('themes/:themeId')
  @Roles('organizer')
  @Returns(practiceThemeSchema)
  updateTheme(@Param('themeId', UuidParam) themeId: string, @ValidBody(practiceThemeInputSchema) body: PracticeThemeInput) {
    return this.themes.update(themeId, body);
  }

  @Get('work')
  @Returns(practiceWorkListSchema)
  work(@Caller() caller: RequestUser) {
    return this.practices.workList(caller);
  }

  @Post()
  @Returns(practiceSchema)
  async create(@Caller() caller: RequestUser, @ValidBody(practiceInputSchema) body: PracticeFields) {
    return this.practices.read(caller, await this.practices.create(caller, body));
  }

  /** One action: the participant's impact-assessment answer about their initiative becomes a draft practice they are invited to complete. */
  @Post('from-interview/:interviewId')
  @HttpCode(200)
  @Roles('organizer')
  @Returns(practiceSchema)
  async fromInterview(@Caller() caller: RequestUser, @Param('interviewId', UuidParam) interviewId: string) {
    return this.practices.read(caller, await this.drafts.fromInterview(caller, interviewId));
  }

  @Get('for-room/:roomId')
  @Returns(z.array(practiceSummarySchema))
  async forRoom(@Caller() caller: RequestUser, @Param('roomId', UuidParam) roomId: string) {
    return this.practices.summaries(await this.links.forRoom(caller, roomId));
  }

  @Get(':practiceId/link-options')
  @Roles('organizer', 'facilitator')
  @Returns(practiceLinkOptionsSchema)
  linkOptions(@Caller() caller: RequestUser, @Param('practiceId', UuidParam) id: string) {
    return this.links.options(caller, id);
  }

  @Put(':practiceId/links')
  @Roles('organizer', 'facilitator')
  @Returns(practiceSchema)
  async setLinks(
    @Caller() caller: RequestUser,
    @Param('practiceId', UuidParam) id: string,
    @ValidBody(practiceLinksRequestSchema) body: PracticeLinksRequest,
  ) {
    await this.links.set(caller, id, body);
    return this.practices.read(caller, id);
  }

  /** The file is the request body (application/octet-stream, read by the module's raw parser). */
  @Post(':practiceId/documents')
  @Returns(practiceDocumentSchema)
  upload(
    @Caller() caller: RequestUser,
    @Param('practiceId', UuidParam) id: string,
    @ValidQuery(practiceDocumentUploadQuerySchema) query: PracticeDocumentUploadQuery,
    @Body() body: unknown,
  ) {
    return this.documents.upload(caller, id, query.name, body);
  }

  /** Always an attachment, never shown inline: the browser saves it rather than open it on this site. */
  @Get(':practiceId/documents/:documentId')
  @Header('Cache-Control', 'private, no-store')
  async download(@Caller() caller: RequestUser, @Param('practiceId', UuidParam) id: string, @Param('documentId', UuidParam) documentId: string) {
    const document = await this.documents.download(caller, id, documentId);
    return new StreamableFile(document.data, {
      type: document.contentType,
      length: document.size,
      disposition: attachment(document.name),
    });
  }

  @Delete(':practiceId/documents/:documentId')
  @HttpCode(204)
  removeDocument(@Caller() caller: RequestUser, @Param('practiceId', UuidParam) id: string, @Param('documentId', UuidParam) documentId: string) {
    return this.documents.remove(caller, id, documentId);
  }

  @Get('people')
  @Returns(z.array(practicePersonSchema))
  people(@ValidQuery(practicePeopleQuerySchema) query: PracticePeopleQuery) {
    return this.contacts.search(query.q);
  }

  @Post(':practiceId/contacts/:userId/conversation')
  @HttpCode(200)
  @Returns(practiceConversationSchema)
  conversation(@Caller() caller: RequestUser, @Param('practiceId', UuidParam) id: string, @Param('userId', UuidParam) userId: string) {
    return this.contacts.conversation(caller, id, userId);
  }

  @Get(':practiceId')
  @Returns(practiceSchema)
  read(
    @Caller() caller: RequestUser,
    @Param('practiceId', UuidParam) id: string,
    @ValidQuery(practiceQuerySchema) query: z.infer<typeof practiceQuerySchema>,
  ) {
    return this.practices.read(caller, id, query.language);
  }

  @Patch(':practiceId')
  @Returns(practiceSchema)
  async update(@Caller() caller: RequestUser, @Param('practiceId', UuidParam) id: string, @ValidBody(practiceInputSchema) body: PracticeFields) {
    await this.practices.update(caller, id, body);
    return this.practices.read(caller, id);
  }

  @Post(':practiceId/submit')
  @HttpCode(200)
  @Returns(practiceSchema)
  async submit(@Caller() caller: RequestUser, @Param('practiceId', UuidParam) id: string) {
    await this.reviews.submit(caller, id);
    return this.practices.read(caller, id);
  }

  @Post(':practiceId/comments')
  @HttpCode(200)
  @Returns(practiceSchema)
  async comment(
    @Caller() caller: RequestUser,
    @Param('practiceId', UuidParam) id: string,
    @ValidBody(practiceReviewRequestSchema) body: PracticeReviewRequest,
  ) {
    await this.reviews.comment(caller, id, body.body);
    return this.practices.read(caller, id);
  }

  @Post(':practiceId/request-changes')
  @HttpCode(200)
  @Roles('facilitator', 'organizer')
  @Returns(practiceSchema)
  async requestChanges(
    @Caller() caller: RequestUser,
    @Param('practiceId', UuidParam) id: string,
    @ValidBody(practiceReviewRequestSchema) body: PracticeReviewRequest,
  ) {
    await this.reviews.requestChanges(caller, id, body.body);
    return this.practices.read(caller, id);
  }

  @Post(':practiceId/publish')
  @HttpCode(200)
  @Roles('facilitator', 'organizer')
  @Returns(practiceSchema)
  async publish(
    @Caller() caller: RequestUser,
    @Param('practiceId', UuidParam) id: string,
    @ValidBody(practicePublishRequestSchema) body: PracticePublishRequest,
  ) {
    await this.reviews.publish(caller, id, body.body ?? null);
    return this.practices.read(caller, id);
  }
}
