import type { SurveyContent } from '@sstc/shared';
import { NETWORK_CONTACTS, option, question, SSTC_CONFIDENCE, SSTC_KNOWLEDGE, text } from './template-text.js';

/** Before the face-to-face week: each participant's needs and gaps, so the week can focus on interaction. */
export const PRE_ASSESSMENT: SurveyContent = {
  title: text(
    'Pre-assessment: your needs and expectations',
    'Evaluación previa: sus necesidades y expectativas',
    'Évaluation préalable : vos besoins et attentes',
    'Avaliação prévia: as suas necessidades e expectativas',
  ),
  intro: text(
    'Before we meet in Turin, tell us where you stand and what you need. Your answers shape the face-to-face week.',
    'Antes de encontrarnos en Turín, cuéntenos dónde se encuentra y qué necesita. Sus respuestas dan forma a la semana presencial.',
    'Avant notre rencontre à Turin, dites-nous où vous en êtes et ce dont vous avez besoin. Vos réponses façonnent la semaine en présentiel.',
    'Antes de nos encontrarmos em Turim, diga-nos onde está e do que precisa. As suas respostas dão forma à semana presencial.',
  ),
  sections: [
    {
      key: 'starting_point',
      title: text('Your starting point', 'Su punto de partida', 'Votre point de départ', 'O seu ponto de partida'),
      description: {},
      questions: [
        question(
          'sstc_involvement',
          'single_choice',
          text(
            'How are you involved in SSTC today?',
            '¿Cómo participa hoy en la CSST?',
            'Quelle est votre implication actuelle dans la CSST ?',
            'Qual é hoje o seu envolvimento na CSST?',
          ),
          {
            options: [
              option('not_involved', text('Not involved yet', 'Todavía no participo', 'Pas encore impliqué·e', 'Ainda não envolvido/a')),
              option('learning', text('Learning about it', 'Estoy aprendiendo', 'Je me renseigne', 'Estou a aprender')),
              option(
                'participating',
                text('Taking part in an initiative', 'Participo en una iniciativa', 'Je participe à une initiative', 'Participo numa iniciativa'),
              ),
              option('leading', text('Leading an initiative', 'Dirijo una iniciativa', 'Je dirige une initiative', 'Lidero uma iniciativa')),
            ],
          },
        ),
        SSTC_KNOWLEDGE,
        SSTC_CONFIDENCE,
        NETWORK_CONTACTS,
      ],
    },
    {
      key: 'needs',
      title: text('Your needs', 'Sus necesidades', 'Vos besoins', 'As suas necessidades'),
      description: {},
      questions: [
        question(
          'priority_topics',
          'multiple_choice',
          text(
            'Which topics matter most for your work?',
            '¿Qué temas son más importantes para su trabajo?',
            'Quels thèmes comptent le plus pour votre travail ?',
            'Que temas são mais importantes para o seu trabalho?',
          ),
          {
            help: text(
              'Choose as many as you like.',
              'Elija todos los que quiera.',
              'Choisissez-en autant que vous voulez.',
              'Escolha quantos quiser.',
            ),
            options: [
              option('sdgs', text('SDGs and SSTC', 'ODS y CSST', 'ODD et CSST', 'ODS e CSST')),
              option('triangular', text('Triangular cooperation', 'Cooperación triangular', 'Coopération triangulaire', 'Cooperação triangular')),
              option(
                'gender',
                text('Gender mainstreaming', 'Transversalización de género', 'Intégration du genre', 'Integração da perspetiva de género'),
              ),
              option(
                'child_labour',
                text(
                  'Child labour and modern slavery',
                  'Trabajo infantil y esclavitud moderna',
                  'Travail des enfants et esclavage moderne',
                  'Trabalho infantil e escravatura moderna',
                ),
              ),
              option(
                'just_transition',
                text(
                  'Jobs, climate and just transitions',
                  'Empleo, clima y transiciones justas',
                  'Emploi, climat et transitions justes',
                  'Emprego, clima e transições justas',
                ),
              ),
              option(
                'social_protection',
                text('Social protection floors', 'Pisos de protección social', 'Socles de protection sociale', 'Pisos de proteção social'),
              ),
              option('social_dialogue', text('Social dialogue', 'Diálogo social', 'Dialogue social', 'Diálogo social')),
              option('labour_migration', text('Labour migration', 'Migración laboral', 'Migration de main-d’œuvre', 'Migração laboral')),
              option(
                'city_to_city',
                text(
                  'City-to-city cooperation and SSE',
                  'Cooperación ciudad a ciudad y ESS',
                  'Coopération de ville à ville et ESS',
                  'Cooperação cidade a cidade e ESS',
                ),
              ),
              option(
                'fragile_to_fragile',
                text(
                  'Fragile-to-fragile cooperation',
                  'Cooperación entre países frágiles',
                  'Coopération entre pays fragiles',
                  'Cooperação entre países frágeis',
                ),
              ),
            ],
          },
        ),
        question(
          'expectations',
          'long_text',
          text(
            'What do you hope to learn or achieve at the Academy?',
            '¿Qué espera aprender o lograr en la Academia?',
            'Qu’espérez-vous apprendre ou accomplir à l’Académie ?',
            'O que espera aprender ou alcançar na Academia?',
          ),
          { required: false },
        ),
      ],
    },
  ],
};
