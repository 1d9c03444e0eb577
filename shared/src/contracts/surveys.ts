import { z } from 'zod';
import { csvDelimiterSchema, dateTimeInputSchema } from './common.js';
import { CONSTITUENCY_GROUPS, ENROLMENT_STATUSES, ILO_REGIONS, roleSchema } from '../domain.js';
import { LANGUAGES, languageSchema, localize, localizedTextSchema, missingLanguages, type Language, type LocalizedText } from '../locales.js';
import {
  SURVEY_KINDS,
  QUESTION_TYPES,
  CLOSED_QUESTION_TYPES,
  LIKERT_POINTS,
  RATING_MAX,
  SHORT_TEXT_MAX,
  LONG_TEXT_MAX,
  INTERVIEW_STATUSES,
  INTERVIEW_OUTCOMES,
  type QuestionType,
} from './surveys.values.js';
import { machineDraftMarkSchema } from './translation.js';

export * from './surveys.values.js';

// ---------------------------------------------------------------------------------------------
// The survey engine: kinds, question types, content, and the rules that client and server share
// (which questions show, which answers are valid, which translations are missing).
// ---------------------------------------------------------------------------------------------

export const surveyKindSchema = z.enum(SURVEY_KINDS);

export const questionTypeSchema = z.enum(QUESTION_TYPES);

/** Question keys that the interview follow-up reads (the impact template uses them). */
export const INTERVIEW_KEYS = { initiative: 'initiative_linked', accept: 'interview_accept' } as const;

/** A stable, machine-readable key: CSV column, condition target, pre/impact comparison. */
export const surveyKeySchema = z.string().regex(/^[a-z][a-z0-9_]{0,59}$/, { message: 'invalid_format' });

export const questionOptionSchema = z.strictObject({ value: surveyKeySchema, label: localizedTextSchema });
export type QuestionOption = z.infer<typeof questionOptionSchema>;

/** Show a question only when an earlier closed question's answer is one of `anyOf`. */
export const questionConditionSchema = z.strictObject({ question: surveyKeySchema, anyOf: z.array(z.string().max(60)).min(1).max(30) });
export type QuestionCondition = z.infer<typeof questionConditionSchema>;

export const surveyQuestionSchema = z.strictObject({
  key: surveyKeySchema,
  type: questionTypeSchema,
  text: localizedTextSchema,
  help: localizedTextSchema.default({}),
  required: z.boolean(),
  options: z.array(questionOptionSchema).max(40).default([]),
  /** Likert: one label per point (5) or none; rating: the two ends (0 and 10) or none. */
  scaleLabels: z.array(localizedTextSchema).max(LIKERT_POINTS).default([]),
  showIf: questionConditionSchema.nullable().default(null),
});
export type SurveyQuestion = z.infer<typeof surveyQuestionSchema>;

export const surveySectionSchema = z.strictObject({
  key: surveyKeySchema,
  title: localizedTextSchema,
  description: localizedTextSchema.default({}),
  questions: z.array(surveyQuestionSchema).max(100),
});
export type SurveySection = z.infer<typeof surveySectionSchema>;

export const surveyContentSchema = z
  .strictObject({
    title: localizedTextSchema,
    intro: localizedTextSchema.default({}),
    sections: z.array(surveySectionSchema).min(1).max(30),
  })
  .superRefine((content, context) => {
    for (const issue of contentIssues(content)) context.addIssue({ code: 'custom', path: issue.path, message: issue.problem });
  });
export type SurveyContent = z.infer<typeof surveyContentSchema>;

