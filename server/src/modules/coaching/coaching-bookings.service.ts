import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Language, LocalizedText } from '@sstc/shared';
import { ApiException, forbidden, notFound } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { isUniqueViolation } from '../../common/http/validation.js';
import { CONFIG, type Config } from '../../config/config.js';
import { JobsService } from '../jobs/jobs.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { CoachingAccess } from './coaching-access.js';
import { bookedEmail, cancelledEmail, reminderEmail, slotCancelledEmail, withdrawnEmail, type BookingFacts } from './coaching-emails.js';
import { CoachingBooking } from './entities/coaching-booking.entity.js';

/** The reminder goes this long before the session. */
export const REMINDER_BEFORE_MS = 24 * 3_600_000;

/**
 * Booking, cancelling, notes and reminders. A booking locks its slot's row (SELECT … FOR UPDATE)
 * before counting the seats taken, so concurrent requests for the last seat queue up behind each
 * other and only the first finds it free; the partial unique index keeps one live booking per
 * person and slot even so. Emails and the reminder job are queued in the booking's transaction.
 */
@Injectable()
export class CoachingBookingsService {
  private readonly logger = new Logger('Coaching');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CoachingAccess,
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async book(caller: RequestUser, slotId: string): Promise<{ bookingId: string }> {
    try {
      const { bookingId, recorded } = await this.dataSource.transaction(async (manager) => {
        const slot = await this.access.visibleSlot(caller, slotId, manager);
        await this.access.assertParticipant(caller, slot.editionId, manager);
        const [locked]: { starts_at: Date; capacity: number }[] = await manager.query(
          'SELECT starts_at, capacity FROM coaching_slots WHERE id = $1 FOR UPDATE',
          [slot.id],
        );
        if (!locked) throw notFound();
        if (new Date(locked.starts_at).getTime() <= Date.now()) throw new ApiException('coaching_slot_past');
        const [{ booked, mine }] = await manager.query(
          `SELECT count(*)::int AS booked, count(*) FILTER (WHERE participant_id = $2)::int AS mine
             FROM coaching_bookings WHERE slot_id = $1 AND cancelled_at IS NULL`,
          [slot.id, caller.id],
        );
        if (mine > 0) throw new ApiException('coaching_already_booked');
        if (booked >= locked.capacity) throw new ApiException('coaching_slot_full');
        const booking = await manager.save(CoachingBooking, { slotId: slot.id, participantId: caller.id });
        const facts = await this.facts(manager, booking.id);
        await this.jobs.send('send-email', bookedEmail(facts, this.link(slot.editionId), this.fromAddress()), {}, manager);
        const remindAt = facts.startsAt.getTime() - REMINDER_BEFORE_MS;
        // Booked within the last day: the confirmation is the reminder.
        if (remindAt > Date.now())
          await this.jobs.send(
            'coaching-send-reminder',
            { bookingId: booking.id },
            { startAfter: new Date(remindAt), singletonKey: booking.id, retryLimit: 20 },
            manager,
          );
        // The facilitator hears of it through the notification centre (in the app, and by email as they chose).
        const recorded = await this.notifications.record(manager, {
          kind: 'coaching_booking',
          detail: 'booked',
          recipientIds: [slot.facilitatorId],
          actorId: caller.id,
          title: facts.itemTitle ?? { [facts.slotLanguage]: facts.need ?? '' },
          link: `/editions/${slot.editionId}/post-learning`,
          subjectId: booking.id,
        });
        return { bookingId: booking.id, recorded };
      });
      await this.notifications.publish(recorded);
      return { bookingId };
    } catch (error) {
      if (isUniqueViolation(error, 'coaching_bookings_live_idx')) throw new ApiException('coaching_already_booked');
      throw error;
    }
  }

  /** The participant cancels their own booking before the session: the seat frees, the facilitator is told, and the participant's calendar entry is withdrawn. */
  async cancel(caller: RequestUser, bookingId: string): Promise<void> {
    const recorded = await this.dataSource.transaction(async (manager) => {
      const booking = await manager.findOneBy(CoachingBooking, { id: bookingId });
      if (!booking || booking.participantId !== caller.id || booking.cancelledAt) throw notFound();
      const [slot]: { starts_at: Date; edition_id: string; facilitator_id: string }[] = await manager.query(
        'SELECT starts_at, edition_id, facilitator_id FROM coaching_slots WHERE id = $1 FOR UPDATE',
        [booking.slotId],
      );
      if (!slot) throw notFound();
      if (new Date(slot.starts_at).getTime() <= Date.now()) throw new ApiException('coaching_slot_past');
      await manager.update(CoachingBooking, { id: booking.id }, { cancelledAt: new Date() });
      const facts = await this.facts(manager, booking.id);
      await this.jobs.send('send-email', withdrawnEmail(facts, this.link(slot.edition_id), this.fromAddress()), {}, manager);
      // The facilitator is told through the notification centre: in the app, and by email unless they chose otherwise.
      const { key, template, params } = cancelledEmail(facts, this.link(slot.edition_id));
      return this.notifications.record(manager, {
        kind: 'coaching_booking',
        detail: 'cancelled',
        recipientIds: [slot.facilitator_id],
        actorId: caller.id,
        title: facts.itemTitle ?? { [facts.slotLanguage]: facts.need ?? '' },
        link: `/editions/${slot.edition_id}/post-learning`,
        email: () => ({ key, template, params }),
      });
    });
    await this.notifications.publish(recorded);
  }

