import { readFileSync } from 'node:fs';
import i18next, { type TFunction } from 'i18next';
import { applyPluralLocales, DEFAULT_LANGUAGE, LANGUAGES, type EmailTemplate, type Language, type NotificationKind, type Role } from '@sstc/shared';

interface EmailText {
  subject: string;
  /** Paragraphs in order, by name; a counted one has i18next plural forms (`_one`, `_other`…). */
  body: Record<string, string>;
  action: string;
}

export type EmailResources = Record<EmailTemplate, EmailText> & {
  roles: Record<Role, string>;
  footer: string;
  /** One line per notification in the notification emails and digests. */
  notification_lines: Record<NotificationKind, string>;
  /** The one-click unsubscribe link's words. */
  unsubscribe: string;
};

/**
 * `<lng>/emails.json` beside this module, read once at start. The build copies them next to the
 * compiled module (server/tsconfig.build.json includes src/**\/*.json), so the same path works there.
 */
function read(language: Language): EmailResources {
  return JSON.parse(readFileSync(new URL(`./${language}/emails.json`, import.meta.url), 'utf8')) as EmailResources;
}

/** Email texts in the four languages; a test checks every language has every key, plural form and placeholder. */
export const emailResources = Object.fromEntries(LANGUAGES.map((language) => [language, read(language)])) as Record<Language, EmailResources>;

const i18n = i18next.createInstance();
void i18n.init({
  resources: Object.fromEntries(LANGUAGES.map((language) => [language, { emails: emailResources[language] }])),
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  ns: ['emails'],
  defaultNS: 'emails',
  // The mail service escapes what goes into HTML; the text version must stay as written.
  interpolation: { escapeValue: false },
  initAsync: false,
});
applyPluralLocales(i18n);

/** i18next's translate function for one language, over the email texts. */
export function emailTranslator(language: Language): TFunction {
  return i18n.getFixedT(language);
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** The paragraph names of a template in order, plural forms counted once. */
export function paragraphsOf(template: EmailTemplate): string[] {
  return [...new Set(Object.keys(emailResources[DEFAULT_LANGUAGE][template].body).map((key) => key.replace(PLURAL_SUFFIX, '')))];
}

/** How each role is named inside a sentence ("… as {{role}}"). */
export const roleNames = Object.fromEntries(LANGUAGES.map((language) => [language, emailResources[language].roles])) as Record<
  Language,
  Record<Role, string>
>;