/** Structural problems the schema alone cannot see: duplicate keys, options, bad conditions. */
export function contentIssues(
  content: Pick<SurveyContent, 'sections'>,
): { path: (string | number)[]; problem: 'invalid' | 'required' | 'invalid_value' }[] {
  const issues: { path: (string | number)[]; problem: 'invalid' | 'required' | 'invalid_value' }[] = [];
  const seen = new Map<string, SurveyQuestion>();
  const sectionKeys = new Set<string>();
  content.sections.forEach((section, s) => {
    if (sectionKeys.has(section.key)) issues.push({ path: ['sections', s, 'key'], problem: 'invalid' });
    sectionKeys.add(section.key);
    section.questions.forEach((question, q) => {
      const at = (...rest: (string | number)[]) => ['sections', s, 'questions', q, ...rest];
      if (seen.has(question.key)) issues.push({ path: at('key'), problem: 'invalid' });
      const choice = question.type === 'single_choice' || question.type === 'multiple_choice';
      if (choice && question.options.length < 2) issues.push({ path: at('options'), problem: 'required' });
      if (new Set(question.options.map((o) => o.value)).size !== question.options.length) issues.push({ path: at('options'), problem: 'invalid' });
      if (question.type === 'likert' && ![0, LIKERT_POINTS].includes(question.scaleLabels.length))
        issues.push({ path: at('scaleLabels'), problem: 'invalid' });
      if (question.type === 'rating' && ![0, 2].includes(question.scaleLabels.length)) issues.push({ path: at('scaleLabels'), problem: 'invalid' });
      if (question.showIf) {
        const target = seen.get(question.showIf.question);
        if (!target || !CLOSED_QUESTION_TYPES.includes(target.type)) issues.push({ path: at('showIf', 'question'), problem: 'invalid_value' });
        else if (question.showIf.anyOf.some((value) => !allowedValues(target).includes(value)))
          issues.push({ path: at('showIf', 'anyOf'), problem: 'invalid_value' });
      }
      seen.set(question.key, question);
    });
  });
  return issues;
}

/** What the rules need of a question: the API's localized form and the stored form both have it. */
export interface QuestionShape {
  key: string;
  type: QuestionType;
  required: boolean;
  options: { value: string }[];
  showIf: QuestionCondition | null;
}
export interface ContentShape<Q extends QuestionShape = QuestionShape> {
  sections: { questions: Q[] }[];
}

/** The values a closed question can take, as strings (conditions compare strings). */
export function allowedValues(question: Pick<QuestionShape, 'type' | 'options'>): string[] {
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice':
      return question.options.map((o) => o.value);
    case 'likert':
      return Array.from({ length: LIKERT_POINTS }, (_, i) => String(i + 1));
    case 'rating':
      return Array.from({ length: RATING_MAX + 1 }, (_, i) => String(i));
    case 'yes_no':
      return ['yes', 'no'];
    case 'short_text':
    case 'long_text':
      return [];
  }
}

export function allQuestions<Q extends QuestionShape>(content: ContentShape<Q>): Q[] {
  return content.sections.flatMap((section) => section.questions);
}

// ---- answers ----------------------------------------------------------------------------------

export const answerValueSchema = z.union([z.string().max(LONG_TEXT_MAX), z.number(), z.array(z.string().max(60)).max(40)]);
export type AnswerValue = z.infer<typeof answerValueSchema>;
export const answersSchema = z
  .record(surveyKeySchema, answerValueSchema)
  .refine((answers) => Object.keys(answers).length <= 500, { message: 'too_big' });
export type Answers = z.infer<typeof answersSchema>;

function isEmpty(value: AnswerValue | undefined): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0) || (typeof value === 'string' && value.trim() === '');
}

/** Whether a question shows, given the answers so far (a hidden question's condition hides it too). */
export function isVisible(question: QuestionShape, answers: Answers, byKey: Map<string, QuestionShape>): boolean {
  if (!question.showIf) return true;
  const target = byKey.get(question.showIf.question);
  if (!target || !isVisible(target, answers, byKey)) return false;
  const value = answers[target.key];
  if (isEmpty(value)) return false;
  const given = Array.isArray(value) ? value : [String(value)];
  return given.some((v) => question.showIf!.anyOf.includes(v));
}

