import { z } from 'zod';
import { languageSchema } from '../locales.js';
import { dateTimeInputSchema, timeZoneSchema } from './common.js';

/** A facilitator's coaching slot as written: where (a link or a place), when, for how many, on what topic. */
export const coachingSlotInputSchema = z
  .strictObject({
    startsAt: dateTimeInputSchema,
    /** The facilitator's zone: the slot is shown in it beside the reader's own. */
    timeZone: timeZoneSchema,
    durationMinutes: z.number().int().min(15).max(240),
    meetingLink: z
      .string()
      .trim()
      .max(2_000)
      .pipe(z.url({ protocol: /^https?$/, message: 'invalid_format' }))
      .nullable()
      .default(null),
    place: z.string().trim().max(300).nullable().default(null),
    language: languageSchema,
    /** The module the session is about (one of the edition's mandatory or elective modules)… */
    programmeItemId: z.uuid().nullable().default(null),
    /** …or a need from the pre-assessment, in the slot's language. */
    need: z.string().trim().max(500).nullable().default(null),
    /** 1 = a one-to-one session; more = a group session with that many seats. */
    capacity: z.number().int().min(1).max(50).default(1),
  })
  .refine((slot) => Boolean(slot.meetingLink) || Boolean(slot.place), { message: 'required', path: ['meetingLink'] })
  .refine((slot) => Boolean(slot.programmeItemId) || Boolean(slot.need), { message: 'required', path: ['need'] });
export type CoachingSlotInput = z.infer<typeof coachingSlotInputSchema>;

export const coachingBookingSchema = z.object({
  id: z.uuid(),
  participant: z.object({ id: z.uuid(), name: z.string() }),
  bookedAt: z.string(),
  /** Facilitators' and organizers' notes; absent for anyone else. */
  notes: z.string().nullable().optional(),
});
export type CoachingBooking = z.infer<typeof coachingBookingSchema>;

export const coachingSlotSchema = z.object({
  id: z.uuid(),
  editionId: z.uuid(),
  facilitator: z.object({ id: z.uuid(), name: z.string() }),
  startsAt: z.string(),
  timeZone: z.string(),
  durationMinutes: z.number().int(),
  meetingLink: z.string().nullable(),
  place: z.string().nullable(),
  language: languageSchema,
  programmeItem: z.object({ id: z.uuid(), title: z.record(z.string(), z.string()) }).nullable(),
  need: z.string().nullable(),
  capacity: z.number().int(),
  seatsLeft: z.number().int(),
  /** The caller's own booking of this slot (participants). */
  myBookingId: z.uuid().nullable(),
  /** The slot's module is one the caller rated low in the pre-assessment. */
  recommended: z.boolean(),
  /** Who booked: the slot's facilitator and organizers only. */
  bookings: z.array(coachingBookingSchema).optional(),
  /** The caller may edit or delete the slot and read its notes. */
  canManage: z.boolean(),
});
export type CoachingSlot = z.infer<typeof coachingSlotSchema>;

export const coachingSlotListSchema = z.object({
  /** Upcoming slots, those recommended to the caller first. */
  items: z.array(coachingSlotSchema),
  /** The modules the caller's pre-assessment shows as gaps (participants). */
  gapItemIds: z.array(z.uuid()),
});
export type CoachingSlotList = z.infer<typeof coachingSlotListSchema>;

export const coachingNotesInputSchema = z.strictObject({ notes: z.string().max(10_000) });
export type CoachingNotesInput = z.infer<typeof coachingNotesInputSchema>;
