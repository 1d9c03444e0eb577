import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { currentPhase } from '@sstc/shared';
import { forbidden, notFound } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { Edition } from '../courses/edition.entity.js';
import { MembershipService } from '../enrolments/membership.service.js';
import type { LearningUnit } from './learning-unit.entity.js';

/** What a caller may see and change of one edition's pre-learning package. */
export interface LearningScope {
  edition: Edition;
  caller: RequestUser;
  /** The package is open to participants (the pre-learning date has come). */
  open: boolean;
  /** Programme items the caller facilitates in this edition (facilitators only). */
  facilitatedItemIds: Set<string>;
  /** Cohorts the caller facilitates in this edition (facilitators only). */
  facilitatedCohortIds: Set<string>;
}

/**
 * Visibility rules: participants see the package when enrolled (not withdrawn) and once
 * pre-learning has opened; facilitators see general units and the units of items they facilitate;
 * organizers see and edit everything.
 */
@Injectable()
export class LearningAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly membership: MembershipService,
  ) {}

  async scope(caller: RequestUser, editionId: string): Promise<LearningScope> {
    const edition = await this.dataSource.getRepository(Edition).findOneBy({ id: editionId });
    if (!edition) throw notFound();
    const open = currentPhase(edition) !== 'upcoming';
    const scope: LearningScope = { edition, caller, open, facilitatedItemIds: new Set(), facilitatedCohortIds: new Set() };
    if (caller.role === 'organizer') return scope;
    const enrolled = await this.membership.isEnrolled(caller.id, editionId);
    if (caller.role === 'participant' && !enrolled) throw forbidden();
    if (caller.role === 'facilitator') {
      const facilitated = await this.membership.facilitated(caller.id, editionId);
      scope.facilitatedItemIds = new Set(facilitated.itemIds);
      scope.facilitatedCohortIds = new Set(facilitated.cohortIds);
      // A facilitator named on a module or cohort works on the edition even before being enrolled in it.
      if (!enrolled && scope.facilitatedItemIds.size === 0 && scope.facilitatedCohortIds.size === 0) throw forbidden();
    }
    return scope;
  }

  canSee(scope: LearningScope, unit: Pick<LearningUnit, 'programmeItemId'>): boolean {
    switch (scope.caller.role) {
      case 'organizer':
        return true;
      case 'facilitator':
        return unit.programmeItemId === null || scope.facilitatedItemIds.has(unit.programmeItemId);
      case 'participant':
        return scope.open;
    }
  }

  canEdit(scope: LearningScope, unit: Pick<LearningUnit, 'programmeItemId'>): boolean {
    if (scope.caller.role === 'organizer') return true;
    return scope.caller.role === 'facilitator' && unit.programmeItemId !== null && scope.facilitatedItemIds.has(unit.programmeItemId);
  }

  /** Organizers, and facilitators of at least one programme item, may write units. */
  canCreate(scope: LearningScope): boolean {
    return scope.caller.role === 'organizer' || (scope.caller.role === 'facilitator' && scope.facilitatedItemIds.size > 0);
  }

  assertCanEdit(scope: LearningScope, unit: Pick<LearningUnit, 'programmeItemId'>): void {
    if (!this.canEdit(scope, unit)) throw forbidden();
  }
}
