import type { EntityManager } from 'typeorm';
import type { MembershipChange } from '@sstc/shared';
import type { User } from '../users/user.entity.js';

/**
 * Membership as courses, cohorts and the programme ask it. Those features sit below enrolments
 * (whose entities refer to editions, cohorts and programme items), so they declare here what they
 * need, and the membership owner (enrolments/membership.service.ts) provides it from a global module
 * without their importing it.
 */
export abstract class EditionMembership {
  /** Whether the person is enrolled in the edition and not withdrawn. */
  abstract isEnrolled(userId: string, editionId: string, manager?: EntityManager): Promise<boolean>;

  /** The editions the person is enrolled in and not withdrawn from. */
  abstract editionIdsOf(userId: string): Promise<string[]>;

  /**
   * These users, each enrolled (not withdrawn) in the edition as a facilitator: the people who may
   * facilitate its cohorts and items. Anyone else fails validation at `path`.
   */
  abstract enrolledFacilitators(manager: EntityManager, editionId: string, userIds: readonly string[], path?: string): Promise<User[]>;

  /** How many participants (not withdrawn) each cohort has, for the cohorts of an edition or one cohort. */
  abstract participantsPerCohort(where: { editionId: string } | { cohortId: string }): Promise<Map<string, number>>;

  /** Everyone whose enrolment is in the cohort (to tell them when it goes). */
  abstract cohortMemberIds(manager: EntityManager, cohortId: string): Promise<string[]>;
}

/**
 * Records a change of who belongs where in the transaction that makes it. Cohorts and the programme
 * record their facilitators through it; the one implementation is enrolments/membership-events.ts.
 */
export abstract class MembershipChanges {
  abstract record(manager: EntityManager, change: MembershipChange): Promise<void>;
}
