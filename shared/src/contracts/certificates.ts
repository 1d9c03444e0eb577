import { z } from 'zod';
import { programmeItemKindSchema } from '../domain.js';
import { languageSchema, localizedTextSchema } from '../locales.js';
import { CERTIFICATE_CODE_PATTERN, CERTIFICATE_REQUIREMENTS, CERTIFICATE_STANDINGS, normalizeCertificateCode } from './certificates.values.js';

export * from './certificates.values.js';

export const certificateRequirementSchema = z.enum(CERTIFICATE_REQUIREMENTS);
export const certificateStandingSchema = z.enum(CERTIFICATE_STANDINGS);

/**
 * An edition's rule for certificates of participation. By default the pre-learning package must be
 * completed; organizers may also ask for a share of the sessions attended and the general assessment.
 */
export const certificateRuleSchema = z.strictObject({
  package: z.boolean(),
  /** null: attendance is not required. */
  minAttendancePercent: z.number().int().min(1).max(100).nullable(),
  generalAssessment: z.boolean(),
});
export type CertificateRule = z.infer<typeof certificateRuleSchema>;

/** How far a participant is with one requirement of the rule: `done` of `needed` (units, sessions attended, or the assessment). */
export const requirementProgressSchema = z.object({
  requirement: certificateRequirementSchema,
  met: z.boolean(),
  done: z.number().int(),
  needed: z.number().int(),
});
export type RequirementProgress = z.infer<typeof requirementProgressSchema>;

/** What a certificate states, fixed when it is issued: later renames do not change a certificate already given. */
export const certificateFactsSchema = z.object({
  holderName: z.string(),
  courseTitle: localizedTextSchema,
  editionTitle: localizedTextSchema,
  venue: localizedTextSchema,
  defaultLanguage: languageSchema,
  faceToFaceStart: z.iso.date(),
  faceToFaceEnd: z.iso.date(),
  modules: z.array(z.object({ kind: programmeItemKindSchema, number: z.number().int(), title: localizedTextSchema })),
  /** Estimated time of the pre-learning units completed. */
  preLearningMinutes: z.number().int(),
  /** Sessions of the face-to-face week marked attended. */
  faceToFaceMinutes: z.number().int(),
});
export type CertificateFacts = z.infer<typeof certificateFactsSchema>;

export const certificateSummarySchema = z.object({
  id: z.uuid(),
  code: z.string(),
  issuedAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().nullable(),
  revocationReason: z.string().nullable(),
});
export type CertificateSummary = z.infer<typeof certificateSummarySchema>;

/** A participant's own view: the rule, how far they are, and their certificate once issued. */
export const myCertificateSchema = z.object({
  rule: certificateRuleSchema,
  requirements: z.array(requirementProgressSchema),
  standing: certificateStandingSchema,
  certificate: certificateSummarySchema.nullable(),
});
export type MyCertificate = z.infer<typeof myCertificateSchema>;

export const certificateListQuerySchema = z.strictObject({
  standing: certificateStandingSchema.optional(),
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type CertificateListQuery = z.infer<typeof certificateListQuerySchema>;

export const certificateListRowSchema = z.object({
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  country: z.string().nullable(),
  requirements: z.array(requirementProgressSchema),
  standing: certificateStandingSchema,
  certificate: certificateSummarySchema.nullable(),
});
export type CertificateListRow = z.infer<typeof certificateListRowSchema>;

export const certificateListSchema = z.object({
  rule: certificateRuleSchema,
  rows: z.array(certificateListRowSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  counts: z.record(certificateStandingSchema, z.number().int()),
});
export type CertificateList = z.infer<typeof certificateListSchema>;

/** Issue to these participants, or, without `userIds`, to every eligible participant who has no certificate yet. */
export const issueCertificatesRequestSchema = z.strictObject({
  userIds: z.array(z.uuid()).min(1).max(1_000).optional(),
});
export type IssueCertificatesRequest = z.infer<typeof issueCertificatesRequestSchema>;

export const issueCertificatesReplySchema = z.object({ issued: z.number().int(), notEligible: z.number().int() });
export type IssueCertificatesReply = z.infer<typeof issueCertificatesReplySchema>;

export const revokeCertificateRequestSchema = z.strictObject({ reason: z.string().trim().min(1).max(500) });
export type RevokeCertificateRequest = z.infer<typeof revokeCertificateRequestSchema>;

export const certificatePdfQuerySchema = z.strictObject({ language: languageSchema.optional() });
export type CertificatePdfQuery = z.infer<typeof certificatePdfQuerySchema>;

export const certificateCodeSchema = z
  .string()
  .max(40)
  .transform(normalizeCertificateCode)
  .pipe(z.string().regex(CERTIFICATE_CODE_PATTERN, { message: 'invalid_format' }));

/** What anyone holding the code may read, without signing in. */
export const certificateVerificationSchema = z.object({
  code: z.string(),
  facts: certificateFactsSchema,
  issuedAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().nullable(),
  revocationReason: z.string().nullable(),
});
export type CertificateVerification = z.infer<typeof certificateVerificationSchema>;

// Attendance of the face-to-face week, marked per session.

export const attendanceQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type AttendanceQuery = z.infer<typeof attendanceQuerySchema>;

export const attendanceRowSchema = z.object({
  userId: z.uuid(),
  name: z.string(),
  country: z.string().nullable(),
  /** null: not marked yet. */
  present: z.boolean().nullable(),
});
export type AttendanceRow = z.infer<typeof attendanceRowSchema>;

export const attendanceSessionSchema = z.object({
  id: z.uuid(),
  itemId: z.uuid(),
  itemKind: programmeItemKindSchema,
  itemNumber: z.number().int(),
  itemTitle: localizedTextSchema,
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  expected: z.number().int(),
  present: z.number().int(),
  absent: z.number().int(),
});
export type AttendanceSession = z.infer<typeof attendanceSessionSchema>;

export const attendanceSheetSchema = z.object({
  session: attendanceSessionSchema,
  timeZone: z.string(),
  rows: z.array(attendanceRowSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type AttendanceSheet = z.infer<typeof attendanceSheetSchema>;

export const attendanceMarkSchema = z.strictObject({ userId: z.uuid(), present: z.boolean().nullable() });
export type AttendanceMark = z.infer<typeof attendanceMarkSchema>;
