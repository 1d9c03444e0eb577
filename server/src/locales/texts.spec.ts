import { describe, expect, it } from '@jest/globals';
import { LANGUAGES } from '@sstc/shared';
import { agendaTexts } from './agenda.js';
import { certificateTexts } from './certificates.js';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map(([, name]) => name).sort();

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  return Object.entries(value as object).reduce((acc, [key, child]) => ({ ...acc, ...flatten(child, prefix ? `${prefix}.${key}` : key) }), {});
}

// Server-rendered words outside emails (calendar entries, certificates), one table per use.
const TABLES = { 'calendar texts': agendaTexts, 'certificate texts': certificateTexts };

describe.each(Object.entries(TABLES))('%s', (_, table) => {
  const english = flatten(table.en);

  it.each(LANGUAGES)('%s has every key of English with the same placeholders', (language) => {
    const texts = flatten(table[language]);
    expect(Object.keys(texts).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(texts)) {
      expect(text.trim()).not.toBe('');
      expect([key, placeholders(text)]).toEqual([key, placeholders(english[key]!)]);
    }
  });
});
