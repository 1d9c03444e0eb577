import { Module } from '@nestjs/common';
import { MembershipRepository } from './membership.repository.js';
import { MembershipService } from './membership.service.js';

/** The membership owner, for every feature that asks who belongs where (see membership.service.ts). */
@Module({ providers: [MembershipRepository, MembershipService], exports: [MembershipService] })
export class MembershipModule {}
