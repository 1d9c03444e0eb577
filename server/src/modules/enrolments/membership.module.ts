import { Global, Module } from '@nestjs/common';
import { EditionMembership } from '../courses/edition-membership.js';
import { ModuleSeats } from '../programme/module-seats.js';
import { ElectiveSeats } from './elective-seats.js';
import { MembershipRepository } from './membership.repository.js';
import { MembershipService } from './membership.service.js';

/**
 * The membership owner (membership.service.ts) and the elective seats, for every feature. Global
 * because courses, cohorts and the programme sit below enrolments: they inject the contracts they
 * declare (EditionMembership, ModuleSeats) and receive these implementations without importing them.
 */
@Global()
@Module({
  providers: [
    MembershipRepository,
    MembershipService,
    ElectiveSeats,
    { provide: EditionMembership, useExisting: MembershipService },
    { provide: ModuleSeats, useExisting: ElectiveSeats },
  ],
  exports: [MembershipService, ElectiveSeats, EditionMembership, ModuleSeats],
})
export class MembershipModule {}
