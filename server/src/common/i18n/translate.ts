import i18next from 'i18next';
import { applyPluralLocales, errorParams, errorResources, LANGUAGES, type ErrorCode, type FieldProblem, type Language } from '@sstc/shared';

export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

// The shared error messages, resolved by i18next like the client does: plural forms by the
// language's CLDR rules, so the server's message and the client's t('errors:<code>') agree.
const errorTexts = i18next.createInstance();
void errorTexts.init({
  resources: Object.fromEntries(LANGUAGES.map((language) => [language, { ...errorResources[language] }])),
  ns: ['errors', 'fields'],
  defaultNS: 'errors',
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  // The messages go into JSON, never into HTML.
  interpolation: { escapeValue: false },
  initAsync: false,
});
applyPluralLocales(errorTexts);

/** An error code's message in a language; `retryAfter` (seconds) fills and counts messages with a number. */
export function errorMessage(code: ErrorCode, language: Language, retryAfter?: number): string {
  return errorTexts.t(code, { lng: language, ns: 'errors', ...errorParams(code, retryAfter) });
}

export function fieldMessage(problem: FieldProblem, language: Language): string {
  return errorTexts.t(problem, { lng: language, ns: 'fields' });
}
