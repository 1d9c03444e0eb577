import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Subscription } from 'rxjs';
import { EditionsService } from '../courses/editions.service.js';
import { SurveysService } from './surveys.service.js';

/**
 * A new edition gets its general assessment (last day of the week) and its impact assessment
 * (impactAssessmentOn) scheduled from the templates; organizers edit them afterwards.
 */
@Injectable()
export class EditionAssessmentsListener implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Surveys');
  private subscription?: Subscription;

  constructor(
    private readonly editions: EditionsService,
    private readonly surveys: SurveysService,
  ) {}

  onModuleInit(): void {
    this.subscription = this.editions.created.subscribe(({ editionId }) => {
      this.surveys
        .scheduleEditionDefaults(editionId)
        .catch((error: unknown) => this.logger.error(`scheduling the assessments of ${editionId}: ${String(error)}`));
    });
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }
}
