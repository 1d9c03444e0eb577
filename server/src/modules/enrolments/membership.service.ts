import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ElectiveChoiceStatus } from '@sstc/shared';
import type { RequestUser } from '../../common/http/request-user.js';
import type { EditionMembership } from '../courses/edition-membership.js';
import type { User } from '../users/user.entity.js';
import type { ElectiveChoice } from './elective-choice.entity.js';
import type { Enrolment } from './enrolment.entity.js';
import { MembershipRepository, type Facilitated } from './membership.repository.js';

/**
 * What of an edition's participants a caller may read: null for organizers (everyone), else the
 * facilitator's cohorts and programme items (see `follows` in membership.sql.ts for the SQL side).
 */
export type ReaderScope = (Facilitated & { facilitatorId: string; editionId: string }) | null;

/**
 * The membership owner: who is enrolled in an edition, who facilitates which cohort and programme
 * item, who holds a seat in an elective, whom a facilitator follows. Discussions, learning, surveys,
 * agenda and auth ask here (or compose membership.sql.ts into their statements) instead of reading
 * the membership tables themselves; courses, cohorts and the programme ask through EditionMembership.
 */
@Injectable()
export class MembershipService implements EditionMembership {
  constructor(private readonly repository: MembershipRepository) {}

  /** The person's enrolment in the edition unless they were withdrawn. */
  activeEnrolment(userId: string, editionId: string, manager?: EntityManager): Promise<Enrolment | null> {
    return this.repository.activeEnrolment(userId, editionId, manager);
  }

  async isEnrolled(userId: string, editionId: string, manager?: EntityManager): Promise<boolean> {
    return (await this.repository.activeEnrolment(userId, editionId, manager)) !== null;
  }

  editionIdsOf(userId: string): Promise<string[]> {
    return this.repository.editionIdsOf(userId);
  }

  enrolledFacilitators(manager: EntityManager, editionId: string, userIds: readonly string[], path?: string): Promise<User[]> {
    return this.repository.enrolledFacilitators(manager, editionId, userIds, path);
  }

  participantsPerCohort(where: { editionId: string } | { cohortId: string }): Promise<Map<string, number>> {
    return this.repository.participantsPerCohort(where);
  }

  cohortMemberIds(manager: EntityManager, cohortId: string): Promise<string[]> {
    return this.repository.cohortMemberIds(manager, cohortId);
  }

  /** Accepting an invitation activates the person's invited enrolments (in the transaction accepting it). */
  activateInvitations(manager: EntityManager, userId: string): Promise<void> {
    return this.repository.activateInvitations(manager, userId);
  }

  /** The cohorts and programme items of the edition that the person facilitates (whether enrolled or not). */
  facilitated(userId: string, editionId: string, manager?: EntityManager): Promise<Facilitated> {
    return this.repository.facilitated(userId, editionId, manager);
  }

  /** The person's seats and waitlist places in the edition's elective modules, one per block at most. */
  electiveChoices(userId: string, editionId: string): Promise<ElectiveChoice[]> {
    return this.repository.electiveChoices(userId, editionId);
  }

  /** 'seated', 'waitlisted', or null when the person has no place in the elective module. */
  electivePlace(userId: string, itemId: string, manager?: EntityManager): Promise<ElectiveChoiceStatus | null> {
    return this.repository.electivePlace(userId, itemId, manager);
  }

  /** Whether the facilitator may read this participant's needs, progress and identified answers in the edition. */
  follows(facilitatorId: string, participantId: string, editionId: string, manager?: EntityManager): Promise<boolean> {
    return this.repository.follows(facilitatorId, participantId, editionId, manager);
  }

  /**
   * Whose data of the edition the caller may read: organizers everyone (null); a facilitator the
   * participants of the cohorts and items they facilitate; anyone else nobody (an empty scope).
   */
  async readerScope(caller: Pick<RequestUser, 'id' | 'role'>, editionId: string, manager?: EntityManager): Promise<ReaderScope> {
    if (caller.role === 'organizer') return null;
    const facilitated = caller.role === 'facilitator' ? await this.facilitated(caller.id, editionId, manager) : { cohortIds: [], itemIds: [] };
    return { ...facilitated, facilitatorId: caller.id, editionId };
  }
}
