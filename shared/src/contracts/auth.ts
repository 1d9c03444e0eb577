import { z } from 'zod';
import { constituencyGroupSchema, roleSchema, ILO_REGIONS } from '../domain.js';
import { countrySchema } from '../countries.js';
import { languageSchema } from '../locales.js';
import { emailSchema, passwordSchema, timeZoneSchema, tokenSchema } from './common.js';

export const signInRequestSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1).max(200),
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;

export const currentUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  country: z.string().nullable(),
  organisation: z.string().nullable(),
  constituencyGroup: constituencyGroupSchema.nullable(),
  iloRegion: z.enum(ILO_REGIONS).nullable(),
  language: languageSchema,
  timeZone: z.string(),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

export const forgotPasswordRequestSchema = z.strictObject({ email: emailSchema });
export type ForgotPasswordRequest = z.infer<typeof forgotPasswordRequestSchema>;

export const resetPasswordRequestSchema = z.strictObject({ token: tokenSchema, password: passwordSchema });
export type ResetPasswordRequest = z.infer<typeof resetPasswordRequestSchema>;

export const changePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordSchema,
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;

export const invitationDetailsSchema = z.object({
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  language: languageSchema,
  /** What the organizers recorded (a CSV import), offered filled in for the person to confirm. */
  country: z.string().nullable(),
  organisation: z.string().nullable(),
  constituencyGroup: constituencyGroupSchema.nullable(),
});
export type InvitationDetails = z.infer<typeof invitationDetailsSchema>;

export const profileFieldsSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  country: countrySchema,
  organisation: z.string().trim().max(300),
  constituencyGroup: constituencyGroupSchema,
  language: languageSchema,
  timeZone: timeZoneSchema,
});

export const acceptInvitationRequestSchema = profileFieldsSchema.extend({ password: passwordSchema });
export type AcceptInvitationRequest = z.infer<typeof acceptInvitationRequestSchema>;
