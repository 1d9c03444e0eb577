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

/** The largest value of a PostgreSQL integer: counters, cursors and page numbers stay below it. */
export const MAX_INT = 2_147_483_647;

/**
 * U+0000 and unpaired UTF-16 surrogates: PostgreSQL stores neither in text nor in json, and no
 * person types them. Input carrying them is refused (`invalid_characters`) before any schema runs.
 */
// oxlint-disable-next-line no-control-regex -- finding U+0000 is the point
const UNSAFE_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isSafeText(value: string): boolean {
  return !UNSAFE_TEXT.test(value);
}

/** The dot-joined paths of every string (value or key) in a parsed request that PostgreSQL could not store. */
export function unsafeTextPaths(value: unknown, path: readonly (string | number)[] = []): string[] {
  if (typeof value === 'string') return isSafeText(value) ? [] : [path.join('.')];
  if (Array.isArray(value)) return value.flatMap((item, index) => unsafeTextPaths(item, [...path, index]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => (isSafeText(key) ? unsafeTextPaths(item, [...path, key]) : [[...path, key].join('.')]));
}

/** Years a date of this platform can fall in; outside them a date is a typo or a probe (year 0 breaks PostgreSQL). */
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2999;

function inSaneRange(iso: string): boolean {
  const year = new Date(iso).getUTCFullYear();
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
}

/** An instant sent by a client (ISO 8601 with an offset), within years 1900–2999. */
export const dateTimeInputSchema = z.iso.datetime({ offset: true }).refine(inSaneRange, { message: 'out_of_range' });

/** A calendar date sent by a client (YYYY-MM-DD), within years 1900–2999. */
export const dateInputSchema = z.iso.date().refine(inSaneRange, { message: 'out_of_range' });

/** Nesting (quotes, list items) beyond this on one line is no page anyone writes, and overflows the renderer's stack. */
export const MARKDOWN_MAX_DEPTH = 50;

const CONTAINER_MARKER = /[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/y;

/** The deepest nesting of block quotes and list items that any line of the Markdown opens. */
export function markdownDepth(markdown: string): number {
  let deepest = 0;
  for (const line of markdown.split('\n')) {
    CONTAINER_MARKER.lastIndex = 0;
    let depth = 0;
    while (CONTAINER_MARKER.test(line)) depth += 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/** Markdown text up to `max` characters whose nesting the renderer handles. */
export function markdownSchema(max: number) {
  return z
    .string()
    .max(max)
    .refine((markdown) => markdownDepth(markdown) <= MARKDOWN_MAX_DEPTH, { message: 'too_deep' });
}

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
