import { Module } from '@nestjs/common';
import { DiscussionsModule } from '../discussions/discussions.module.js';
import { SurveysModule } from '../surveys/surveys.module.js';
import { PracticeContactsService } from './practice-contacts.service.js';
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
export class PracticesModule {}
