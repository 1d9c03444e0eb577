import { z } from 'zod';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'invalid_email' }));

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * A new password: 12 to 128 characters (ASVS 5.0 V6), counted as Unicode code points, any script,
 * spaces and symbols. The server also refuses the most common passwords (password_too_common).
 */
export const passwordSchema = z
  .string()
  .refine((value) => characters(value) >= PASSWORD_MIN_LENGTH, { message: 'password_too_short' })
  .refine((value) => characters(value) <= PASSWORD_MAX_LENGTH, { message: 'password_too_long' });

/** Code points: an emoji or a CJK character counts once, as a person counts it, not as two UTF-16 units. */
function characters(value: string): number {
  return Array.from(value).length;
}

export const timeZoneSchema = z.string().max(64).refine(isTimeZone, { message: 'invalid_value' });

export const uuidSchema = z.uuid();

/** `?delimiter=` on CSV exports: overrides the separator the caller's language would choose. */
export const csvDelimiterSchema = z.enum(['comma', 'semicolon']);
export type CsvDelimiter = z.infer<typeof csvDelimiterSchema>;
export const csvExportQuerySchema = z.strictObject({ delimiter: csvDelimiterSchema.optional() });

export const tokenSchema = z
  .string()
  .min(20)
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/);

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
