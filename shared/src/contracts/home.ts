import { z } from 'zod';
import { languageSchema, localizedTextSchema } from '../locales.js';
import { PHASES, roleSchema } from '../domain.js';
import { AUTOMATIC_SEND_KINDS } from './courses.js';
import { SURVEY_KINDS } from './surveys.values.js';
import { HOME_TASK_KINDS } from './home.values.js';

export * from './home.values.js';

/** One line of a home: what to do (or what is coming), how far it is, when, and where to go. */
export const homeTaskSchema = z.object({
  kind: z.enum(HOME_TASK_KINDS),
  link: z.string(),
  /** When it happens or is due (a date or a date-time). */
  at: z.string().nullable(),
  count: z.number().int().nullable(),
  total: z.number().int().nullable(),
  /** The unit, module, room or survey it is about, in every language. */
  title: localizedTextSchema.nullable(),
  /** A name already in the reader's language (a survey's title, a person). */
  label: z.string().nullable(),
  /** An automatic send: which one. */
  send: z.object({ kind: z.enum(AUTOMATIC_SEND_KINDS), surveyKind: z.enum(SURVEY_KINDS).nullable(), day: z.number().int().nullable() }).nullable(),
  /** Due within three days, or waiting too long. */
  urgent: z.boolean(),
});
export type HomeTask = z.infer<typeof homeTaskSchema>;

export const homeEditionSchema = z.object({
  id: z.uuid(),
  title: localizedTextSchema,
  defaultLanguage: languageSchema,
  timeZone: z.string(),
  phase: z.enum(PHASES),
  tasks: z.array(homeTaskSchema),
});
export type HomeEdition = z.infer<typeof homeEditionSchema>;

/** `GET /api/home`: the tasks of no particular edition (rooms, reports), then each current edition's. */
export const homeSchema = z.object({
  role: roleSchema,
  tasks: z.array(homeTaskSchema),
  editions: z.array(homeEditionSchema),
});
export type Home = z.infer<typeof homeSchema>;
