import { z } from 'zod';
import { roleSchema } from '../domain.js';
import { languageSchema } from '../locales.js';
import { profileFieldsSchema } from './auth.js';
import { emailSchema } from './common.js';

export const updateProfileRequestSchema = profileFieldsSchema.partial();
export type UpdateProfileRequest = z.infer<typeof updateProfileRequestSchema>;

export const inviteUserRequestSchema = z.strictObject({
  email: emailSchema,
  name: z.string().trim().min(1).max(200),
  role: roleSchema,
  language: languageSchema,
});
export type InviteUserRequest = z.infer<typeof inviteUserRequestSchema>;

export const userSummarySchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  language: languageSchema,
  status: z.enum(['invited', 'active']),
});
export type UserSummary = z.infer<typeof userSummarySchema>;

export const userListQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
