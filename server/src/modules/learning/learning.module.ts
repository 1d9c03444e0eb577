import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module.js';
import { ProgrammeModule } from '../programme/programme.module.js';
import { SurveysModule } from '../surveys/surveys.module.js';
import { TranslationModule } from '../translation/translation.module.js';
import { SendLearningRemindersJob } from './jobs/send-learning-reminders.job.js';
import { LearningAccessService } from './learning-access.service.js';
import { LearningController } from './learning.controller.js';
import { LearningProgressService } from './learning-progress.service.js';
import { LearningRemindersService } from './learning-reminders.service.js';
import { LearningSettingsService } from './learning-settings.service.js';
import { LearningUnitsService } from './learning-units.service.js';
import { PreAssessmentService } from './pre-assessment.service.js';
import { LearningSeedService } from './seed/learning-seed.service.js';

@Module({
  imports: [CoursesModule, ProgrammeModule, SurveysModule, TranslationModule],
  controllers: [LearningController],
  providers: [
    LearningAccessService,
    LearningUnitsService,
    LearningProgressService,
    LearningRemindersService,
    LearningSettingsService,
    SendLearningRemindersJob,
    LearningSeedService,
    PreAssessmentService,
  ],
  exports: [LearningSeedService, LearningUnitsService, LearningProgressService, LearningAccessService, PreAssessmentService],
})
export class LearningModule {}
