import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobsService } from '../../jobs/jobs.service.js';
import { DistributionsService } from '../distributions.service.js';

/** On a reminder day: plans a reminder for each invitation not yet answered. */
@Injectable()
export class PlanReminderJob implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobsService,
    private readonly distributions: DistributionsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work('survey-plan-reminder', (payload) => this.distributions.planReminder(payload));
  }
}
