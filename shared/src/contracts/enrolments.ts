import { z } from 'zod';
import {
  constituencyGroupSchema,
  ELECTIVE_CHOICE_STATUSES,
  enrolmentRoleSchema,
  enrolmentStatusSchema,
  IMPORT_ROW_ACTIONS,
  IMPORT_STATUSES,
} from '../domain.js';
import { countrySchema } from '../countries.js';
import { languageSchema } from '../locales.js';
import { emailSchema } from './common.js';
import { pageOf } from './users.js';

export const enrolmentSchema = z.object({
  id: z.uuid(),
  editionId: z.uuid(),
  role: enrolmentRoleSchema,
  status: enrolmentStatusSchema,
  cohort: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  user: z.object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    country: z.string().nullable(),
    organisation: z.string().nullable(),
    constituencyGroup: constituencyGroupSchema.nullable(),
    language: languageSchema,
    /** Whether they have accepted their invitation and set a password. */
    account: z.enum(['invited', 'active']),
  }),
  electives: z.array(z.object({ block: z.string(), itemId: z.uuid(), number: z.number().int(), status: z.enum(ELECTIVE_CHOICE_STATUSES) })),
  createdAt: z.iso.datetime(),
  withdrawnAt: z.iso.datetime().nullable(),
});
export type Enrolment = z.infer<typeof enrolmentSchema>;

export const enrolmentPageSchema = pageOf(enrolmentSchema);

export const enrolmentListQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  status: enrolmentStatusSchema.optional(),
  role: enrolmentRoleSchema.optional(),
  /** A cohort's id, or "none" for people in no cohort. */
  cohort: z.union([z.uuid(), z.literal('none')]).optional(),
  /** Part of a name or an email address. */
  q: z.string().trim().max(200).optional(),
});
export type EnrolmentListQuery = z.infer<typeof enrolmentListQuerySchema>;

export const addEnrolmentRequestSchema = z.strictObject({
  email: emailSchema,
  name: z.string().trim().min(1).max(200),
  role: enrolmentRoleSchema.default('participant'),
  language: languageSchema,
  country: countrySchema.optional(),
  organisation: z.string().trim().max(300).optional(),
  constituencyGroup: constituencyGroupSchema.optional(),
  cohortId: z.uuid().nullable().default(null),
});
export type AddEnrolmentRequest = z.infer<typeof addEnrolmentRequestSchema>;

/** Move between cohorts, withdraw, or reinstate (active again, or invited if they never signed in). */
export const updateEnrolmentRequestSchema = z.strictObject({
  cohortId: z.uuid().nullable().optional(),
  status: z.enum(['active', 'withdrawn']).optional(),
});
export type UpdateEnrolmentRequest = z.infer<typeof updateEnrolmentRequestSchema>;

// Import of participants from a CSV file --------------------------------------------------------

/** The columns of an import file; headers may also be written in Spanish, French or Portuguese. */
export const IMPORT_COLUMNS = ['name', 'email', 'country', 'organisation', 'constituencyGroup', 'language', 'cohort'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const REQUIRED_IMPORT_COLUMNS: readonly ImportColumn[] = ['name', 'email'];
export const MAX_IMPORT_ROWS = 10_000;

export const importRowSchema = z.object({
  /** The line in the file (the header is line 1). */
  line: z.number().int(),
  name: z.string(),
  email: z.string(),
  country: z.string().nullable(),
  organisation: z.string().nullable(),
  constituencyGroup: constituencyGroupSchema.nullable(),
  language: languageSchema.nullable(),
  cohort: z.string().nullable(),
  action: z.enum(IMPORT_ROW_ACTIONS),
  problems: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })),
});
export type ImportRow = z.infer<typeof importRowSchema>;

export const enrolmentImportSchema = z.object({
  id: z.uuid(),
  editionId: z.uuid(),
  fileName: z.string(),
  status: z.enum(IMPORT_STATUSES),
  total: z.number().int(),
  valid: z.number().int(),
  invalid: z.number().int(),
  creates: z.number().int(),
  updates: z.number().int(),
  /** Rows written so far while importing. */
  processed: z.number().int(),
  /** Cohorts the file names that the edition lacks, as first written in the file. */
  missingCohorts: z.array(z.string()),
  createdAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
});
export type EnrolmentImport = z.infer<typeof enrolmentImportSchema>;

export const importRowsQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
  only: z.enum(['all', 'invalid', 'valid']).default('all'),
});
export type ImportRowsQuery = z.infer<typeof importRowsQuerySchema>;

export const importRowPageSchema = pageOf(importRowSchema);

export const importFileQuerySchema = z.strictObject({ fileName: z.string().trim().max(200).default('participants.csv') });
export type ImportFileQuery = z.infer<typeof importFileQuerySchema>;
