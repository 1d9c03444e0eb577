import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { merge, type Subscription } from 'rxjs';
import { EnrolmentsService } from '../enrolments/enrolments.service.js';
import { DiscussionsService } from './discussions.service.js';

/**
 * Withdrawn from an edition, or out of an elective module: the person's open sockets leave the
 * rooms they no longer belong to, on every instance (sending was already refused by membership).
 */
@Injectable()
export class EnrolmentChangesListener implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Discussions');
  private subscription?: Subscription;

  constructor(
    private readonly enrolments: EnrolmentsService,
    private readonly discussions: DiscussionsService,
  ) {}

  onModuleInit(): void {
    this.subscription = merge(this.enrolments.withdrawn, this.enrolments.electivesChanged).subscribe(({ userId, editionId }) => {
      this.discussions
        .removeFromEdition(userId, editionId)
        .catch((error: unknown) => this.logger.error(`removing ${userId} from rooms: ${String(error)}`));
    });
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }
}
