import { z } from 'zod';
import { LANGUAGES } from './locales.values.js';

export * from './locales.values.js';

export const languageSchema = z.enum(LANGUAGES);

/** A value held in each language; missing languages fall back to the edition's default. */
export const localizedTextSchema = z.strictObject({
  en: z.string().max(20_000).optional(),
  es: z.string().max(20_000).optional(),
  fr: z.string().max(20_000).optional(),
  pt: z.string().max(20_000).optional(),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/**
 * Localized text for short names (a venue, a room): each language trimmed and bounded. Blank
 * languages count as missing, as everywhere (missingLanguages), and fall back like any text.
 */
export function localizedNameSchema(max: number) {
  const name = z.string().trim().max(max).optional();
  return z.strictObject({ en: name, es: name, fr: name, pt: name });
}
