import type { LocalizedText, QuestionOption, SurveyQuestion } from '@sstc/shared';

/** A text in the four languages, in the order en, es, fr, pt. */
export function text(en: string, es: string, fr: string, pt: string): Required<LocalizedText> {
  return { en, es, fr, pt };
}

export function option(value: string, label: LocalizedText): QuestionOption {
  return { value, label };
}

export function question(
  key: string,
  type: SurveyQuestion['type'],
  label: LocalizedText,
  rest: Partial<Omit<SurveyQuestion, 'key' | 'type' | 'text'>> = {},
): SurveyQuestion {
  return { key, type, text: label, help: {}, required: true, options: [], scaleLabels: [], showIf: null, ...rest };
}

export const AGREEMENT = [
  text('Strongly disagree', 'Totalmente en desacuerdo', 'Pas du tout d’accord', 'Discordo totalmente'),
  text('Disagree', 'En desacuerdo', 'Pas d’accord', 'Discordo'),
  text('Neither agree nor disagree', 'Ni de acuerdo ni en desacuerdo', 'Ni d’accord ni pas d’accord', 'Não concordo nem discordo'),
  text('Agree', 'De acuerdo', 'D’accord', 'Concordo'),
  text('Strongly agree', 'Totalmente de acuerdo', 'Tout à fait d’accord', 'Concordo totalmente'),
];

export const LEVEL = [
  text('Very low', 'Muy bajo', 'Très faible', 'Muito baixo'),
  text('Low', 'Bajo', 'Faible', 'Baixo'),
  text('Moderate', 'Moderado', 'Moyen', 'Moderado'),
  text('High', 'Alto', 'Élevé', 'Alto'),
  text('Very high', 'Muy alto', 'Très élevé', 'Muito alto'),
];

// Questions asked before and after the Academy under the same key, so results can be compared.

export const SSTC_KNOWLEDGE = question(
  'sstc_knowledge',
  'likert',
  text(
    'How would you rate your knowledge of the principles and modalities of South-South and triangular cooperation?',
    '¿Cómo valora su conocimiento de los principios y modalidades de la cooperación Sur-Sur y triangular?',
    'Comment évaluez-vous votre connaissance des principes et des modalités de la coopération Sud-Sud et triangulaire ?',
    'Como avalia o seu conhecimento dos princípios e modalidades da cooperação Sul-Sul e triangular?',
  ),
  { scaleLabels: LEVEL },
);

export const SSTC_CONFIDENCE = question(
  'sstc_confidence',
  'likert',
  text(
    'How confident are you in designing or joining an SSTC initiative in your organization?',
    '¿Qué confianza tiene en diseñar o sumarse a una iniciativa de CSST en su organización?',
    'Dans quelle mesure vous sentez-vous capable de concevoir ou de rejoindre une initiative de CSST dans votre organisation ?',
    'Que confiança tem em conceber ou aderir a uma iniciativa de CSST na sua organização?',
  ),
  { scaleLabels: LEVEL },
);

export const NETWORK_CONTACTS = question(
  'network_contacts',
  'single_choice',
  text(
    'With how many people in other countries do you exchange regularly about decent work and SSTC?',
    '¿Con cuántas personas de otros países intercambia regularmente sobre trabajo decente y CSST?',
    'Avec combien de personnes d’autres pays échangez-vous régulièrement sur le travail décent et la CSST ?',
    'Com quantas pessoas de outros países troca regularmente sobre trabalho digno e CSST?',
  ),
  {
    options: [
      option('none', text('None', 'Ninguna', 'Aucune', 'Nenhuma')),
      option('one_two', text('1 or 2', '1 o 2', '1 ou 2', '1 ou 2')),
      option('three_five', text('3 to 5', 'De 3 a 5', 'De 3 à 5', 'De 3 a 5')),
      option('more_than_five', text('More than 5', 'Más de 5', 'Plus de 5', 'Mais de 5')),
    ],
  },
);
