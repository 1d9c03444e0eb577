import { describe, expect, it } from '@jest/globals';
import { ERROR_CODES } from '../error-codes.js';
import { LANGUAGES } from '../locales.js';
import { errorResources, FIELD_PROBLEMS } from './errors.js';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map(([, name]) => name).sort();

describe('error messages', () => {
  it.each(LANGUAGES)('%s translates every error code and field problem with the same placeholders', (language) => {
    const { errors, fields } = errorResources[language];
    expect(Object.keys(errors).sort()).toEqual([...ERROR_CODES].sort());
    expect(Object.keys(fields).sort()).toEqual([...FIELD_PROBLEMS].sort());
    for (const code of ERROR_CODES) {
      expect(errors[code].trim()).not.toBe('');
      expect(placeholders(errors[code])).toEqual(placeholders(errorResources.en.errors[code]));
    }
  });

  it('says something different in each language', () => {
    const messages = LANGUAGES.map((language) => errorResources[language].errors.forbidden);
    expect(new Set(messages).size).toBe(LANGUAGES.length);
  });
});
