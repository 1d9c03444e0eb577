import { z } from 'zod';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'invalid_email' }));

export const passwordSchema = z.string().min(10).max(200);

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
