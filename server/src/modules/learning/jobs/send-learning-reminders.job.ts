import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobsService } from '../../jobs/jobs.service.js';
import { LearningRemindersService } from '../learning-reminders.service.js';

/** Worker for the edition's pre-learning reminder (see LearningRemindersService.run). */
@Injectable()
export class SendLearningRemindersJob implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobsService,
    private readonly reminders: LearningRemindersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work('send-learning-reminders', async (payload) => {
      await this.reminders.run(payload);
    });
  }
}