  /**
   * The slot is being deleted with bookings (in the caller's transaction, the slot's row locked): each
   * participant of a session still ahead is emailed, with the CANCEL of their calendar entry.
   */
  async callOff(manager: EntityManager, slotId: string, editionId: string): Promise<void> {
    const live: { id: string; ahead: boolean }[] = await manager.query(
      `SELECT b.id, s.starts_at > now() AS ahead FROM coaching_bookings b JOIN coaching_slots s ON s.id = b.slot_id
        WHERE b.slot_id = $1 AND b.cancelled_at IS NULL`,
      [slotId],
    );
    for (const booking of live.filter((b) => b.ahead)) {
      const facts = await this.facts(manager, booking.id);
      await this.jobs.send('send-email', slotCancelledEmail(facts, this.link(editionId), this.fromAddress()), {}, manager);
    }
  }

  /** The slot's facilitator (or an organizer) writes notes on a booking; nobody else reads or writes them. */
  async saveNotes(caller: RequestUser, bookingId: string, notes: string): Promise<{ notes: string | null }> {
    const booking = await this.dataSource.getRepository(CoachingBooking).findOneBy({ id: bookingId });
    if (!booking) throw notFound();
    const slot = await this.access.visibleSlot(caller, booking.slotId);
    if (!this.access.canManage(caller, slot)) throw forbidden();
    const value = notes.trim() || null;
    await this.dataSource.getRepository(CoachingBooking).update({ id: booking.id }, { notes: value });
    return { notes: value };
  }

  /**
   * Sends the reminder of a booking at most once, whichever instance runs the job and however often:
   * the booking is marked reminded in the transaction that queues the email, under a condition
   * that only one transaction can meet. Answers whether this call reminded.
   */
  async remind(bookingId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      // For an UPDATE, TypeORM's query answers [returned rows, affected count].
      const [, marked]: [unknown[], number] = await manager.query(
        `UPDATE coaching_bookings b SET reminded_at = now() FROM coaching_slots s
          WHERE b.id = $1 AND s.id = b.slot_id AND b.cancelled_at IS NULL AND b.reminded_at IS NULL AND s.starts_at > now()
          RETURNING b.id`,
        [bookingId],
      );
      if (marked === 0) return false;
      const facts = await this.facts(manager, bookingId);
      const [{ edition_id }] = await manager.query(
        'SELECT s.edition_id FROM coaching_bookings b JOIN coaching_slots s ON s.id = b.slot_id WHERE b.id = $1',
        [bookingId],
      );
      await this.jobs.send('send-email', reminderEmail(facts, this.link(edition_id)), {}, manager);
      this.logger.log(`coaching booking ${bookingId}: reminder queued`);
      return true;
    });
  }

  private link(editionId: string): string {
    return `${this.config.PUBLIC_URL}/editions/${editionId}/post-learning`;
  }

  private fromAddress(): string {
    return /<([^>]+)>/.exec(this.config.MAIL_FROM)?.[1] ?? this.config.MAIL_FROM;
  }

  private async facts(manager: EntityManager, bookingId: string): Promise<BookingFacts> {
    const [row] = await manager.query(
      `SELECT b.id, s.starts_at, s.time_zone, s.duration_minutes, s.meeting_link, s.place, s.language, s.need, i.title AS item_title,
              e.default_language, p.name AS p_name, p.email AS p_email, p.language AS p_language, p.time_zone AS p_zone,
              f.name AS f_name, f.email AS f_email, f.language AS f_language, f.time_zone AS f_zone
         FROM coaching_bookings b JOIN coaching_slots s ON s.id = b.slot_id
         JOIN editions e ON e.id = s.edition_id JOIN users p ON p.id = b.participant_id JOIN users f ON f.id = s.facilitator_id
         LEFT JOIN programme_items i ON i.id = s.programme_item_id
        WHERE b.id = $1`,
      [bookingId],
    );
    return {
      bookingId: row.id,
      startsAt: new Date(row.starts_at),
      slotTimeZone: row.time_zone,
      durationMinutes: row.duration_minutes,
      meetingLink: row.meeting_link,
      place: row.place,
      slotLanguage: row.language as Language,
      need: row.need,
      itemTitle: row.item_title as LocalizedText | null,
      defaultLanguage: row.default_language as Language,
      participant: { name: row.p_name, email: row.p_email, language: row.p_language, timeZone: row.p_zone },
      facilitator: { name: row.f_name, email: row.f_email, language: row.f_language, timeZone: row.f_zone },
    };
  }
}
