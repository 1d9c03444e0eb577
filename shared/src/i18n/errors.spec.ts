import { describe, expect, it } from '@jest/globals';
import { ERROR_CODES } from '../error-codes.js';
import { LANGUAGES } from '../locales.js';
import { COUNTED_ERRORS, errorParams, errorResources, FIELD_PROBLEMS } from './errors.js';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map(([, name]) => name).sort();
const baseOf = (key: string) => key.replace(PLURAL_SUFFIX, '');
const counted = Object.keys(COUNTED_ERRORS);

describe('error messages', () => {
  it.each(LANGUAGES)('%s translates every error code and field problem, and nothing else', (language) => {
    const { errors, fields } = errorResources[language];
    expect([...new Set(Object.keys(errors).map(baseOf))].sort()).toEqual([...ERROR_CODES].sort());
    expect(Object.keys(fields).sort()).toEqual([...FIELD_PROBLEMS].sort());
    for (const [key, text] of Object.entries({ ...errors, ...fields })) expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
  });

  it.each(LANGUAGES)('%s has exactly the plural forms its rules need for messages with a number, and none for the others', (language) => {
    const needed = [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
    const keys = Object.keys(errorResources[language].errors);
    for (const code of ERROR_CODES) {
      const forms = keys
        .filter((key) => key !== code && baseOf(key) === code)
        .map((key) => PLURAL_SUFFIX.exec(key)![1])
        .sort();
      expect({ code, forms, plain: keys.includes(code) }).toEqual(
        counted.includes(code) ? { code, forms: needed, plain: false } : { code, forms: [], plain: true },
      );
    }
  });

  it.each(LANGUAGES)('%s uses the same placeholders as English in every message', (language) => {
    const english = errorResources.en.errors as Record<string, string>;
    for (const [key, text] of Object.entries(errorResources[language].errors as Record<string, string>)) {
      // A plural form is compared with the English "other" form.
      const englishText = english[key] ?? english[`${baseOf(key)}_other`]!;
      expect({ key, placeholders: placeholders(text) }).toEqual({ key, placeholders: placeholders(englishText) });
    }
  });

  it('counts each message with a number by the number it names', () => {
    for (const [code, parameter] of Object.entries(COUNTED_ERRORS)) {
      expect(placeholders(errorResources.en.errors[`${code as keyof typeof COUNTED_ERRORS}_other`])).toContain(parameter);
    }
    expect(errorParams('slow_mode', 90)).toEqual({ seconds: 90, minutes: 2, max: 4000, count: 90 });
    expect(errorParams('member_muted', 90)).toEqual({ seconds: 90, minutes: 2, max: 4000, count: 2 });
    expect(errorParams('forbidden')).not.toHaveProperty('count');
  });

  it('says something different in each language', () => {
    const messages = LANGUAGES.map((language) => errorResources[language].errors.forbidden);
    expect(new Set(messages).size).toBe(LANGUAGES.length);
  });
});
