import { describe, expect, it } from '@jest/globals';
import { LANGUAGES } from '@sstc/shared';
import { emailResources, roleNames } from './emails.js';
import { surveyWords } from './surveys.js';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map(([, name]) => name).sort();

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  return Object.entries(value as object).reduce((acc, [key, child]) => ({ ...acc, ...flatten(child, prefix ? `${prefix}.${key}` : key) }), {});
}

describe('email texts', () => {
  const english = flatten(emailResources.en);

  it.each(LANGUAGES)('%s has every key of English with the same placeholders, none empty', (language) => {
    const texts = flatten(emailResources[language]);
    expect(Object.keys(texts).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(texts)) {
      expect(text.trim()).not.toBe('');
      expect([key, placeholders(text)]).toEqual([key, placeholders(english[key]!)]);
    }
    expect(Object.keys(roleNames[language]).sort()).toEqual(['facilitator', 'organizer', 'participant']);
    expect(Object.keys(surveyWords[language]).sort()).toEqual(Object.keys(surveyWords.en).sort());
    expect(Object.values(surveyWords[language]).every((word) => word.trim() !== '')).toBe(true);
  });
});
