import { z } from 'zod';
import { csvDelimiterSchema, dateTimeInputSchema, markdownSchema } from './common.js';
import { programmeItemKindSchema } from '../domain.js';
import { languageSchema, localizedTextSchema } from '../locales.js';
import { LEARNING_RESOURCE_KINDS, PROGRESS_STATUSES, NEEDS_GROUPINGS } from './learning.values.js';
import { machineDraftMarkSchema } from './translation.js';

export * from './learning.values.js';

/** Only web links: javascript:, data: and the like are refused at the door. */
const httpUrlSchema = z.url({ protocol: /^https?$/ }).max(2000);

export const learningResourceSchema = z.strictObject({
  kind: z.enum(LEARNING_RESOURCE_KINDS),
  title: z.string().trim().min(1).max(200),
  url: httpUrlSchema,
  language: languageSchema,
  /** Size in kilobytes, shown before a download on a slow network. */
  sizeKb: z.number().int().min(0).max(10_000_000).nullable().optional(),
});
export type LearningResource = z.infer<typeof learningResourceSchema>;

const unitFieldsSchema = z.strictObject({
  title: localizedTextSchema.refine((text) => Object.values(text).some((value) => value?.trim()), { message: 'required' }),
  /** Markdown per language; rendered to sanitized HTML by the server. */
  body: z.strictObject({
    en: markdownSchema(20_000).optional(),
    es: markdownSchema(20_000).optional(),
    fr: markdownSchema(20_000).optional(),
    pt: markdownSchema(20_000).optional(),
  }),
  keyQuestions: z.array(localizedTextSchema).max(20),
  resources: z.array(learningResourceSchema).max(30),
  programmeItemId: z.uuid().nullable(),
  estimatedMinutes: z.number().int().min(1).max(600).nullable(),
});

export const createLearningUnitSchema = unitFieldsSchema;
export type CreateLearningUnit = z.infer<typeof createLearningUnitSchema>;

export const updateLearningUnitSchema = unitFieldsSchema.partial();
export type UpdateLearningUnit = z.infer<typeof updateLearningUnitSchema>;

export const reorderLearningUnitsSchema = z.strictObject({ unitIds: z.array(z.uuid()).min(1).max(500) });
export type ReorderLearningUnits = z.infer<typeof reorderLearningUnitsSchema>;

export const learningSettingsSchema = z.strictObject({ reminderDaysBefore: z.number().int().min(1).max(60) });
export type LearningSettings = z.infer<typeof learningSettingsSchema>;

export const markdownPreviewSchema = z.strictObject({ markdown: markdownSchema(20_000) });
export const renderedMarkdownSchema = z.object({ html: z.string() });
export type RenderedMarkdown = z.infer<typeof renderedMarkdownSchema>;

/** A progress write: idempotent (replaying it changes nothing) and monotonic (completion sticks). */
export const learningProgressUpdateSchema = z.strictObject({
  completed: z.boolean().optional(),
  /** When it happened on the device (offline writes arrive later); clamped to the server's now. */
  at: dateTimeInputSchema.optional(),
});
export type LearningProgressUpdate = z.infer<typeof learningProgressUpdateSchema>;

export const unitProgressSchema = z.object({ openedAt: z.iso.datetime().nullable(), completedAt: z.iso.datetime().nullable() });
export type UnitProgress = z.infer<typeof unitProgressSchema>;

const itemRefSchema = z.object({ id: z.uuid(), kind: programmeItemKindSchema, number: z.number().int(), title: localizedTextSchema }).nullable();

export const learningUnitSummarySchema = z.object({
  id: z.uuid(),
  position: z.number().int(),
  title: localizedTextSchema,
  programmeItem: itemRefSchema,
  estimatedMinutes: z.number().int().nullable(),
  /** Languages whose title or body is missing. */
  missingLanguages: z.array(languageSchema),
  canEdit: z.boolean(),
  progress: unitProgressSchema.nullable(),
});
export type LearningUnitSummary = z.infer<typeof learningUnitSummarySchema>;

/** Where the caller stands with the edition's pre-assessment. */
export const preAssessmentStatusSchema = z.object({
  surveyId: z.uuid().nullable(),
  /** The caller's own open invitation (participants). */
  invitationId: z.uuid().nullable(),
  responded: z.boolean(),
  closesAt: z.iso.datetime().nullable(),
});
export type PreAssessmentStatus = z.infer<typeof preAssessmentStatusSchema>;

