// Zod-free: the client imports these at run time without bundling zod (see values.ts).
/** The four languages of the Academy, in the order the interface lists them. */
export const LANGUAGES = ['en', 'es', 'fr', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

/** A value held in each language (the shape of the contracts' LocalizedText). */
type Texts = Partial<Record<Language, string>>;

export function localize(text: Texts | null | undefined, language: Language, fallback: Language = DEFAULT_LANGUAGE): string {
  if (!text) return '';
  return text[language] || text[fallback] || LANGUAGES.map((l) => text[l]).find(Boolean) || '';
}

export function missingLanguages(text: Texts | null | undefined, wanted: readonly Language[] = LANGUAGES): Language[] {
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

/**
 * The locale whose plural rules each language's texts follow. The Portuguese texts are European
 * Portuguese ("ficheiro", "palavra-passe"), where zero takes the plural ("0 pessoas"); `pt` alone is
 * Brazil's rule, which says "0 pessoa".
 */
export const PLURAL_LOCALES: Record<Language, string> = { en: 'en', es: 'es', fr: 'fr', pt: 'pt-PT' };

interface PluralResolverLike {
  getRule(code: string, options?: object): Intl.PluralRules | undefined;
}

/** Makes an i18next instance (after `init`) count with PLURAL_LOCALES instead of the bare language codes. */
export function applyPluralLocales(i18n: { services: { pluralResolver: unknown } }): void {
  const resolver = i18n.services.pluralResolver as PluralResolverLike;
  const getRule = resolver.getRule.bind(resolver);
  resolver.getRule = (code, options) => getRule(PLURAL_LOCALES[code as Language] ?? code, options);
}
