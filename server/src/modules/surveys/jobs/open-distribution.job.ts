import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobsService } from '../../jobs/jobs.service.js';
import { DistributionsService } from '../distributions.service.js';

/** At a distribution's opening time: plans its invitations and queues the senders and reminders. */
@Injectable()
export class OpenDistributionJob implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobsService,
    private readonly distributions: DistributionsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work('survey-open-distribution', (payload) => this.distributions.open(payload));
  }
}
