import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { SurveysModule } from '../surveys/surveys.module.js';
import { TranslationModule } from '../translation/translation.module.js';
import { FeedbackController } from './feedback.controller.js';
import { FeedbackService } from './feedback.service.js';

@Module({
  imports: [CoursesModule, SurveysModule, NotificationsModule, TranslationModule],
  controllers: [FeedbackController],
  providers: [FeedbackService],
})
export class FeedbackModule {}
