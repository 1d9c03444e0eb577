import { Module } from '@nestjs/common';
import { LearningModule } from '../learning/learning.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { CoachingAccess } from './coaching-access.js';
import { CoachingBookingsService } from './coaching-bookings.service.js';
import { CoachingController } from './coaching.controller.js';
import { CoachingSlotsService } from './coaching-slots.service.js';
import { SendCoachingReminderJob } from './jobs/send-coaching-reminder.job.js';

@Module({
  imports: [LearningModule, NotificationsModule],
  controllers: [CoachingController],
  providers: [CoachingAccess, CoachingSlotsService, CoachingBookingsService, SendCoachingReminderJob],
  exports: [CoachingSlotsService],
})
export class CoachingModule {}
