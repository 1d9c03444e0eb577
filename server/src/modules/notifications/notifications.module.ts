import { Global, Module } from '@nestjs/common';
import { NotificationRecorder } from '../../common/notifications/notification-recorder.js';
import { PublishNotificationsJob } from './jobs/publish-notifications.job.js';
import { SendNotificationDigestsJob } from './jobs/send-notification-digests.job.js';
import { SendNotificationEmailsJob } from './jobs/send-notification-emails.job.js';
import { NotificationPreferencesService } from './notification-preferences.service.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsEmitter } from './notifications.emitter.js';
import { NotificationsService } from './notifications.service.js';
import { UnsubscribeLinks } from './unsubscribe-links.service.js';

/**
 * The notification centre: one list per person that every feature records into (inside its own
 * transaction, through NotificationsService.record), each person's email choices per kind, the
 * daily and weekly digests, and one-click unsubscribe links. Global: every feature records through
 * NotificationRecorder (common/notifications) without importing this module.
 */
@Global()
@Module({
  controllers: [NotificationsController],
  providers: [
    NotificationsService,
    NotificationPreferencesService,
    NotificationsEmitter,
    UnsubscribeLinks,
    { provide: NotificationRecorder, useExisting: NotificationsService },
    SendNotificationEmailsJob,
    SendNotificationDigestsJob,
    PublishNotificationsJob,
  ],
  exports: [NotificationsService, NotificationRecorder, UnsubscribeLinks],
})
export class NotificationsModule {}
