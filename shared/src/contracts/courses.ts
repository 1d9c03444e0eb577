import { z } from 'zod';
import { PHASES, programmeItemKindSchema, sessionFormatSchema, modalitySchema } from '../domain.js';
import { languageSchema, localizedTextSchema } from '../locales.js';

/** Calendar dates (YYYY-MM-DD) in the edition's own time zone. */
const dateSchema = z.iso.date();

export const editionSummarySchema = z.object({
  id: z.uuid(),
  code: z.string(),
  title: localizedTextSchema,
  course: z.object({ code: z.string(), title: localizedTextSchema }),
  venue: z.string(),
  timeZone: z.string(),
  defaultLanguage: languageSchema,
  languages: z.array(languageSchema),
  phase: z.enum(PHASES),
  preLearningOpens: dateSchema,
  preLearningCloses: dateSchema,
  faceToFaceStart: dateSchema,
  faceToFaceEnd: dateSchema,
  postLearningOpens: dateSchema,
  postLearningCloses: dateSchema.nullable(),
  electiveDeadline: dateSchema,
  impactAssessmentOn: dateSchema,
});
export type EditionSummary = z.infer<typeof editionSummarySchema>;

export const programmeSessionSchema = z.object({
  id: z.uuid(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  room: z.string(),
  format: sessionFormatSchema,
});
export type ProgrammeSession = z.infer<typeof programmeSessionSchema>;

export const programmeItemSchema = z.object({
  id: z.uuid(),
  kind: programmeItemKindSchema,
  number: z.number().int(),
  title: localizedTextSchema,
  description: localizedTextSchema,
  block: z.string().nullable(),
  capacity: z.number().int().nullable(),
  modalities: z.array(modalitySchema),
  sdgs: z.array(z.number().int()),
  sessions: z.array(programmeSessionSchema),
});
export type ProgrammeItem = z.infer<typeof programmeItemSchema>;

export const editionDetailSchema = editionSummarySchema.extend({ programme: z.array(programmeItemSchema) });
export type EditionDetail = z.infer<typeof editionDetailSchema>;
