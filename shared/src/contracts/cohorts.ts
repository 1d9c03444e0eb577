import { z } from 'zod';
import { languageSchema } from '../locales.js';
import { personRefSchema } from './courses.js';

export const cohortSchema = z.object({
  id: z.uuid(),
  editionId: z.uuid(),
  name: z.string(),
  /** The cohort's working language, when it is grouped by language. */
  language: languageSchema.nullable(),
  facilitators: z.array(personRefSchema),
  /** Participants not withdrawn. */
  participants: z.number().int(),
});
export type Cohort = z.infer<typeof cohortSchema>;

export const cohortRequestSchema = z.strictObject({
  name: z.string().trim().min(1).max(120),
  language: languageSchema.nullable().default(null),
  facilitatorIds: z.array(z.uuid()).max(50).default([]),
});
export type CohortRequest = z.infer<typeof cohortRequestSchema>;
