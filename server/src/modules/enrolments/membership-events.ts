import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MembershipChange } from '@sstc/shared';
import { MembershipChanges } from '../courses/edition-membership.js';
import { JobsService } from '../jobs/jobs.service.js';

/** An import of thousands of people is told in jobs of this many. */
const PEOPLE_PER_JOB = 500;

/**
 * The one place where a change of who belongs where (enrolment, cohort, elective seat,
 * facilitator, room invitation, role) is told to the rest of the platform. Each change is a
 * `membership-changed` job enqueued in the transaction that makes it: it exists exactly when the
 * change commits, and a crash after the commit loses nothing. Discussions listen to it (their
 * open sockets follow the rooms people now belong to).
 */
@Injectable()
export class MembershipEvents implements MembershipChanges {
  constructor(private readonly jobs: JobsService) {}

  async record(manager: EntityManager, change: MembershipChange): Promise<void> {
    // Outside a transaction the job could outlive a change that fails, or be lost after one that commits.
    if (!manager.queryRunner?.isTransactionActive) throw new Error('A membership change is recorded in its own transaction');
    const userIds = [...new Set(change.userIds)];
    for (let start = 0; start < userIds.length; start += PEOPLE_PER_JOB)
      await this.jobs.send('membership-changed', { ...change, userIds: userIds.slice(start, start + PEOPLE_PER_JOB) }, {}, manager);
  }
}
