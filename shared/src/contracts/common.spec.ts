import { describe, expect, it } from '@jest/globals';
import { dateTimeInputSchema, isSafeText, markdownDepth, markdownSchema, unsafeTextPaths } from './common.js';

describe('input that PostgreSQL cannot store', () => {
  it('finds U+0000 and unpaired surrogates, and lets paired ones (emoji) through', () => {
    expect(isSafeText('Olá 👋')).toBe(true);
    expect(isSafeText('a\u0000')).toBe(false);
    expect(isSafeText('\ud800')).toBe(false);
    expect(isSafeText('x\udc00')).toBe(false);
  });

  it('names the path of every bad string, keys included', () => {
    expect(unsafeTextPaths({ title: { en: 'ok', fr: '\ud800' }, tags: ['a', 'b\u0000'], ['k\u0000']: 1 })).toEqual(['title.fr', 'tags.1', 'k\u0000']);
  });

  it('refuses dates outside 1900–2999', () => {
    expect(dateTimeInputSchema.safeParse('0000-01-01T00:00:00Z').success).toBe(false);
    expect(dateTimeInputSchema.safeParse('2026-07-11T09:00:00+02:00').success).toBe(true);
  });
});

describe('markdownDepth', () => {
  it('counts quotes and list items opened on one line', () => {
    expect(markdownDepth('plain\n> quote\n> > - item')).toBe(3);
    expect(markdownDepth('***\n---\n1. one')).toBe(1);
  });

  it('refuses nesting the renderer cannot take', () => {
    expect(markdownSchema(20_000).safeParse('>'.repeat(2_000)).success).toBe(false);
    expect(markdownSchema(20_000).safeParse('> > > fine').success).toBe(true);
  });
});