export type AnswerProblem = 'required' | 'invalid_value' | 'invalid_type' | 'too_big';

/**
 * Checks answers against the survey. Returns the cleaned answers (hidden and unknown questions
 * dropped, text trimmed) and the problems per question key.
 */
export function checkAnswers(content: ContentShape, answers: Answers): { clean: Answers; problems: Record<string, AnswerProblem> } {
  const questions = allQuestions(content);
  const byKey = new Map<string, QuestionShape>(questions.map((q) => [q.key, q]));
  const clean: Answers = {};
  const problems: Record<string, AnswerProblem> = {};
  for (const question of questions) {
    if (!isVisible(question, answers, byKey)) continue;
    const value = typeof answers[question.key] === 'string' ? (answers[question.key] as string).trim() : answers[question.key];
    if (isEmpty(value)) {
      if (question.required) problems[question.key] = 'required';
      continue;
    }
    const problem = answerProblem(question, value!);
    if (problem) problems[question.key] = problem;
    else clean[question.key] = value!;
  }
  return { clean, problems };
}

function answerProblem(question: QuestionShape, value: AnswerValue): AnswerProblem | undefined {
  const allowed = allowedValues(question);
  switch (question.type) {
    case 'single_choice':
    case 'yes_no':
      return typeof value !== 'string' ? 'invalid_type' : allowed.includes(value) ? undefined : 'invalid_value';
    case 'multiple_choice':
      if (!Array.isArray(value)) return 'invalid_type';
      return value.every((v) => allowed.includes(v)) && new Set(value).size === value.length ? undefined : 'invalid_value';
    case 'likert':
    case 'rating':
      return typeof value !== 'number' ? 'invalid_type' : Number.isInteger(value) && allowed.includes(String(value)) ? undefined : 'invalid_value';
    case 'short_text':
      return typeof value !== 'string' ? 'invalid_type' : value.length > SHORT_TEXT_MAX ? 'too_big' : undefined;
    case 'long_text':
      return typeof value !== 'string' ? 'invalid_type' : value.length > LONG_TEXT_MAX ? 'too_big' : undefined;
  }
}

// ---- translations -----------------------------------------------------------------------------

/** Every localized text of a survey with a readable path (sections.0.questions.2.text, …). */
export function surveyTexts(content: SurveyContent): { path: string; text: LocalizedText; optional: boolean }[] {
  const texts: { path: string; text: LocalizedText; optional: boolean }[] = [
    { path: 'title', text: content.title, optional: false },
    { path: 'intro', text: content.intro, optional: true },
  ];
  content.sections.forEach((section, s) => {
    texts.push({ path: `sections.${s}.title`, text: section.title, optional: false });
    texts.push({ path: `sections.${s}.description`, text: section.description, optional: true });
    section.questions.forEach((question, q) => {
      const base = `sections.${s}.questions.${q}`;
      texts.push({ path: `${base}.text`, text: question.text, optional: false });
      texts.push({ path: `${base}.help`, text: question.help, optional: true });
      question.options.forEach((option, o) => texts.push({ path: `${base}.options.${o}.label`, text: option.label, optional: false }));
      question.scaleLabels.forEach((label, l) => texts.push({ path: `${base}.scaleLabels.${l}`, text: label, optional: false }));
    });
  });
  return texts;
}

/**
 * Texts missing per language. An optional text (intro, help, description) counts as missing in a
 * language only when some other language has it.
 */
export function missingTranslations(content: SurveyContent): Record<Language, string[]> {
  const missing = Object.fromEntries(LANGUAGES.map((l) => [l, [] as string[]])) as Record<Language, string[]>;
  for (const { path, text, optional } of surveyTexts(content)) {
    if (optional && missingLanguages(text).length === LANGUAGES.length) continue;
    for (const language of missingLanguages(text)) missing[language].push(path);
  }
  return missing;
}

