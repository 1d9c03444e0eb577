import { z } from 'zod';
import { countrySchema } from '../countries.js';
import { modalitySchema } from '../domain.js';
import { languageSchema, localizedTextSchema, type Language } from '../locales.js';
import { markdownSchema } from './common.js';
import { PRACTICE_LINK_KINDS, PRACTICE_REGIONS, PRACTICE_REVIEW_ACTIONS, PRACTICE_STATUSES, PRACTICES_PAGE_SIZE } from './practices.values.js';

export * from './practices.values.js';

export const practiceRegionSchema = z.enum(PRACTICE_REGIONS);
export const practiceStatusSchema = z.enum(PRACTICE_STATUSES);
export const sdgSchema = z.coerce.number().int().min(1).max(17);

const yearSchema = z.number().int().min(1900).max(2999);

/** A short text per language (titles, summaries, theme names). */
const shortLocalizedSchema = z.strictObject({
  en: z.string().trim().max(2_000).optional(),
  es: z.string().trim().max(2_000).optional(),
  fr: z.string().trim().max(2_000).optional(),
  pt: z.string().trim().max(2_000).optional(),
});

/** The full description: Markdown per language, rendered safely like learning units. */
const descriptionSchema = z.strictObject({
  en: markdownSchema(20_000).optional(),
  es: markdownSchema(20_000).optional(),
  fr: markdownSchema(20_000).optional(),
  pt: markdownSchema(20_000).optional(),
});

export const practiceLinkSchema = z.strictObject({
  kind: z.enum(PRACTICE_LINK_KINDS),
  label: z.string().trim().min(1).max(200),
  url: z
    .string()
    .trim()
    .max(2_000)
    .pipe(z.url({ protocol: /^https?$/, message: 'invalid_format' })),
});
export type PracticeLink = z.infer<typeof practiceLinkSchema>;

const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((list) => new Set(list).size === list.length, { message: 'invalid' });

/** What an author writes. The title is required in the practice's own language, which is also its fallback. */
export const practiceInputSchema = z
  .strictObject({
    language: languageSchema,
    title: shortLocalizedSchema,
    summary: shortLocalizedSchema.default({}),
    description: descriptionSchema.default({}),
    region: practiceRegionSchema,
    countries: uniqueList(countrySchema, 60).default([]),
    modality: modalitySchema,
    themeIds: uniqueList(z.uuid(), 12).default([]),
    sdgs: uniqueList(sdgSchema, 17).default([]),
    periodStart: yearSchema.nullable().default(null),
    periodEnd: yearSchema.nullable().default(null),
    partners: uniqueList(z.string().trim().min(1).max(200), 30).default([]),
    links: z.array(practiceLinkSchema).max(20).default([]),
    contactIds: uniqueList(z.uuid(), 10).default([]),
  })
  .refine((input) => !!input.title[input.language]?.trim(), { message: 'default_translation_required', path: ['title'] })
  .refine((input) => input.periodStart === null || input.periodEnd === null || input.periodStart <= input.periodEnd, {
    message: 'end_before_start',
    path: ['periodEnd'],
  });
export type PracticeInput = z.input<typeof practiceInputSchema>;
export type PracticeFields = z.output<typeof practiceInputSchema>;

/** `GET /api/practices`: published practices, searched in the four languages and narrowed by facets. */
export const practiceListQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  region: practiceRegionSchema.optional(),
  country: countrySchema.optional(),
  modality: modalitySchema.optional(),
  theme: z.uuid().optional(),
  sdg: sdgSchema.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(PRACTICES_PAGE_SIZE),
});
export type PracticeListQuery = z.infer<typeof practiceListQuerySchema>;

export const practiceThemeSchema = z.object({ id: z.uuid(), key: z.string(), name: localizedTextSchema });
export type PracticeTheme = z.infer<typeof practiceThemeSchema>;

export const practiceThemeInputSchema = z.strictObject({
  key: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'invalid_value' }),
  name: shortLocalizedSchema.refine((name) => Object.values(name).some((value) => !!value?.trim()), { message: 'required' }),
});
export type PracticeThemeInput = z.infer<typeof practiceThemeInputSchema>;

export const practicePersonSchema = z.object({ id: z.uuid(), name: z.string(), organisation: z.string().nullable(), country: z.string().nullable() });
export type PracticePerson = z.infer<typeof practicePersonSchema>;

export const practiceSummarySchema = z.object({
  id: z.uuid(),
  language: languageSchema,
  title: localizedTextSchema,
  summary: localizedTextSchema,
  /** Languages the title or summary is missing in (shown in the practice's own language instead). */
  missingLanguages: z.array(languageSchema),
  region: practiceRegionSchema,
  countries: z.array(z.string()),
  modality: modalitySchema,
  themes: z.array(practiceThemeSchema),
  sdgs: z.array(z.number().int()),
  periodStart: z.number().int().nullable(),
  periodEnd: z.number().int().nullable(),
  status: practiceStatusSchema,
  updatedAt: z.string(),
});
export type PracticeSummary = z.infer<typeof practiceSummarySchema>;

export const facetCountSchema = z.object({ value: z.string(), count: z.number().int() });
export type FacetCount = z.infer<typeof facetCountSchema>;

