import type { BackendModule, i18n as I18n } from 'i18next';
import { LANGUAGES, pickLanguage, applyPluralLocales, DEFAULT_LANGUAGE, type Language } from '@sstc/shared/values';
import { FIRST_NAMESPACES, NAMESPACES, type FirstNamespace } from '../locales/namespaces.js';
import type { Resources } from '../locales/resources.js';

const STORAGE_KEY = 'sstc.language';

type Texts = Partial<Resources[Language]>;
type Part = 'first' | 'rest';
type I18next = typeof import('i18next').default;

// Two chunks per language, fetched when first needed: the first screen's texts at start, the rest
// once it shows (or when another page opens). Spelled out (not a template import) so each is its own chunk.
const CHUNKS: Record<Language, Record<Part, () => Promise<{ default: Texts }>>> = {
  en: { first: () => import('../locales/en/first.js'), rest: () => import('../locales/en/rest.js') },
  es: { first: () => import('../locales/es/first.js'), rest: () => import('../locales/es/rest.js') },
  fr: { first: () => import('../locales/fr/first.js'), rest: () => import('../locales/fr/rest.js') },
  pt: { first: () => import('../locales/pt/first.js'), rest: () => import('../locales/pt/rest.js') },
};

const loading = new Map<string, Promise<Texts>>();

/** One chunk of a language, fetched once (a failed fetch is tried again next time). */
function chunkOf(language: Language, part: Part): Promise<Texts> {
  const key = `${language}/${part}`;
  let texts = loading.get(key);
  if (!texts) {
    texts = CHUNKS[language][part]().then((module) => module.default);
    texts.catch(() => loading.delete(key));
    loading.set(key, texts);
  }
  return texts;
}

const isFirst = (namespace: string) => (FIRST_NAMESPACES as readonly string[]).includes(namespace as FirstNamespace);

/** i18next asks per language and namespace; each chunk serves several namespaces. */
const chunkBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    chunkOf(toLanguage(language), isFirst(namespace) ? 'first' : 'rest').then(
      (texts) => callback(null, texts[namespace as keyof Texts] as never),
      (error: unknown) => callback(error as Error, null),
    );
  },
};

let started: I18n | undefined;

/**
 * The app's start: i18next's code and the first screen's texts in the user's language download side
 * by side, then the instance is ready to render. No fallback language is fetched: locales.spec
 * holds every language to the same keys and plural forms, so nothing would ever be read from it.
 */
export async function loadI18n(language: Language): Promise<I18n> {
  void chunkOf(language, 'first').catch(() => undefined);
  const { default: i18next } = await import('i18next');
  const { i18n, ready } = createI18n(i18next, language);
  started = i18n;
  // A failed download still renders: keys beat a blank page, and the next language change retries.
  await ready.catch(() => undefined);
  return i18n;
}

/**
 * Every namespace of the current language: pages other than sign-in wait for it beside their own
 * chunk (app/routes.tsx), and the app asks for it as soon as the first screen shows.
 */
export async function loadAllTexts(): Promise<void> {
  await started?.loadNamespaces(NAMESPACES).catch(() => undefined);
}

/**
 * One i18next instance. With `resources` (tests) every language is there at once; without, the
 * first screen's namespaces are fetched and the returned promise resolves once they are loaded.
 * Keeps `<html lang>` in step, which screen readers use to pick their voice.
 */
export function createI18n(i18next: I18next, language: Language, resources?: Resources): { i18n: I18n; ready: Promise<unknown> } {
  const instance = resources ? i18next.createInstance() : i18next.createInstance().use(chunkBackend);
  const ready = instance.init({
    ...(resources ? { resources, initAsync: false, fallbackLng: DEFAULT_LANGUAGE } : { fallbackLng: false }),
    lng: language,
    supportedLngs: [...LANGUAGES],
    ns: resources ? NAMESPACES : [...FIRST_NAMESPACES],
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