/** The survey as one language reads it, falling back to `fallback` where a text is missing. */
export function localizeContent(content: SurveyContent, language: Language, fallback: Language): LocalizedSurvey {
  const l = (text: LocalizedText) => localize(text, language, fallback);
  return {
    title: l(content.title),
    intro: l(content.intro),
    sections: content.sections.map((section) => ({
      key: section.key,
      title: l(section.title),
      description: l(section.description),
      questions: section.questions.map((q) => ({
        key: q.key,
        type: q.type,
        text: l(q.text),
        help: l(q.help),
        required: q.required,
        options: q.options.map((o) => ({ value: o.value, label: l(o.label) })),
        scaleLabels: q.scaleLabels.map(l),
        showIf: q.showIf,
      })),
    })),
  };
}

// ---- what the API answers and accepts ----------------------------------------------------------

export const localizedQuestionSchema = z.object({
  key: z.string(),
  type: questionTypeSchema,
  text: z.string(),
  help: z.string(),
  required: z.boolean(),
  options: z.array(z.object({ value: z.string(), label: z.string() })),
  scaleLabels: z.array(z.string()),
  showIf: questionConditionSchema.nullable(),
});
export const localizedSurveySchema = z.object({
  title: z.string(),
  intro: z.string(),
  sections: z.array(z.object({ key: z.string(), title: z.string(), description: z.string(), questions: z.array(localizedQuestionSchema) })),
});
export type LocalizedSurvey = z.infer<typeof localizedSurveySchema>;

export const DISTRIBUTION_STATUSES = ['draft', 'scheduled', 'blocked', 'open', 'closed', 'cancelled'] as const;
export type DistributionStatus = (typeof DISTRIBUTION_STATUSES)[number];

export const audienceSchema = z.strictObject({
  /** Empty: the whole edition. */
  cohortIds: z.array(z.uuid()).max(100).default([]),
  statuses: z.array(z.enum(ENROLMENT_STATUSES)).min(1).default(['active']),
  roles: z.array(roleSchema).min(1).default(['participant']),
});
export type Audience = z.infer<typeof audienceSchema>;

const reminderDaysSchema = z
  .array(z.number().int().min(1).max(90))
  .max(5)
  .refine((days) => new Set(days).size === days.length, { message: 'invalid' })
  .transform((days) => [...days].sort((a, b) => a - b));

const distributionFieldsSchema = z.strictObject({
  audience: audienceSchema,
  opensAt: dateTimeInputSchema,
  closesAt: dateTimeInputSchema,
  reminderDays: reminderDaysSchema,
});

export const createDistributionRequestSchema = distributionFieldsSchema
  .extend({ schedule: z.boolean().default(true) })
  .refine((d) => Date.parse(d.closesAt) > Date.parse(d.opensAt), { path: ['closesAt'], message: 'invalid' });
export type CreateDistributionRequest = z.infer<typeof createDistributionRequestSchema>;

export const updateDistributionRequestSchema = distributionFieldsSchema.partial();
export type UpdateDistributionRequest = z.infer<typeof updateDistributionRequestSchema>;

export const distributionSchema = z.object({
  id: z.uuid(),
  surveyId: z.uuid(),
  status: z.enum(DISTRIBUTION_STATUSES),
  audience: audienceSchema,
  opensAt: z.iso.datetime(),
  closesAt: z.iso.datetime(),
  reminderDays: z.array(z.number().int()),
  /** Why a scheduled distribution could not open (e.g. survey_translation_missing). */
  blockedReason: z.string().nullable(),
  recipients: z.number().int(),
  responded: z.number().int(),
  /** Scheduled for the edition by default (general and impact assessments), not by an organizer. */
  automatic: z.boolean(),
  /** An automatic distribution moves with the edition's dates until an organizer edits its dates by hand. */
  followsEdition: z.boolean(),
});
export type Distribution = z.infer<typeof distributionSchema>;

export const translationStatusSchema = z.object({ language: languageSchema, missing: z.array(z.string()) });

