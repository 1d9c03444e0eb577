import { describe, expect, it } from '@jest/globals';
import { LANGUAGES } from '@sstc/shared/values';
import type { Language } from '@sstc/shared';
import { NAMESPACES } from './namespaces.js';
import { resources } from './resources.js';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(tree: unknown, prefix = ''): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') for (const [inner, leaf] of flatten(value, path)) entries.set(inner, leaf);
    else entries.set(path, value);
  }
  return entries;
}

/** Keys with their plural suffix removed, each with the plural forms it has. */
function baseKeys(entries: Map<string, unknown>): Map<string, Set<string>> {
  const bases = new Map<string, Set<string>>();
  for (const key of entries.keys()) {
    const match = PLURAL_SUFFIX.exec(key);
    const base = match ? key.slice(0, match.index) : key;
    const forms = bases.get(base) ?? new Set<string>();
    if (match) forms.add(match[1]!);
    bases.set(base, forms);
  }
  return bases;
}

function placeholders(value: unknown): string[] {
  return [...String(value).matchAll(/{{\s*([^}]+?)\s*}}/g)].map((match) => match[1]!.replace(/\s+/g, '')).sort();
}

const table = NAMESPACES.flatMap((namespace) => LANGUAGES.filter((language) => language !== 'en').map((language) => [namespace, language] as const));

describe('locale resources', () => {
  it.each(table)('%s has the same keys in %s as in English', (namespace, language) => {
    const english = baseKeys(flatten(resources.en[namespace]));
    const other = baseKeys(flatten(resources[language][namespace]));
    expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(NAMESPACES.flatMap((namespace) => LANGUAGES.map((language) => [namespace, language] as const)))(
    '%s in %s has exactly the plural forms the language needs',
    (namespace, language: Language) => {
      const needed = [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
      const plurals = [...baseKeys(flatten(resources[language][namespace]))]
        .filter(([, forms]) => forms.size > 0)
        .map(([key, forms]) => ({ key, forms: [...forms].sort() }));
      expect(plurals).toEqual(plurals.map(({ key }) => ({ key, forms: needed })));
    },
  );

  it.each(table)('%s uses the same placeholders in %s as in English', (namespace, language) => {
    const english = flatten(resources.en[namespace]);
    for (const [key, value] of flatten(resources[language][namespace])) {
      // A plural form is compared with the English "other" form.
      const englishKey = english.has(key) ? key : key.replace(PLURAL_SUFFIX, '_other');
      expect({ key, placeholders: placeholders(value) }).toEqual({ key, placeholders: placeholders(english.get(englishKey)) });
    }
  });

  it.each(NAMESPACES.flatMap((namespace) => LANGUAGES.map((language) => [namespace, language] as const)))(
    '%s in %s has no empty text',
    (namespace, language) => {
      for (const [key, value] of flatten(resources[language][namespace])) {
        expect({ key, type: typeof value, empty: String(value).trim() === '' }).toEqual({ key, type: 'string', empty: false });
      }
    },
  );

  // The brand as the emails say it (server/src/locales/<lng>/emails.json), one name per language.
  const BRAND: Record<Language, string> = { en: 'SSTC Academy', es: 'Academia CSST', fr: 'Académie CSST', pt: 'Academia CSST' };

  it.each([...LANGUAGES])('names the brand in %s as the emails do, and nothing else', (language) => {
    expect(resources[language].common.app_name).toBe(BRAND[language]);
    const texts = NAMESPACES.flatMap((namespace) => [...flatten(resources[language][namespace]).values()].map(String));
    const others = Object.values(BRAND).filter((brand) => brand !== BRAND[language]);
    expect(texts.filter((text) => others.some((brand) => text.includes(brand)))).toEqual([]);
  });

  it('calls elective modules by one word in Portuguese (opcional)', () => {
    const texts = NAMESPACES.flatMap((namespace) => [...flatten(resources.pt[namespace]).values()].map(String));
    expect(texts.filter((text) => /eletiv/i.test(text))).toEqual([]);
  });

  it('loads every namespace for every language', () => {
    for (const language of LANGUAGES) expect(Object.keys(resources[language]).sort()).toEqual([...NAMESPACES].sort());
  });
});
