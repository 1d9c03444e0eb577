import { Global, Module } from '@nestjs/common';
import { EditionMembership, MembershipChanges } from '../courses/edition-membership.js';
import { ModuleSeats } from '../programme/module-seats.js';
import { ElectiveSeats } from './elective-seats.js';
import { MembershipEvents } from './membership-events.js';
import { MembershipRepository } from './membership.repository.js';
import { MembershipService } from './membership.service.js';

/**
 * The membership owner (membership.service.ts), the one recorder of membership changes
 * (membership-events.ts) and the elective seats, for every feature. Global because courses, cohorts
 * and the programme sit below enrolments: they inject the contracts they declare (EditionMembership,
 * MembershipChanges, ModuleSeats) and receive these implementations without importing them.
 */
@Global()
@Module({
  providers: [
    MembershipRepository,
    MembershipService,
    ElectiveSeats,
    MembershipEvents,
    { provide: EditionMembership, useExisting: MembershipService },
    { provide: MembershipChanges, useExisting: MembershipEvents },
    { provide: ModuleSeats, useExisting: ElectiveSeats },
  ],
  exports: [MembershipService, ElectiveSeats, MembershipEvents, EditionMembership, MembershipChanges, ModuleSeats],
})
export class MembershipModule {}