export const surveySummarySchema = z.object({
  id: z.uuid(),
  editionId: z.uuid(),
  kind: surveyKindSchema,
  anonymous: z.boolean(),
  title: localizedTextSchema,
  /** Set at the first invitation: anonymity and question structure are fixed from then on. */
  lockedAt: z.iso.datetime().nullable(),
  responses: z.number().int(),
  /** Anonymous surveys: results show no group of fewer responses than this. */
  minGroupSize: z.number().int(),
  distributions: z.array(distributionSchema),
});
export type SurveySummary = z.infer<typeof surveySummarySchema>;

export const surveyDetailSchema = surveySummarySchema.extend({
  acceptFallback: z.boolean(),
  defaultLanguage: languageSchema,
  editionLanguages: z.array(languageSchema),
  content: surveyContentSchema,
  translations: z.array(translationStatusSchema),
  /** Texts filled by machine translation and not reviewed yet (empty when the platform does not translate). */
  machineDrafts: z.array(machineDraftMarkSchema),
});
export type SurveyDetail = z.infer<typeof surveyDetailSchema>;

/** The smallest group of anonymous responses results may show; 5 unless the organizer says otherwise, never below 3. */
export const MIN_GROUP_SIZE_DEFAULT = 5;
export const minGroupSizeSchema = z.number().int().min(3).max(1_000);

export const createSurveyRequestSchema = z.strictObject({
  kind: surveyKindSchema,
  anonymous: z.boolean().optional(),
  minGroupSize: minGroupSizeSchema.optional(),
  /** Omitted: the kind's ready-made template. */
  content: surveyContentSchema.optional(),
});
export type CreateSurveyRequest = z.infer<typeof createSurveyRequestSchema>;

export const updateSurveyRequestSchema = z.strictObject({
  anonymous: z.boolean().optional(),
  minGroupSize: minGroupSizeSchema.optional(),
  /** Send with missing translations, showing the edition's default language where a text is missing. */
  acceptFallback: z.boolean().optional(),
  content: surveyContentSchema.optional(),
});
export type UpdateSurveyRequest = z.infer<typeof updateSurveyRequestSchema>;

// ---- progress of a distribution ----------------------------------------------------------------

export const SURVEY_MESSAGE_KINDS = ['invitation', 'reminder', 'resend'] as const;
export type SurveyMessageKind = (typeof SURVEY_MESSAGE_KINDS)[number];
export const MESSAGE_STATUSES = ['queued', 'sent', 'failed', 'skipped'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export const distributionProgressSchema = z.object({
  recipients: z.number().int(),
  responded: z.number().int(),
  messages: z.array(z.object({ kind: z.enum(SURVEY_MESSAGE_KINDS), status: z.enum(MESSAGE_STATUSES), count: z.number().int() })),
});
export type DistributionProgress = z.infer<typeof distributionProgressSchema>;

export const recipientListQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  status: z.enum(MESSAGE_STATUSES).optional(),
  search: z.string().trim().max(200).optional(),
});
export type RecipientListQuery = z.infer<typeof recipientListQuerySchema>;

export const recipientSchema = z.object({
  invitationId: z.uuid(),
  name: z.string(),
  email: z.string(),
  language: languageSchema,
  cohort: z.string().nullable(),
  /** Null in an anonymous survey: who responded is kept only to stop reminders. */
  responded: z.boolean().nullable(),
  lastMessage: z
    .object({
      kind: z.enum(SURVEY_MESSAGE_KINDS),
      status: z.enum(MESSAGE_STATUSES),
      error: z.string().nullable(),
      sentAt: z.iso.datetime().nullable(),
    })
    .nullable(),
});
export type Recipient = z.infer<typeof recipientSchema>;

// ---- responding ---------------------------------------------------------------------------------

