import i18next, { type i18n as I18n } from 'i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, pickLanguage, type Language } from '@sstc/shared';
import { NAMESPACES, resources } from '../locales/resources.js';

const STORAGE_KEY = 'sstc.language';

/**
 * One i18next instance with every language loaded, so switching never waits for the network.
 * Keeps `<html lang>` in step, which screen readers use to pick their voice.
 */
export function createI18n(language: Language): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: NAMESPACES,
    defaultNS: 'common',
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  setDocumentLanguage(language);
  instance.on('languageChanged', (lng) => setDocumentLanguage(toLanguage(lng)));
  return instance;
}

/** Before the profile is known: a language chosen earlier on this device, else the browser's. */
export function initialLanguage(): Language {
  return storedLanguage() ?? pickLanguage(typeof navigator === 'undefined' ? [] : navigator.languages) ?? DEFAULT_LANGUAGE;
}

/** Remembers a signed-out visitor's choice on this device (a signed-in user's lives in the profile). */
export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be disabled (private browsing); the choice then lasts for this page only.
  }
}

export function toLanguage(value: string | undefined): Language {
  return pickLanguage(value ? [value] : []) ?? DEFAULT_LANGUAGE;
}

function storedLanguage(): Language | undefined {
  try {
    return pickLanguage([localStorage.getItem(STORAGE_KEY) ?? '']);
  } catch {
    return undefined;
  }
}

function setDocumentLanguage(language: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
