import { z } from 'zod';
import { languageSchema, localizedTextSchema } from '../locales.js';
import { questionResultSchema } from './surveys.js';
import { machineDraftMarkSchema } from './translation.js';

/** What organizers choose to share: the questions of the general assessment, and a note in four languages. */
export const feedbackInputSchema = z.strictObject({
  surveyId: z.uuid(),
  questionKeys: z
    .array(z.string().min(1).max(100))
    .max(200)
    .refine((keys) => new Set(keys).size === keys.length, { message: 'invalid' }),
  note: localizedTextSchema,
});
export type FeedbackInput = z.infer<typeof feedbackInputSchema>;

/** A question organizers may share: closed questions only (free text could tell who wrote it). */
export const feedbackChoiceSchema = z.object({ key: z.string(), text: z.string(), section: z.string(), shareable: z.boolean() });

export const feedbackPageSchema = z.object({
  editionId: z.uuid(),
  surveyId: z.uuid().nullable(),
  questionKeys: z.array(z.string()),
  note: localizedTextSchema,
  publishedAt: z.string().nullable(),
  /** The general assessment has closed: the page may be published. */
  surveyClosed: z.boolean(),
  /** How many answered; null when too few to show anything (the survey's minimum group size). */
  responses: z.number().int().nullable(),
  /** The shared questions' results, in the reader's language (nothing below the minimum group size). */
  results: z.array(questionResultSchema),
  /** The note's languages that are still machine drafts, not reviewed (readers see "machine translation"). */
  machineDrafts: z.array(machineDraftMarkSchema),
  /** Organizers: the questions they may pick from. */
  choices: z.array(feedbackChoiceSchema).optional(),
});
export type FeedbackPage = z.infer<typeof feedbackPageSchema>;

export const feedbackQuerySchema = z.strictObject({ language: languageSchema.optional() });
