import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { JobPayloads } from '@sstc/shared';
import { JobsService } from '../../jobs/jobs.service.js';
import { DiscussionsService } from '../discussions.service.js';

/** A burst of elective choices enqueues one change per choice; this many are taken at once. */
const CHANGES_PER_BATCH = 50;

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
    await this.jobs.workInBatches('membership-changed', CHANGES_PER_BATCH, (payloads) => this.run(payloads));
  }

  /** Changes waiting together are merged: each person's sockets are moved once per edition. */
  async run(changes: JobPayloads['membership-changed'][]): Promise<void> {
    const byEdition = new Map<string | null, Set<string>>();
    for (const { userIds, editionId } of changes) {
      const people = byEdition.get(editionId) ?? new Set<string>();
      for (const userId of userIds) people.add(userId);
      byEdition.set(editionId, people);
    }
    for (const [editionId, people] of byEdition) await this.discussions.followMembership([...people], editionId);
  }
}
