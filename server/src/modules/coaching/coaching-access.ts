import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { forbidden, notFound } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { MembershipService } from '../enrolments/membership.service.js';
import { CoachingSlot } from './entities/coaching-slot.entity.js';

/**
 * Who may do what with coaching (role and object): the edition's participants book; the edition's
 * facilitators publish slots; a slot's own facilitator, or an organizer, edits it and reads its
 * bookings and notes. A slot outside the caller's editions is not found.
 */
@Injectable()
export class CoachingAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly membership: MembershipService,
  ) {}

  /** The caller may see the edition's coaching: organizers, and whoever is enrolled in it. */
  async assertInEdition(caller: RequestUser, editionId: string, manager?: EntityManager): Promise<void> {
    if (caller.role === 'organizer') return;
    if (!(await this.membership.isEnrolled(caller.id, editionId, manager))) throw forbidden();
  }

  /** A facilitator enrolled in the edition as one (they publish their own slots there). */
  async assertFacilitates(caller: RequestUser, editionId: string): Promise<void> {
    if (caller.role !== 'facilitator') throw forbidden();
    const enrolment = await this.membership.activeEnrolment(caller.id, editionId);
    if (enrolment?.role !== 'facilitator') throw forbidden();
  }

  /** A participant of the slot's edition (booking is theirs only). */
  async assertParticipant(caller: RequestUser, editionId: string, manager?: EntityManager): Promise<void> {
    if (caller.role !== 'participant') throw forbidden();
    const enrolment = await this.membership.activeEnrolment(caller.id, editionId, manager);
    if (enrolment?.role !== 'participant') throw forbidden();
  }

  canManage(caller: RequestUser, slot: Pick<CoachingSlot, 'facilitatorId'>): boolean {
    return caller.role === 'organizer' || slot.facilitatorId === caller.id;
  }

  /** The slot, if the caller may see its edition (else not found: no hint that it exists). */
  async visibleSlot(caller: RequestUser, slotId: string, manager: EntityManager = this.dataSource.manager): Promise<CoachingSlot> {
    const slot = await manager.findOneBy(CoachingSlot, { id: slotId });
    if (!slot) throw notFound();
    if (caller.role !== 'organizer' && !(await this.membership.isEnrolled(caller.id, slot.editionId, manager))) throw notFound();
    return slot;
  }

  /** The slot for a change: its facilitator or an organizer; another member of the edition gets 403. */
  async managedSlot(caller: RequestUser, slotId: string, manager?: EntityManager): Promise<CoachingSlot> {
    const slot = await this.visibleSlot(caller, slotId, manager);
    if (!this.canManage(caller, slot)) throw forbidden();
    return slot;
  }
}
