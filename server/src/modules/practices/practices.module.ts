import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import express from 'express';
import { PRACTICE_DOCUMENT_MAX_BYTES } from '@sstc/shared';
import { DiscussionsModule } from '../discussions/discussions.module.js';
import { SurveysModule } from '../surveys/surveys.module.js';
import { PracticeContactsService } from './practice-contacts.service.js';
import { PracticeDocumentsService } from './practice-documents.service.js';
import { PracticeLinksService } from './practice-links.service.js';
import { PracticeDraftsService } from './practice-drafts.service.js';
import { PracticeReviewsService } from './practice-reviews.service.js';
import { PracticeSearchRepository } from './practice-search.repository.js';
import { PracticeThemesService } from './practice-themes.service.js';
import { PracticesController } from './practices.controller.js';
import { PracticesService } from './practices.service.js';
import { PracticesSeedService } from './seed/practices-seed.service.js';

@Module({
  imports: [DiscussionsModule, SurveysModule],
  controllers: [PracticesController],
  providers: [
    PracticeContactsService,
    PracticeDocumentsService,
    PracticesService,
    PracticeDraftsService,
    PracticeLinksService,
    PracticeReviewsService,
    PracticeThemesService,
    PracticeSearchRepository,
    PracticesSeedService,
  ],
  exports: [PracticesService, PracticesSeedService],
})
export class PracticesModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // A document upload is the file itself as the body, up to its limit (JSON bodies stay at 256 kB).
    consumer
      .apply(express.raw({ type: 'application/octet-stream', limit: PRACTICE_DOCUMENT_MAX_BYTES }))
      .forRoutes({ path: 'practices/:practiceId/documents', method: RequestMethod.POST });
  }
}
