import { z } from 'zod';
import { PHASES, programmeItemKindSchema, sessionFormatSchema, modalitySchema } from '../domain.js';
import type { FieldProblem } from '../i18n/errors.js';
import { languageSchema, localizedNameSchema, localizedTextSchema, type Language, type LocalizedText } from '../locales.js';
import { addDays, addMonths } from '../phase.js';
import { dateInputSchema, timeZoneSchema } from './common.js';
import { SURVEY_KINDS } from './surveys.values.js';
import { machineDraftMarkSchema } from './translation.js';

/** Calendar dates (YYYY-MM-DD) in the edition's own time zone. */
const dateSchema = dateInputSchema;

/** Short codes such as SSTC-2016: upper-case letters, digits, dots, dashes and underscores. */
export const codeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .min(2)
  .max(40)
  .regex(/^[A-Z0-9][A-Z0-9._-]*$/);

/** A person named in a list (facilitators, resource persons with an account). */
export const personRefSchema = z.object({ id: z.uuid(), name: z.string() });
export type PersonRef = z.infer<typeof personRefSchema>;

export const courseSummarySchema = z.object({
  id: z.uuid(),
  code: z.string(),
  title: localizedTextSchema,
  description: localizedTextSchema,
  editionCount: z.number().int(),
});
export type CourseSummary = z.infer<typeof courseSummarySchema>;

export const createCourseRequestSchema = z.strictObject({
  code: codeSchema,
  title: localizedTextSchema,
  description: localizedTextSchema.optional(),
});
export type CreateCourseRequest = z.infer<typeof createCourseRequestSchema>;

export const updateCourseRequestSchema = createCourseRequestSchema.partial();
export type UpdateCourseRequest = z.infer<typeof updateCourseRequestSchema>;

export const editionSummarySchema = z.object({
  id: z.uuid(),
  code: z.string(),
  title: localizedTextSchema,
  course: z.object({ id: z.uuid(), code: z.string(), title: localizedTextSchema }),
  /** Where the face-to-face week takes place, in each language. */
  venue: localizedTextSchema,
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
  /** The room's name in each language; {} when none is set. */
  room: localizedTextSchema,
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
  facilitators: z.array(personRefSchema),
  /** Speakers and experts without an account on the platform. */
  resourcePersons: z.array(z.string()),
  sessions: z.array(programmeSessionSchema),
  /** Title, description and session room values (`sessions.<id>.room`) filled by machine translation, not reviewed yet. */
  machineDrafts: z.array(machineDraftMarkSchema),
});
export type ProgrammeItem = z.infer<typeof programmeItemSchema>;

export const editionDetailSchema = editionSummarySchema.extend({ programme: z.array(programmeItemSchema) });
export type EditionDetail = z.infer<typeof editionDetailSchema>;

/** The fields an organizer sets; dates left out get the Academy's defaults (see withDateDefaults). */
export const editionFieldsSchema = z.strictObject({
  code: codeSchema,
  title: localizedTextSchema,
  /** Required in the default language (editionTextProblems). */
  venue: localizedNameSchema(300),
  timeZone: timeZoneSchema,
  defaultLanguage: languageSchema,
  languages: z.array(languageSchema).min(1).max(4),
  faceToFaceStart: dateSchema,
  faceToFaceEnd: dateSchema,
  preLearningOpens: dateSchema.optional(),
  preLearningCloses: dateSchema.optional(),
  postLearningOpens: dateSchema.optional(),
  postLearningCloses: dateSchema.nullable().optional(),
  electiveDeadline: dateSchema.optional(),
  impactAssessmentOn: dateSchema.optional(),
});

export const createEditionRequestSchema = editionFieldsSchema.extend({
  courseId: z.uuid(),
  /** Copies the programme (sessions moved to the new week) and the cohorts of an earlier edition. */
  copyFrom: z.uuid().optional(),
});
export type CreateEditionRequest = z.infer<typeof createEditionRequestSchema>;

export const updateEditionRequestSchema = editionFieldsSchema.partial();
export type UpdateEditionRequest = z.infer<typeof updateEditionRequestSchema>;

export interface EditionDates {
  preLearningOpens: string;
  preLearningCloses: string;
  faceToFaceStart: string;
  faceToFaceEnd: string;
  postLearningOpens: string;
  postLearningCloses: string | null;
  electiveDeadline: string;
  impactAssessmentOn: string;
}

/** The Academy's habits: pre-learning opens 20 days before the week, the impact survey 4 months after. */
export const EDITION_DEFAULTS = { preLearningDaysBefore: 20, electiveDeadlineDaysBefore: 7, impactAssessmentMonthsAfter: 4 } as const;

