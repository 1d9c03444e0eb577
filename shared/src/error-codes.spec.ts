import { describe, expect, it } from '@jest/globals';
import { ERROR_CODES, ERROR_STATUS } from './error-codes.js';
import { LANGUAGES } from './locales.js';
import { errorResources } from './i18n/errors.js';

describe('error codes', () => {
  it.each(ERROR_CODES.map((code) => [code]))('%s has an error status and a message in every language', (code) => {
    expect(Number.isInteger(ERROR_STATUS[code]) && ERROR_STATUS[code] >= 400 && ERROR_STATUS[code] <= 599).toBe(true);
    for (const language of LANGUAGES) {
      const messages = errorResources[language].errors as Record<string, string>;
      expect({ language, message: messages[code] ?? messages[`${code}_other`] }).toEqual({ language, message: expect.stringMatching(/\S/) });
    }
  });

  it('answers validation failures 400 and unknown failures 500', () => {
    expect([ERROR_STATUS.validation_failed, ERROR_STATUS.internal_error]).toEqual([400, 500]);
  });
});
