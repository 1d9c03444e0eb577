import { z } from 'zod';
import { ELECTIVE_CHOICE_STATUSES, programmeItemKindSchema, sessionFormatSchema } from '../domain.js';
import { languageSchema, localizedTextSchema } from '../locales.js';

export const agendaEntrySchema = z.object({
  sessionId: z.uuid(),
  itemId: z.uuid(),
  kind: programmeItemKindSchema,
  number: z.number().int(),
  title: localizedTextSchema,
  block: z.string().nullable(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  room: localizedTextSchema,
  format: sessionFormatSchema,
  /** Electives: the participant's seat, or their waitlist place (shown as tentative). */
  status: z.enum(ELECTIVE_CHOICE_STATUSES).nullable(),
  /** The caller facilitates this item. */
  runs: z.boolean(),
});
export type AgendaEntry = z.infer<typeof agendaEntrySchema>;

export const agendaSchema = z.object({
  edition: z.object({
    id: z.uuid(),
    code: z.string(),
    title: localizedTextSchema,
    venue: localizedTextSchema,
    timeZone: z.string(),
    defaultLanguage: languageSchema,
    faceToFaceStart: z.iso.date(),
    faceToFaceEnd: z.iso.date(),
  }),
  /** Whose week this is: the participant's, what the facilitator runs, or the whole programme. */
  view: z.enum(['participant', 'facilitator', 'programme']),
  entries: z.array(agendaEntrySchema),
  /** Blocks in which the participant has no seat yet. */
  blocksWithoutSeat: z.array(z.string()),
});
export type Agenda = z.infer<typeof agendaSchema>;

export const calendarFeedSchema = z.object({
  /** Only a hash of the token is kept: the address is shown once, when it is made. */
  active: z.boolean(),
  createdAt: z.iso.datetime().nullable(),
  url: z.string().nullable(),
});
export type CalendarFeed = z.infer<typeof calendarFeedSchema>;
