import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobsService } from '../../jobs/jobs.service.js';
import { NotificationsService } from '../notifications.service.js';

/** Publishes what a committed transaction recorded (NotificationsService.publishAfterCommit). */
@Injectable()
export class PublishNotificationsJob implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work('publish-notifications', ({ ids }) => this.notifications.publish(ids));
  }
}
