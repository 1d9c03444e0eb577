import { describe, expect, it } from '@jest/globals';
import { INTERVIEW_KEYS, LANGUAGES, SURVEY_KINDS, allQuestions, missingTranslations, surveyContentSchema } from '@sstc/shared';
import { SURVEY_TEMPLATES } from './index.js';

describe('survey templates', () => {
  it.each(SURVEY_KINDS)('%s is a valid survey, translated into all four languages', (kind) => {
    const { content } = SURVEY_TEMPLATES[kind];
    expect(surveyContentSchema.safeParse(content).success).toBe(true);
    const missing = missingTranslations(content);
    for (const language of LANGUAGES) expect([language, missing[language]]).toEqual([language, []]);
  });

  it('asks in the impact assessment about a linked initiative, its countries, modality and partners, and an interview', () => {
    const keys = allQuestions(SURVEY_TEMPLATES.impact_assessment.content).map((q) => q.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        INTERVIEW_KEYS.initiative,
        'initiative_countries',
        'initiative_modality',
        'initiative_partners',
        INTERVIEW_KEYS.accept,
      ]),
    );
    expect(SURVEY_TEMPLATES.impact_assessment.anonymous).toBe(false);
  });

  it('shares comparable questions between the pre-assessment and the impact assessment', () => {
    const pre = new Set(allQuestions(SURVEY_TEMPLATES.pre_assessment.content).map((q) => q.key));
    const shared = allQuestions(SURVEY_TEMPLATES.impact_assessment.content)
      .filter((q) => pre.has(q.key))
      .map((q) => q.key);
    expect(shared).toEqual(['sstc_knowledge', 'sstc_confidence', 'network_contacts']);
  });
});
