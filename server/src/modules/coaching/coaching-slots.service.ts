import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CoachingSlot as CoachingSlotDto, CoachingSlotInput, CoachingSlotList, Language, LocalizedText } from '@sstc/shared';
import { ApiException } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { validationFailed } from '../../common/http/validation.js';
import { PreAssessmentService } from '../learning/pre-assessment.service.js';
import { ProgrammeItem } from '../programme/programme-item.entity.js';
import { CoachingAccess } from './coaching-access.js';
import { CoachingBookingsService } from './coaching-bookings.service.js';
import { CoachingSlot } from './entities/coaching-slot.entity.js';

interface SlotRow {
  id: string;
  edition_id: string;
  facilitator_id: string;
  facilitator_name: string;
  starts_at: Date;
  time_zone: string;
  duration_minutes: number;
  meeting_link: string | null;
  place: string | null;
  language: Language;
  programme_item_id: string | null;
  item_title: LocalizedText | null;
  need: string | null;
  capacity: number;
  booked: number;
  my_booking_id: string | null;
}

/** Coaching slots: facilitators publish them, participants see the upcoming ones, those matching their gaps first. */
@Injectable()
export class CoachingSlotsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CoachingAccess,
    private readonly preAssessment: PreAssessmentService,
    private readonly bookings: CoachingBookingsService,
  ) {}

  /**
   * Participants: the slots still ahead (and those they booked), recommended ones first, then by
   * time. Facilitators and organizers: every slot of the edition, with the bookings of those they manage.
   */
  async list(caller: RequestUser, editionId: string): Promise<CoachingSlotList> {
    await this.access.assertInEdition(caller, editionId);
    const participant = caller.role === 'participant';
    const rows: SlotRow[] = await this.dataSource.query(
      `SELECT s.id, s.edition_id, s.facilitator_id, f.name AS facilitator_name, s.starts_at, s.time_zone, s.duration_minutes, s.meeting_link,
              s.place, s.language, s.programme_item_id, i.title AS item_title, s.need, s.capacity,
              (SELECT count(*)::int FROM coaching_bookings b WHERE b.slot_id = s.id AND b.cancelled_at IS NULL) AS booked,
              (SELECT b.id FROM coaching_bookings b WHERE b.slot_id = s.id AND b.participant_id = $2 AND b.cancelled_at IS NULL) AS my_booking_id
         FROM coaching_slots s JOIN users f ON f.id = s.facilitator_id LEFT JOIN programme_items i ON i.id = s.programme_item_id
        WHERE s.edition_id = $1 AND (NOT $3 OR s.starts_at + s.duration_minutes * interval '1 minute' > now()
              OR EXISTS (SELECT 1 FROM coaching_bookings b WHERE b.slot_id = s.id AND b.participant_id = $2 AND b.cancelled_at IS NULL))
        ORDER BY s.starts_at, s.id`,
      [editionId, caller.id, participant],
    );
    const gapItemIds = participant ? await this.preAssessment.gapsOf(caller.id, editionId) : [];
    const gaps = new Set(gapItemIds);
    const managed = rows.filter((row) => this.access.canManage(caller, { facilitatorId: row.facilitator_id })).map((row) => row.id);
    const bookings = await this.bookingsOf(managed);
    const items = rows.map((row) => toDto(row, gaps.has(row.programme_item_id ?? ''), managed.includes(row.id), bookings.get(row.id)));
    // Stable sort: recommended slots first, each group still in time order.
    items.sort((a, b) => Number(b.recommended) - Number(a.recommended));
    return { items, gapItemIds };
  }

  async get(caller: RequestUser, slotId: string): Promise<CoachingSlotDto> {
    const slot = await this.access.visibleSlot(caller, slotId);
    const found = (await this.list(caller, slot.editionId)).items.find((item) => item.id === slotId);
    if (!found) throw new ApiException('not_found');
    return found;
  }

  async create(caller: RequestUser, editionId: string, input: CoachingSlotInput): Promise<CoachingSlotDto> {
    await this.access.assertFacilitates(caller, editionId);
    await this.assertTopic(editionId, input.programmeItemId);
    if (new Date(input.startsAt).getTime() <= Date.now()) throw new ApiException('coaching_slot_past');
    const slot = await this.dataSource.getRepository(CoachingSlot).save({ ...fieldsOf(input), editionId, facilitatorId: caller.id });
    return this.get(caller, slot.id);
  }

  /** A booked slot keeps its time and length, and never has fewer seats than bookings (participants planned around them). */
  async update(caller: RequestUser, slotId: string, input: CoachingSlotInput): Promise<CoachingSlotDto> {
    await this.dataSource.transaction(async (manager) => {
      const slot = await this.lockManaged(manager, caller, slotId);
      await this.assertTopic(slot.editionId, input.programmeItemId);
      const booked = await this.bookedCount(manager, slot.id);
      const moved = new Date(input.startsAt).getTime() !== slot.startsAt.getTime() || input.durationMinutes !== slot.durationMinutes;
      if (booked > 0 && (moved || input.capacity < booked)) throw new ApiException('coaching_slot_booked');
      if (moved && new Date(input.startsAt).getTime() <= Date.now()) throw new ApiException('coaching_slot_past');
      await manager.update(CoachingSlot, { id: slot.id }, fieldsOf(input));
    });
    return this.get(caller, slotId);
  }

  /** Deletes the slot; those who booked a session still ahead are told by email, and their calendar entries withdrawn. */
  async remove(caller: RequestUser, slotId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const slot = await this.lockManaged(manager, caller, slotId);
      await this.bookings.callOff(manager, slot.id, slot.editionId);
      await manager.delete(CoachingSlot, { id: slot.id });
    });
  }

  private async lockManaged(manager: EntityManager, caller: RequestUser, slotId: string): Promise<CoachingSlot> {
    const slot = await this.access.managedSlot(caller, slotId, manager);
    // Serialises the change with bookings of the same slot (they lock it too).
    await manager.query('SELECT 1 FROM coaching_slots WHERE id = $1 FOR UPDATE', [slot.id]);
    return slot;
  }

  private async bookedCount(manager: EntityManager, slotId: string): Promise<number> {
    const [{ booked }] = await manager.query('SELECT count(*)::int AS booked FROM coaching_bookings WHERE slot_id = $1 AND cancelled_at IS NULL', [
      slotId,
    ]);
    return booked as number;
  }

  /** A module topic is one of the edition's mandatory or elective modules. */
  private async assertTopic(editionId: string, itemId: string | null): Promise<void> {
    if (!itemId) return;
    const item = await this.dataSource.getRepository(ProgrammeItem).findOneBy({ id: itemId, editionId });
    if (!item || item.kind === 'panel') throw validationFailed([{ path: 'programmeItemId', code: 'invalid_value' }]);
  }

  private async bookingsOf(slotIds: string[]): Promise<Map<string, NonNullable<CoachingSlotDto['bookings']>>> {
    const result = new Map<string, NonNullable<CoachingSlotDto['bookings']>>(slotIds.map((id) => [id, []]));
    if (slotIds.length === 0) return result;
    const rows: { id: string; slot_id: string; participant_id: string; name: string; booked_at: Date; notes: string | null }[] =
      await this.dataSource.query(
        `SELECT b.id, b.slot_id, b.participant_id, u.name, b.booked_at, b.notes FROM coaching_bookings b JOIN users u ON u.id = b.participant_id
          WHERE b.slot_id = ANY($1) AND b.cancelled_at IS NULL ORDER BY b.booked_at`,
        [slotIds],
      );
    for (const row of rows)
      result.get(row.slot_id)!.push({
        id: row.id,
        participant: { id: row.participant_id, name: row.name },
        bookedAt: new Date(row.booked_at).toISOString(),
        notes: row.notes,
      });
    return result;
  }
}

