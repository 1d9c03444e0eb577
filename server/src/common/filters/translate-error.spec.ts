import { beforeAll, describe, expect, it } from '@jest/globals';
import { Logger, NotFoundException } from '@nestjs/common';
import type { Request } from 'express';
import { COUNTED_ERRORS, ERROR_CODES, ERROR_STATUS, errorResources, LANGUAGES, type CountedErrorCode, type Language } from '@sstc/shared';
import { toSocketError } from '../../modules/discussions/socket-reply.js';
import { ApiException } from '../http/api.exception.js';
import { errorMessage } from '../i18n/translate.js';
import { ApiExceptionFilter } from './api-exception.filter.js';

const filter = new ApiExceptionFilter();
const requestIn = (language: Language) => ({ requestId: 'req-1', headers: {}, user: { language } }) as unknown as Request;
const details = [{ path: 'name', code: 'too_big', message: '' }];

describe('one translator for HTTP responses and socket replies', () => {
  // internal_error is logged as ours to fix; the log is not what these tests read.
  beforeAll(() => Logger.overrideLogger(false));

  it.each(LANGUAGES)('answers every error code in %s with the same status, message and shape on both paths', (language) => {
    for (const code of ERROR_CODES) {
      const exception = new ApiException(code, { retryAfter: 90, details });
      const { status, body } = filter.toBody(exception, requestIn(language));
      const { requestId, ...http } = body;
      expect({ code, status, requestId }).toEqual({ code, status: ERROR_STATUS[code], requestId: 'req-1' });
      expect(toSocketError(exception, language)).toEqual(http);
      expect(http.message).toBe(errorMessage(code, language, 90));
      expect(http.details).toEqual([{ path: 'name', code: 'too_big', message: errorResources[language].fields.too_big }]);
    }
  });

  it('answers what is not ours to explain as internal_error, and Nest’s own exceptions by their status, on both paths', () => {
    const unexpected = filter.toBody(new Error('database on fire'), requestIn('es'));
    expect(unexpected).toMatchObject({
      status: 500,
      unexpected: true,
      body: { code: 'internal_error', message: errorResources.es.errors.internal_error },
    });
    expect(unexpected.body.message).not.toContain('fire');
    const { requestId: _, ...notFound } = filter.toBody(new NotFoundException(), requestIn('fr')).body;
    expect(notFound.code).toBe('not_found');
    expect(toSocketError(new NotFoundException(), 'fr')).toEqual(notFound);
  });
});

// Numbers that CLDR puts in each plural category: 1 is "one" everywhere, 2 "other", a million
// "many" in French, Spanish and Portuguese (un million de secondes) and "other" in English.
const SAMPLES: { count: number; form: 'one' | 'other' | 'many' }[] = [
  { count: 1, form: 'one' },
  { count: 2, form: 'other' },
  { count: 1_000_000, form: 'many' },
];

describe('error messages with a number', () => {
  const cases = LANGUAGES.flatMap((language) =>
    (Object.keys(COUNTED_ERRORS) as CountedErrorCode[]).filter((code) => COUNTED_ERRORS[code] !== 'max').map((code) => [language, code] as const),
  );

  it.each(cases)('%s: %s agrees with 1, 2 and a million', (language, code) => {
    const messages = errorResources[language].errors as Record<string, string>;
    for (const { count, form } of SAMPLES) {
      // member_muted counts minutes, from the seconds the mute has left.
      const retryAfter = COUNTED_ERRORS[code] === 'minutes' ? count * 60 : count;
      const template = messages[`${code}_${form}`] ?? messages[`${code}_other`]!;
      expect(errorMessage(code, language, retryAfter)).toBe(template.replace(/\{\{\w+\}\}/, String(count)));
    }
  });

  it('reads naturally in each language', () => {
    expect(errorMessage('slow_mode', 'en', 1)).toBe('Slow mode is on in this room. You can post again in 1 second.');
    expect(errorMessage('slow_mode', 'en', 2)).toBe('Slow mode is on in this room. You can post again in 2 seconds.');
    expect(errorMessage('sign_in_throttled', 'fr', 1)).toContain('dans 1 seconde.');
    expect(errorMessage('sign_in_throttled', 'fr', 30)).toContain('dans 30 secondes.');
    expect(errorMessage('sign_in_throttled', 'fr', 1_000_000)).toContain('dans 1000000 de secondes.');
    expect(errorMessage('member_muted', 'es', 60)).toContain('dentro de 1 minuto.');
    expect(errorMessage('member_muted', 'es', 600)).toContain('dentro de 10 minutos.');
    expect(errorMessage('too_many_requests', 'pt', 1)).toContain('dentro de 1 segundo.');
    expect(errorMessage('too_many_requests', 'pt', 5)).toContain('dentro de 5 segundos.');
    expect(errorMessage('message_too_long', 'en')).toBe('This message is too long: at most 4000 characters.');
  });
});
