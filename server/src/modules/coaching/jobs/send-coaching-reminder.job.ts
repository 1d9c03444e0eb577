import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobsService } from '../../jobs/jobs.service.js';
import { CoachingBookingsService } from '../coaching-bookings.service.js';

/** Worker for a booking's reminder, due 24 hours before the session (see CoachingBookingsService.remind). */
@Injectable()
export class SendCoachingReminderJob implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobsService,
    private readonly bookings: CoachingBookingsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work('coaching-send-reminder', async ({ bookingId }) => {
      await this.bookings.remind(bookingId);
    });
  }
}
