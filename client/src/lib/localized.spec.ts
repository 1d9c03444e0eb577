import { describe, expect, it } from '@jest/globals';
import { localize } from '@sstc/shared/values';
import { localized } from './localized.js';

describe('localized', () => {
  const text = { en: 'Programme', fr: 'Programme (fr)' };

  it('uses the reader’s language when the text has it', () => {
    expect(localized(text, 'fr', 'en')).toEqual({ value: 'Programme (fr)', lang: undefined });
  });

  it('falls back to the edition’s default and says so', () => {
    expect(localized(text, 'pt', 'en')).toEqual({ value: 'Programme', lang: 'en' });
    expect(localized({ es: 'Sólo en español' }, 'pt', 'en')).toEqual({ value: 'Sólo en español', lang: 'es' });
  });

  it('picks the same text as the shared localize()', () => {
    for (const language of ['en', 'es', 'fr', 'pt'] as const) expect(localized(text, language, 'fr').value).toBe(localize(text, language, 'fr'));
    expect(localized(null, 'en', 'en')).toEqual({ value: '', lang: undefined });
  });
});