export const surveyFormSchema = z.object({
  language: languageSchema,
  languages: z.array(languageSchema),
  kind: surveyKindSchema,
  anonymous: z.boolean(),
  editionTitle: z.string(),
  closesAt: z.iso.datetime(),
  /** The survey's time zone (its edition's): the closing moment is told in it. */
  timeZone: z.string(),
  /** Minutes it takes, as the invitation says (estimatedMinutes). */
  estimatedMinutes: z.number().int(),
  survey: localizedSurveySchema,
  /** Some text shown in `language` is a machine translation nobody has reviewed yet: the form says so. */
  machineTranslated: z.boolean(),
  draft: answersSchema.nullable(),
});
export type SurveyForm = z.infer<typeof surveyFormSchema>;

export const surveyFormQuerySchema = z.strictObject({ language: languageSchema.optional() });
export const saveAnswersRequestSchema = z.strictObject({ answers: answersSchema });
export type SaveAnswersRequest = z.infer<typeof saveAnswersRequestSchema>;
export const submittedResponseSchema = z.object({ submittedOn: z.iso.date() });

export const mySurveySchema = z.object({
  invitationId: z.uuid(),
  kind: surveyKindSchema,
  title: z.string(),
  editionTitle: z.string(),
  closesAt: z.iso.datetime(),
  responded: z.boolean(),
});
export type MySurvey = z.infer<typeof mySurveySchema>;
export const surveyLinkSchema = z.object({ token: z.string() });

// ---- results -------------------------------------------------------------------------------------

export const BREAKDOWN_DIMENSIONS = ['cohort', 'country', 'ilo_region', 'constituency_group', 'language'] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];

export const resultsQuerySchema = z.strictObject({
  dimension: z.enum(BREAKDOWN_DIMENSIONS).default('language'),
  /** Only responses of this group of the dimension. */
  group: z.string().max(100).optional(),
  language: languageSchema.optional(),
});
export type ResultsQuery = z.infer<typeof resultsQuerySchema>;

export const questionResultSchema = z.object({
  key: z.string(),
  type: questionTypeSchema,
  text: z.string(),
  section: z.string(),
  answered: z.number().int(),
  /** Choices and yes/no: one count per option, in the survey's order. */
  options: z.array(z.object({ value: z.string(), label: z.string(), count: z.number().int() })),
  /** Likert and rating: counts per point, and the mean. */
  scale: z.array(z.object({ value: z.number().int(), label: z.string(), count: z.number().int() })),
  mean: z.number().nullable(),
  /** Text questions: the latest few answers (the full list pages through /answers). */
  texts: z.array(z.string()),
});
export type QuestionResult = z.infer<typeof questionResultSchema>;

export const surveyResultsSchema = z.object({
  surveyId: z.uuid(),
  anonymous: z.boolean(),
  invited: z.number().int(),
  responses: z.number().int(),
  timeline: z.array(z.object({ day: z.iso.date(), responses: z.number().int(), cumulative: z.number().int() })),
  dimension: z.enum(BREAKDOWN_DIMENSIONS),
  groups: z.array(z.object({ value: z.string(), label: z.string(), invited: z.number().int().nullable(), responses: z.number().int() })),
  /** Dimensions available for this survey (anonymous surveys keep only the response language). */
  dimensions: z.array(z.enum(BREAKDOWN_DIMENSIONS)),
  questions: z.array(questionResultSchema),
  /** Anonymous surveys: the smallest group shown (null when identified). */
  minGroupSize: z.number().int().nullable(),
  /** Answers withheld: the group asked for (or the whole) is smaller than minGroupSize, or would give one away by subtraction. */
  suppressed: z.boolean(),
  /** Anonymous surveys: when the responses shown were published (they change only in batches). */
  publishedAt: z.iso.datetime().nullable(),
});
export type SurveyResults = z.infer<typeof surveyResultsSchema>;

