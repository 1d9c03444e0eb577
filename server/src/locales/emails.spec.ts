import { describe, expect, it } from '@jest/globals';
import { EMAIL_TEMPLATES, LANGUAGES, ROLES, type Language } from '@sstc/shared';
import { emailResources, emailTranslator, paragraphsOf, roleNames } from './emails.js';
import { surveyWords } from './surveys.js';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map(([, name]) => name).sort();

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  return Object.entries(value as object).reduce((acc, [key, child]) => ({ ...acc, ...flatten(child, prefix ? `${prefix}.${key}` : key) }), {});
}

/** Keys without their plural suffix, each with the plural forms it has. */
function baseKeys(texts: Record<string, string>): Map<string, string[]> {
  const bases = new Map<string, string[]>();
  for (const key of Object.keys(texts)) {
    const form = PLURAL_SUFFIX.exec(key)?.[1];
    const base = key.replace(PLURAL_SUFFIX, '');
    bases.set(base, [...(bases.get(base) ?? []), ...(form ? [form] : [])].sort());
  }
  return bases;
}

describe('email texts', () => {
  const english = flatten(emailResources.en);

  it('has a subject, paragraphs and an action for every template', () => {
    for (const template of EMAIL_TEMPLATES) {
      expect(emailResources.en[template]).toMatchObject({ subject: expect.any(String), action: expect.any(String) });
      expect(paragraphsOf(template).length).toBeGreaterThan(0);
    }
  });

  it.each(LANGUAGES)('%s has every key of English, none empty, and the role names', (language) => {
    const texts = flatten(emailResources[language]);
    expect([...baseKeys(texts).keys()].sort()).toEqual([...baseKeys(english).keys()].sort());
    for (const [key, text] of Object.entries(texts)) expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
    expect(Object.keys(roleNames[language]).sort()).toEqual([...ROLES].sort());
    expect(Object.keys(surveyWords[language]).sort()).toEqual(Object.keys(surveyWords.en).sort());
    expect(Object.values(surveyWords[language]).every((word) => word.trim() !== '')).toBe(true);
  });

  it.each(LANGUAGES)('%s has exactly the plural forms the language needs', (language: Language) => {
    const needed = [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
    const counted = [...baseKeys(flatten(emailResources[language]))].filter(([, forms]) => forms.length > 0);
    expect(counted.length).toBeGreaterThan(0);
    expect(counted).toEqual(counted.map(([key]) => [key, needed]));
  });

  it.each(LANGUAGES)('%s uses the same placeholders as English', (language) => {
    for (const [key, text] of Object.entries(flatten(emailResources[language]))) {
      // A plural form is compared with the English "other" form.
      const englishKey = key in english ? key : key.replace(PLURAL_SUFFIX, '_other');
      expect({ key, placeholders: placeholders(text) }).toEqual({ key, placeholders: placeholders(english[englishKey]!) });
    }
  });

  it('picks the plural form from the count', () => {
    const t = emailTranslator('en');
    const sentence = (count: number) => t('survey_reminder.body.not_received', { replace: { survey: 'S', edition: 'E', count }, count });
    expect(sentence(1)).toContain('about 1 minute.');
    expect(sentence(12)).toContain('about 12 minutes.');
    expect(emailTranslator('fr')('interview_proposal.body.proposal', { replace: { count: 45 }, count: 45 })).toContain('45 minutes');
  });
});
