import { LANGUAGES } from '@sstc/shared/values';
import type { Language, LocalizedText } from '@sstc/shared';

export interface Localized {
  value: string;
  /** The language the value is in, when it differs from the reader's (for a `lang` attribute). */
  lang: Language | undefined;
}

/**
 * A localized text in the reader's language, else the edition's default, else any language it
 * has (as shared `localize`), and which language that was: screen readers then pronounce an
 * English fallback in English on a French page.
 */
export function localized(text: LocalizedText | null | undefined, language: Language, fallback: Language): Localized {
  const source = [language, fallback, ...LANGUAGES].find((candidate) => text?.[candidate]);
  return { value: source ? (text?.[source] ?? '') : '', lang: source && source !== language ? source : undefined };
}
