import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobsService } from '../../jobs/jobs.service.js';
import { SurveyResultsPublisher } from '../survey-results-publisher.service.js';

/** Every 6 hours, and at each anonymous survey's closing: publishes the waiting responses that are due. */
@Injectable()
export class PublishResultsJob implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobsService,
    private readonly publisher: SurveyResultsPublisher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work('survey-publish-results', async ({ surveyId }) => {
      if (surveyId) {
        await this.publisher.publish(surveyId);
        return;
      }
      await this.publisher.publishDue();
      await this.publisher.scheduleNext();
    });
    await this.publisher.scheduleNext();
  }
}
