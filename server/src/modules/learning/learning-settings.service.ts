import { Injectable } from '@nestjs/common';
import type { LearningSettings } from '@sstc/shared';
import type { RequestUser } from '../../common/http/request-user.js';
import { LearningAccessService } from './learning-access.service.js';
import { LearningRemindersService } from './learning-reminders.service.js';

@Injectable()
export class LearningSettingsService {
  constructor(
    private readonly access: LearningAccessService,
    private readonly reminders: LearningRemindersService,
  ) {}

  /** Changes when reminders go out and queues the reminder for the new date. */
  async update(caller: RequestUser, editionId: string, settings: LearningSettings): Promise<LearningSettings> {
    const { edition } = await this.access.scope(caller, editionId);
    await this.reminders.setDaysBefore(edition, settings.reminderDaysBefore);
    return { reminderDaysBefore: settings.reminderDaysBefore };
  }
}