/** Counts per value, each among the practices the other filters and the search leave (so a reader sees where else to go). */
export const practiceFacetsSchema = z.object({
  region: z.array(facetCountSchema),
  country: z.array(facetCountSchema),
  modality: z.array(facetCountSchema),
  theme: z.array(facetCountSchema),
  sdg: z.array(facetCountSchema),
});
export type PracticeFacets = z.infer<typeof practiceFacetsSchema>;

export const practiceListSchema = z.object({
  items: z.array(practiceSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  facets: practiceFacetsSchema,
});
export type PracticeList = z.infer<typeof practiceListSchema>;

export const practiceReviewStepSchema = z.object({
  id: z.uuid(),
  action: z.enum(PRACTICE_REVIEW_ACTIONS),
  body: z.string().nullable(),
  by: z.object({ id: z.uuid(), name: z.string() }),
  at: z.string(),
});
export type PracticeReviewStep = z.infer<typeof practiceReviewStepSchema>;

/** A file uploaded to the practice (served as an attachment to whoever may read the practice). */
export const practiceDocumentSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
});
export type PracticeDocument = z.infer<typeof practiceDocumentSchema>;

/** `POST /api/practices/:id/documents?name=…` with the file as the body (application/octet-stream). */
export const practiceDocumentUploadQuerySchema = z.strictObject({ name: z.string().trim().min(1).max(200) });
export type PracticeDocumentUploadQuery = z.infer<typeof practiceDocumentUploadQuerySchema>;

export const practiceSchema = practiceSummarySchema.extend({
  description: localizedTextSchema,
  /** The description in the requested language (or the practice's own), as safe HTML. */
  html: z.string(),
  shownLanguage: languageSchema,
  partners: z.array(z.string()),
  links: z.array(practiceLinkSchema),
  /** Files uploaded to the practice (links to documents elsewhere are in `links`). */
  files: z.array(practiceDocumentSchema),
  contacts: z.array(practicePersonSchema),
  submittedBy: practicePersonSchema,
  publishedAt: z.string().nullable(),
  /** The review history: shown to the author and the reviewers only (empty for other readers). */
  reviews: z.array(practiceReviewStepSchema),
  /** `link`: the caller links the practice to programme items and rooms (organizers; facilitators, theirs). */
  can: z.object({ edit: z.boolean(), submit: z.boolean(), review: z.boolean(), link: z.boolean() }),
  /** Programme items the practice is linked to. */
  programmeItems: z.array(z.object({ id: z.uuid(), title: localizedTextSchema })),
  /** Linked rooms the reader is a member of (a room shows its linked practices). */
  rooms: z.array(z.object({ id: z.uuid(), title: localizedTextSchema })),
});
export type Practice = z.infer<typeof practiceSchema>;

export const practiceQuerySchema = z.strictObject({ language: languageSchema.optional() });

/** A reviewer's comment or request for changes; optional when publishing. */
export const practiceReviewRequestSchema = z.strictObject({ body: z.string().trim().min(1).max(4_000) });
export type PracticeReviewRequest = z.infer<typeof practiceReviewRequestSchema>;
export const practicePublishRequestSchema = z.strictObject({ body: z.string().trim().min(1).max(4_000).optional() });
export type PracticePublishRequest = z.infer<typeof practicePublishRequestSchema>;

/** `PUT /api/practices/:id/links` (organizers): the programme items and rooms the practice belongs with. */
export const practiceLinksRequestSchema = z.strictObject({
  programmeItemIds: uniqueList(z.uuid(), 20),
  roomIds: uniqueList(z.uuid(), 20),
});
export type PracticeLinksRequest = z.infer<typeof practiceLinksRequestSchema>;

/**
 * What the caller may link the practice to, and what it is linked to among them: organizers every
 * programme item and every room they see, facilitators the items they facilitate and the rooms they moderate.
 */
export const practiceLinkOptionsSchema = z.object({
  programmeItems: z.array(z.object({ id: z.uuid(), title: localizedTextSchema, edition: z.string(), linked: z.boolean() })),
  rooms: z.array(z.object({ id: z.uuid(), title: localizedTextSchema, linked: z.boolean() })),
});
/** `GET /api/practices/people?q=`: people on the platform by name, to name as a practice's contacts. */
export const practicePeopleQuerySchema = z.strictObject({ q: z.string().trim().min(2).max(100) });
export type PracticePeopleQuery = z.infer<typeof practicePeopleQuerySchema>;

/** `POST /api/practices/:id/contacts/:userId/conversation`: the direct room with that contact person. */
export const practiceConversationSchema = z.object({ roomId: z.uuid() });
export type PracticeConversation = z.infer<typeof practiceConversationSchema>;

export type PracticeLinkOptions = z.infer<typeof practiceLinkOptionsSchema>;

/** My own practices (any status) and, for reviewers, those waiting for review. */
export const practiceWorkListSchema = z.object({ mine: z.array(practiceSummarySchema), toReview: z.array(practiceSummarySchema) });
export type PracticeWorkList = z.infer<typeof practiceWorkListSchema>;

export type { Language };
