import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobsService } from '../../jobs/jobs.service.js';
import { SurveySenderService } from '../survey-sender.service.js';

/** Sends a distribution's planned invitations and reminders, each exactly once (see SurveySenderService). */
@Injectable()
export class SendSurveyMessagesJob implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobsService,
    private readonly sender: SurveySenderService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work('survey-send-messages', async (payload) => {
      await this.sender.drain(payload.distributionId);
    });
  }
}