/** Fills the dates an organizer left out from the face-to-face week. */
export function withDateDefaults(input: Partial<EditionDates> & Pick<EditionDates, 'faceToFaceStart' | 'faceToFaceEnd'>): EditionDates {
  const { faceToFaceStart: start, faceToFaceEnd: end } = input;
  return {
    faceToFaceStart: start,
    faceToFaceEnd: end,
    preLearningOpens: input.preLearningOpens ?? addDays(start, -EDITION_DEFAULTS.preLearningDaysBefore),
    preLearningCloses: input.preLearningCloses ?? addDays(start, -1),
    postLearningOpens: input.postLearningOpens ?? addDays(end, 1),
    postLearningCloses: input.postLearningCloses ?? null,
    electiveDeadline: input.electiveDeadline ?? addDays(start, -EDITION_DEFAULTS.electiveDeadlineDaysBefore),
    impactAssessmentOn: input.impactAssessmentOn ?? addMonths(end, EDITION_DEFAULTS.impactAssessmentMonthsAfter),
  };
}

export interface FieldIssueOf<K extends string = string> {
  path: K;
  code: FieldProblem;
}

/** Phases in order: pre-learning, the week, post-learning; the elective deadline before the week. */
export function editionDateProblems(d: EditionDates): FieldIssueOf<keyof EditionDates>[] {
  const problems: FieldIssueOf<keyof EditionDates>[] = [];
  const check = (ok: boolean, path: keyof EditionDates, code: FieldProblem): boolean => {
    if (!ok) problems.push({ path, code });
    return ok;
  };
  // Calendar dates as YYYY-MM-DD compare correctly as strings.
  check(d.faceToFaceEnd >= d.faceToFaceStart, 'faceToFaceEnd', 'end_before_start');
  check(d.preLearningOpens < d.faceToFaceStart, 'preLearningOpens', 'not_before_face_to_face');
  if (!check(d.preLearningCloses >= d.preLearningOpens, 'preLearningCloses', 'end_before_start')) {
    check(d.preLearningCloses < d.faceToFaceStart, 'preLearningCloses', 'not_before_face_to_face');
  }
  check(d.postLearningOpens > d.faceToFaceEnd, 'postLearningOpens', 'not_after_face_to_face');
  if (d.postLearningCloses !== null) check(d.postLearningCloses >= d.postLearningOpens, 'postLearningCloses', 'end_before_start');
  if (check(d.electiveDeadline < d.faceToFaceStart, 'electiveDeadline', 'not_before_face_to_face')) {
    check(d.electiveDeadline >= d.preLearningOpens, 'electiveDeadline', 'before_pre_learning');
  }
  check(d.impactAssessmentOn > d.faceToFaceEnd, 'impactAssessmentOn', 'not_after_face_to_face');
  return problems;
}

/** Languages, the title and the venue: the default language is offered, and the title and venue are written in it. */
export function editionTextProblems(e: {
  title: LocalizedText;
  venue: LocalizedText;
  defaultLanguage: Language;
  languages: readonly Language[];
}): FieldIssueOf[] {
  const problems: FieldIssueOf[] = [];
  if (!e.languages.includes(e.defaultLanguage)) problems.push({ path: 'defaultLanguage', code: 'default_language_not_offered' });
  if (!e.title[e.defaultLanguage]?.trim()) problems.push({ path: `title.${e.defaultLanguage}`, code: 'default_translation_required' });
  if (!e.venue[e.defaultLanguage]?.trim()) problems.push({ path: `venue.${e.defaultLanguage}`, code: 'default_translation_required' });
  return problems;
}

// ---- automatic sends of an edition (its timeline) ----------------------------------------------

/** What an edition sends by itself: survey invitations, reminders and closings, pre-learning reminders. */
export const AUTOMATIC_SEND_KINDS = ['survey_invitation', 'survey_reminder', 'survey_closing', 'learning_reminder'] as const;
export type AutomaticSendKind = (typeof AUTOMATIC_SEND_KINDS)[number];

/** planned: will go out at `at`; sent: went out; not_scheduled: a draft or blocked distribution; cancelled. */
export const AUTOMATIC_SEND_STATUSES = ['planned', 'sent', 'not_scheduled', 'cancelled'] as const;
export type AutomaticSendStatus = (typeof AUTOMATIC_SEND_STATUSES)[number];

export const automaticSendSchema = z.object({
  kind: z.enum(AUTOMATIC_SEND_KINDS),
  status: z.enum(AUTOMATIC_SEND_STATUSES),
  at: z.iso.datetime(),
  /** How many people it goes (or went) to. */
  recipients: z.number().int(),
  /** For survey sends: the survey, its kind and the distribution (the link to follow). */
  surveyId: z.uuid().nullable(),
  surveyKind: z.enum(SURVEY_KINDS).nullable(),
  distributionId: z.uuid().nullable(),
  /** For reminders: days after the opening (surveys) or before the face-to-face week (pre-learning). */
  day: z.number().int().nullable(),
  /**
   * Whether it moves with the edition's dates: false when an organizer set an automatic
   * distribution's dates by hand, null for a distribution an organizer created (never tied to them).
   */
  followsEdition: z.boolean().nullable(),
});
export type AutomaticSend = z.infer<typeof automaticSendSchema>;
