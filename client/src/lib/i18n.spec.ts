import { describe, expect, it } from '@jest/globals';
import i18next from 'i18next';
import { resources } from '../locales/resources.js';
import { createI18n } from './i18n.js';

describe('plural forms', () => {
  it('counts as European Portuguese does: zero takes the plural ("0 pessoas")', () => {
    const { i18n } = createI18n(i18next, 'pt', resources);
    const t = i18n.getFixedT('pt', 'enrolments');
    expect([0, 1, 2].map((count) => t('list.count', { count }))).toEqual(['0 pessoas', '1 pessoa', '2 pessoas']);
    expect(i18n.getFixedT('fr', 'enrolments')('list.count', { count: 0 })).toBe('0 personne');
  });
});
