import type { SurveyContent, SurveyKind } from '@sstc/shared';
import { GENERAL_ASSESSMENT } from './general-assessment.template.js';
import { IMPACT_ASSESSMENT } from './impact-assessment.template.js';
import { PRE_ASSESSMENT } from './pre-assessment.template.js';
import { question, text } from './template-text.js';

const CUSTOM: SurveyContent = {
  title: text('New survey', 'Nueva encuesta', 'Nouvelle enquête', 'Novo inquérito'),
  intro: {},
  sections: [
    {
      key: 'main',
      title: text('Questions', 'Preguntas', 'Questions', 'Perguntas'),
      description: {},
      questions: [
        question('comments', 'long_text', text('Your comments', 'Sus comentarios', 'Vos commentaires', 'Os seus comentários'), { required: false }),
      ],
    },
  ],
};

export const SURVEY_TEMPLATES: Record<SurveyKind, { content: SurveyContent; anonymous: boolean }> = {
  // Needs are followed per participant, and the impact interviews need to know who answered.
  pre_assessment: { content: PRE_ASSESSMENT, anonymous: false },
  general_assessment: { content: GENERAL_ASSESSMENT, anonymous: true },
  impact_assessment: { content: IMPACT_ASSESSMENT, anonymous: false },
  custom: { content: CUSTOM, anonymous: false },
};

/** A fresh copy, so callers can change it freely. */
export function templateFor(kind: SurveyKind): { content: SurveyContent; anonymous: boolean } {
  const { content, anonymous } = SURVEY_TEMPLATES[kind];
  return { content: structuredClone(content), anonymous };
}
