import type { BackendModule, i18n as I18n } from 'i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, pickLanguage, applyPluralLocales, type Language } from '@sstc/shared/values';
import { NAMESPACES } from '../locales/namespaces.js';
import type { Resources } from '../locales/resources.js';

const STORAGE_KEY = 'sstc.language';

type Bundle = Resources[Language];
type I18next = typeof import('i18next').default;

// One chunk per language, fetched when first needed: the user's language and the fallback at start,
// another when someone switches. Spelled out (not a template import) so each is its own chunk.
const BUNDLES: Record<Language, () => Promise<{ default: Bundle }>> = {
  en: () => import('../locales/en/bundle.js'),
  es: () => import('../locales/es/bundle.js'),
  fr: () => import('../locales/fr/bundle.js'),
  pt: () => import('../locales/pt/bundle.js'),
};

const loading = new Map<Language, Promise<Bundle>>();

/** A language's chunk, fetched once (a failed fetch is tried again next time). */
function bundleOf(language: Language): Promise<Bundle> {
  let bundle = loading.get(language);
  if (!bundle) {
    bundle = BUNDLES[language]().then((module) => module.default);
    bundle.catch(() => loading.delete(language));
    loading.set(language, bundle);
  }
  return bundle;
}

/** i18next asks per language and namespace; each language's chunk serves all its namespaces. */
const bundleBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    bundleOf(toLanguage(language)).then(
      (bundle) => callback(null, bundle[namespace as keyof Bundle] as never),
      (error: unknown) => callback(error as Error, null),
    );
  },
};

/**
 * The app's start: i18next's code, the language's texts and the fallback's download side by side
 * (each is a chunk of its own), then the instance is ready to render.
 */
export async function loadI18n(language: Language): Promise<I18n> {
  for (const lng of new Set([language, DEFAULT_LANGUAGE])) void bundleOf(lng).catch(() => undefined);
  const { default: i18next } = await import('i18next');
  const { i18n, ready } = createI18n(i18next, language);
  // A failed download still renders: keys beat a blank page, and the next language change retries.
  await ready.catch(() => undefined);
  return i18n;
}

/**
 * One i18next instance. With `resources` (tests) every language is there at once; without, the
 * languages are fetched on demand and the returned promise resolves once the first is loaded.
 * Keeps `<html lang>` in step, which screen readers use to pick their voice.
 */
export function createI18n(i18next: I18next, language: Language, resources?: Resources): { i18n: I18n; ready: Promise<unknown> } {
  const instance = resources ? i18next.createInstance() : i18next.createInstance().use(bundleBackend);
  const ready = instance.init({
    ...(resources ? { resources, initAsync: false } : {}),
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: NAMESPACES,
    defaultNS: 'common',
    // React escapes what it renders.
    interpolation: { escapeValue: false },
  });
  applyPluralLocales(instance);
  setDocumentLanguage(language);
  instance.on('languageChanged', (lng) => setDocumentLanguage(toLanguage(lng)));
  return { i18n: instance, ready };
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
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  // Installing the app describes it in the reader's language (client/vite.config.ts writes one manifest per language).
  document
    .querySelector('link[rel="manifest"]')
    ?.setAttribute('href', language === 'en' ? '/manifest.webmanifest' : `/manifest-${language}.webmanifest`);
}
