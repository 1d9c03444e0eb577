import type { SurveyContent } from '@sstc/shared';
import { AGREEMENT, option, question, SSTC_KNOWLEDGE, text } from './template-text.js';

/** Closes the face-to-face week. */
export const GENERAL_ASSESSMENT: SurveyContent = {
  title: text(
    'General assessment of the Academy',
    'Evaluación general de la Academia',
    'Évaluation générale de l’Académie',
    'Avaliação geral da Academia',
  ),
  intro: text(
    'Thank you for this week in Turin. Tell us what worked and what we should improve.',
    'Gracias por esta semana en Turín. Díganos qué funcionó y qué debemos mejorar.',
    'Merci pour cette semaine à Turin. Dites-nous ce qui a fonctionné et ce que nous devons améliorer.',
    'Obrigado por esta semana em Turim. Diga-nos o que funcionou e o que devemos melhorar.',
  ),
  sections: [
    {
      key: 'overall',
      title: text('Overall', 'En general', 'Dans l’ensemble', 'No geral'),
      description: {},
      questions: [
        question(
          'recommend',
          'rating',
          text(
            'How likely are you to recommend the Academy to a colleague?',
            '¿Qué probabilidad hay de que recomiende la Academia a un colega?',
            'Quelle est la probabilité que vous recommandiez l’Académie à un·e collègue ?',
            'Qual a probabilidade de recomendar a Academia a um colega?',
          ),
          {
            scaleLabels: [
              text('Not at all likely', 'Nada probable', 'Pas du tout probable', 'Nada provável'),
              text('Extremely likely', 'Muy probable', 'Très probable', 'Muito provável'),
            ],
          },
        ),
        question(
          'objectives_met',
          'likert',
          text(
            'The Academy met its learning objectives.',
            'La Academia cumplió sus objetivos de aprendizaje.',
            'L’Académie a atteint ses objectifs d’apprentissage.',
            'A Academia cumpriu os seus objetivos de aprendizagem.',
          ),
          { scaleLabels: AGREEMENT },
        ),
        question(
          'content_relevance',
          'likert',
          text(
            'The content is relevant to my work.',
            'El contenido es pertinente para mi trabajo.',
            'Le contenu est pertinent pour mon travail.',
            'O conteúdo é relevante para o meu trabalho.',
          ),
          { scaleLabels: AGREEMENT },
        ),
        SSTC_KNOWLEDGE,
      ],
    },
    {
      key: 'formats',
      title: text('Formats and modules', 'Formatos y módulos', 'Formats et modules', 'Formatos e módulos'),
      description: {},
      questions: [
        question(
          'best_format',
          'single_choice',
          text(
            'Which session format helped you learn the most?',
            '¿Qué formato de sesión le ayudó más a aprender?',
            'Quel format de séance vous a le plus aidé·e à apprendre ?',
            'Que formato de sessão mais o/a ajudou a aprender?',
          ),
          {
            options: [
              option('expository_presentation', text('Presentations', 'Presentaciones', 'Présentations', 'Apresentações')),
              option('questions_and_answers', text('Questions and answers', 'Preguntas y respuestas', 'Questions-réponses', 'Perguntas e respostas')),
              option('group_work', text('Group work', 'Trabajo en grupo', 'Travail de groupe', 'Trabalho de grupo')),
              option('fishbowl', text('Fishbowl', 'Pecera (fishbowl)', 'Bocal à poissons (fishbowl)', 'Aquário (fishbowl)')),
              option('world_cafe', text('World café', 'World café', 'World café', 'World café')),
              option('co_creation', text('Co-creation', 'Cocreación', 'Co-création', 'Cocriação')),
            ],
          },
        ),
        question(
          'electives_useful',
          'yes_no',
          text(
            'Were your elective modules useful for your work?',
            '¿Le resultaron útiles para su trabajo los módulos optativos?',
            'Vos modules optionnels ont-ils été utiles pour votre travail ?',
            'Os módulos opcionais foram úteis para o seu trabalho?',
          ),
        ),
        question(
          'electives_missing',
          'long_text',
          text(
            'What was missing from your elective modules?',
            '¿Qué faltó en sus módulos optativos?',
            'Qu’a-t-il manqué à vos modules optionnels ?',
            'O que faltou nos seus módulos opcionais?',
          ),
          { required: false, showIf: { question: 'electives_useful', anyOf: ['no'] } },
        ),
        question(
          'organisation',
          'likert',
          text(
            'The organisation and logistics in Turin worked well.',
            'La organización y la logística en Turín funcionaron bien.',
            'L’organisation et la logistique à Turin ont bien fonctionné.',
            'A organização e a logística em Turim funcionaram bem.',
          ),
          { scaleLabels: AGREEMENT },
        ),
        question(
          'improve',
          'long_text',
          text(
            'What should we improve for the next edition?',
            '¿Qué deberíamos mejorar para la próxima edición?',
            'Que devrions-nous améliorer pour la prochaine édition ?',
            'O que devemos melhorar na próxima edição?',
          ),
          { required: false },
        ),
      ],
    },
  ],
};
