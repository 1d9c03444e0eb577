import { errorResources, type Language } from '@sstc/shared/values';
import en from './en/index.js';
import es from './es/index.js';
import fr from './fr/index.js';
import pt from './pt/index.js';

/** The API's error messages come from the shared contracts, so client and server never disagree. */
export function errorsOf(language: Language) {
  return { ...errorResources[language].errors, fields: errorResources[language].fields };
}

/**
 * Every language at once, for tests and for the typed keys. The app itself never imports this: it
 * fetches the user's language on demand in two chunks, `<lng>/first.ts` and `<lng>/rest.ts`.
 */
export const resources = {
  en: { ...en, errors: errorsOf('en') },
  es: { ...es, errors: errorsOf('es') },
  fr: { ...fr, errors: errorsOf('fr') },
  pt: { ...pt, errors: errorsOf('pt') },
} satisfies Record<Language, Record<string, unknown>>;

export type Resources = typeof resources;
export type Namespace = keyof Resources['en'];
