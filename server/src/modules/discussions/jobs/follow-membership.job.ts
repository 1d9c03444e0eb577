import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { JobPayloads } from '@sstc/shared';
import { JobsService } from '../../jobs/jobs.service.js';
import { DiscussionsService } from '../discussions.service.js';

/**
 * The one listener of membership changes (recorded by MembershipEvents in the transaction of the
 * change): whichever instance takes the job moves the people's open sockets, on every instance,
 * into the rooms they now belong to and out of the others. It reads the standing as it is when it
 * runs, so a retried, repeated or late job does no harm.
 */
@Injectable()
export class FollowMembershipJob implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobsService,
    private readonly discussions: DiscussionsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work('membership-changed', (payload) => this.run(payload));
  }

  run({ userIds, editionId }: JobPayloads['membership-changed']): Promise<void> {
    return this.discussions.followMembership(userIds, editionId);
  }
}