export const textAnswersQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const comparisonQuerySchema = z.strictObject({ with: z.uuid(), language: languageSchema.optional() });
export const comparisonSchema = z.object({
  before: z.object({ surveyId: z.uuid(), title: z.string(), responses: z.number().int() }),
  after: z.object({ surveyId: z.uuid(), title: z.string(), responses: z.number().int() }),
  questions: z.array(z.object({ key: z.string(), text: z.string(), before: questionResultSchema, after: questionResultSchema })),
});
export type Comparison = z.infer<typeof comparisonSchema>;
export const exportQuerySchema = z.strictObject({ language: languageSchema.default('en'), delimiter: csvDelimiterSchema.optional() });

// ---- interviews ----------------------------------------------------------------------------------

export const interviewSchema = z.object({
  id: z.uuid(),
  surveyId: z.uuid(),
  participant: z.object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    language: languageSchema,
    country: z.string().nullable(),
    constituencyGroup: z.enum(CONSTITUENCY_GROUPS).nullable(),
    iloRegion: z.enum(ILO_REGIONS).nullable(),
    timeZone: z.string(),
  }),
  cohort: z.string().nullable(),
  status: z.enum(INTERVIEW_STATUSES),
  /** What the respondent said about their initiative (countries, modality, partners). */
  initiative: z.record(z.string(), z.string()),
  startsAt: z.iso.datetime().nullable(),
  durationMinutes: z.number().int().nullable(),
  meetingLink: z.string().nullable(),
  interviewer: z.string().nullable(),
  participantMessage: z.string().nullable(),
  notes: z.string(),
  outcome: z.enum(INTERVIEW_OUTCOMES).nullable(),
  editionTimeZone: z.string(),
});
export type Interview = z.infer<typeof interviewSchema>;

export const interviewListSchema = z.object({
  items: z.array(interviewSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  summary: z.object({
    byStatus: z.array(z.object({ status: z.enum(INTERVIEW_STATUSES), count: z.number().int() })),
    byOutcome: z.array(z.object({ outcome: z.enum(INTERVIEW_OUTCOMES), count: z.number().int() })),
  }),
});
export type InterviewList = z.infer<typeof interviewListSchema>;
export const interviewListQuerySchema = textAnswersQuerySchema;

export const proposeInterviewRequestSchema = z.strictObject({
  startsAt: dateTimeInputSchema,
  durationMinutes: z.number().int().min(10).max(240),
  meetingLink: z.url({ protocol: /^https?$/ }).max(500),
  note: z.string().trim().max(2000).default(''),
});
export type ProposeInterviewRequest = z.infer<typeof proposeInterviewRequestSchema>;

export const recordInterviewRequestSchema = z.strictObject({
  notes: z.string().max(20_000).optional(),
  outcome: z.enum(INTERVIEW_OUTCOMES).nullable().optional(),
  status: z.enum(['done', 'cancelled']).optional(),
});
export type RecordInterviewRequest = z.infer<typeof recordInterviewRequestSchema>;

export const myInterviewSchema = z.object({
  id: z.uuid(),
  status: z.enum(INTERVIEW_STATUSES),
  surveyTitle: z.string(),
  startsAt: z.iso.datetime().nullable(),
  durationMinutes: z.number().int().nullable(),
  meetingLink: z.string().nullable(),
  interviewer: z.string().nullable(),
  editionTimeZone: z.string(),
});
export type MyInterview = z.infer<typeof myInterviewSchema>;
export const rescheduleInterviewRequestSchema = z.strictObject({ message: z.string().trim().min(1).max(2000) });
export type RescheduleInterviewRequest = z.infer<typeof rescheduleInterviewRequestSchema>;

// ---- audience choices ---------------------------------------------------------------------------

export const surveyAudienceSchema = z.object({
  cohorts: z.array(z.object({ id: z.uuid(), name: z.string(), participants: z.number().int() })),
  byStatus: z.array(z.object({ status: z.enum(ENROLMENT_STATUSES), participants: z.number().int() })),
});
export type SurveyAudience = z.infer<typeof surveyAudienceSchema>;