export const learningPackageSchema = z.object({
  editionId: z.uuid(),
  defaultLanguage: languageSchema,
  languages: z.array(languageSchema),
  timeZone: z.string(),
  opensOn: z.iso.date(),
  faceToFaceStart: z.iso.date(),
  open: z.boolean(),
  reminderDaysBefore: z.number().int(),
  canCreate: z.boolean(),
  /** Programme items the caller may attach units to; null when any (organizers). */
  editableItemIds: z.array(z.uuid()).nullable(),
  units: z.array(learningUnitSummarySchema),
  /** The edition's pre-assessment of needs, as it concerns the caller. */
  preAssessment: preAssessmentStatusSchema,
  /** The caller's own progress (participants only). */
  progress: z.object({ completed: z.number().int(), total: z.number().int(), percent: z.number().int(), nextUnitId: z.uuid().nullable() }).nullable(),
});
export type LearningPackage = z.infer<typeof learningPackageSchema>;

export const learningUnitSchema = learningUnitSummarySchema.extend({
  editionId: z.uuid(),
  body: localizedTextSchema,
  keyQuestions: z.array(localizedTextSchema),
  resources: z.array(learningResourceSchema),
  /** The body in `shownLanguage`, as sanitized HTML. */
  html: z.string(),
  requestedLanguage: languageSchema,
  shownLanguage: languageSchema,
  previousUnitId: z.uuid().nullable(),
  nextUnitId: z.uuid().nullable(),
  updatedAt: z.iso.datetime(),
  /** Values filled by machine translation and not reviewed yet (`title`, `body`, `keyQuestions.<i>`). */
  machineDrafts: z.array(machineDraftMarkSchema),
});
export type LearningUnit = z.infer<typeof learningUnitSchema>;

export const unitQuerySchema = z.strictObject({ language: languageSchema.optional() });

export const progressQuerySchema = z.strictObject({
  cohortId: z.uuid().optional(),
  programmeItemId: z.uuid().optional(),
  status: z.enum(PROGRESS_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  /** The CSV export only. */
  delimiter: csvDelimiterSchema.optional(),
});
export type ProgressQuery = z.infer<typeof progressQuerySchema>;

export const participantProgressSchema = z.object({
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  country: z.string().nullable(),
  cohort: z.string().nullable(),
  opened: z.number().int(),
  completed: z.number().int(),
  total: z.number().int(),
  percent: z.number().int(),
  status: z.enum(PROGRESS_STATUSES),
  lastActivityAt: z.iso.datetime().nullable(),
});
export type ParticipantProgress = z.infer<typeof participantProgressSchema>;

export const progressDashboardSchema = z.object({
  /** What the caller may filter by. */
  cohorts: z.array(z.object({ id: z.uuid(), name: z.string() })),
  modules: z.array(itemRefSchema.unwrap()),
  /** Share of the package a participant should have completed by today. */
  expectedPercent: z.number().int(),
  totals: z.object({
    participants: z.number().int(),
    notStarted: z.number().int(),
    behind: z.number().int(),
    onTrack: z.number().int(),
    completed: z.number().int(),
  }),
  /** Cumulative unit completions per day (edition time zone). */
  overTime: z.array(z.object({ date: z.iso.date(), completions: z.number().int() })),
  rows: z.array(participantProgressSchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});
export type ProgressDashboard = z.infer<typeof progressDashboardSchema>;

// ---- pre-assessment of needs (a survey of kind pre_assessment, built on the survey engine) ----

export const needsQuerySchema = z.strictObject({
  groupBy: z.enum(NEEDS_GROUPINGS).default('cohort'),
  programmeItemId: z.uuid().optional(),
});
export type NeedsQuery = z.infer<typeof needsQuerySchema>;

/** Self-rated knowledge 1–5: how many chose each point, and the mean. */
export const ratingSummarySchema = z.object({
  count: z.number().int(),
  mean: z.number().nullable(),
  distribution: z.array(z.number().int()).length(5),
});
export type RatingSummary = z.infer<typeof ratingSummarySchema>;

export const moduleNeedsSchema = z.object({
  item: z.object({ id: z.uuid(), kind: programmeItemKindSchema, number: z.number().int(), title: localizedTextSchema }),
  overall: ratingSummarySchema,
  /** Per group: a cohort id, a constituency group or an ILO region code; null for "not stated". */
  groups: z.array(ratingSummarySchema.extend({ group: z.string().nullable(), label: z.string().nullable() })),
  comments: z.array(z.object({ text: z.string(), name: z.string().nullable(), group: z.string().nullable(), rating: z.number().int().nullable() })),
});
export type ModuleNeeds = z.infer<typeof moduleNeedsSchema>;

export const learningNeedsSchema = z.object({
  surveyId: z.uuid().nullable(),
  responses: z.number().int(),
  groupBy: z.enum(NEEDS_GROUPINGS),
  modules: z.array(moduleNeedsSchema),
  /** What participants expect of the Academy (free text), for the whole edition. */
  expectations: z.array(z.object({ text: z.string(), name: z.string().nullable(), group: z.string().nullable() })),
});
export type LearningNeeds = z.infer<typeof learningNeedsSchema>;