function fieldsOf(input: CoachingSlotInput) {
  return {
    startsAt: new Date(input.startsAt),
    timeZone: input.timeZone,
    durationMinutes: input.durationMinutes,
    meetingLink: input.meetingLink || null,
    place: input.place || null,
    language: input.language,
    programmeItemId: input.programmeItemId,
    need: input.need || null,
    capacity: input.capacity,
  };
}

function toDto(row: SlotRow, recommended: boolean, manages: boolean, bookings: CoachingSlotDto['bookings']): CoachingSlotDto {
  return {
    id: row.id,
    editionId: row.edition_id,
    facilitator: { id: row.facilitator_id, name: row.facilitator_name },
    startsAt: new Date(row.starts_at).toISOString(),
    timeZone: row.time_zone,
    durationMinutes: row.duration_minutes,
    meetingLink: row.meeting_link,
    place: row.place,
    language: row.language,
    programmeItem: row.programme_item_id ? { id: row.programme_item_id, title: (row.item_title ?? {}) as Record<string, string> } : null,
    need: row.need,
    capacity: row.capacity,
    seatsLeft: Math.max(0, row.capacity - row.booked),
    myBookingId: row.my_booking_id,
    recommended,
    canManage: manages,
    ...(manages ? { bookings } : {}),
  };
}
