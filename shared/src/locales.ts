import { z } from 'zod';

/** The four languages of the Academy, in the order the interface lists them. */
export const LANGUAGES = ['en', 'es', 'fr', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];
export const languageSchema = z.enum(LANGUAGES);

export const DEFAULT_LANGUAGE: Language = 'en';

/** A value held in each language; missing languages fall back to the edition's default. */
export const localizedTextSchema = z.strictObject({
  en: z.string().max(20_000).optional(),
  es: z.string().max(20_000).optional(),
  fr: z.string().max(20_000).optional(),
  pt: z.string().max(20_000).optional(),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export function localize(text: LocalizedText | null | undefined, language: Language, fallback: Language = DEFAULT_LANGUAGE): string {
  if (!text) return '';
  return text[language] || text[fallback] || LANGUAGES.map((l) => text[l]).find(Boolean) || '';
}

export function missingLanguages(text: LocalizedText | null | undefined, wanted: readonly Language[] = LANGUAGES): Language[] {
  return wanted.filter((language) => !text?.[language]?.trim());
}

/** Picks the first supported language from an Accept-Language header or navigator.languages. */
export function pickLanguage(candidates: readonly string[] | string | undefined | null): Language | undefined {
  const list = typeof candidates === 'string' ? candidates.split(',').map((part) => part.split(';')[0]!.trim()) : (candidates ?? []);
  for (const candidate of list) {
    const base = candidate.toLowerCase().split('-')[0];
    if ((LANGUAGES as readonly string[]).includes(base ?? '')) return base as Language;
  }
  return undefined;
}
