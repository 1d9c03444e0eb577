import { INTERVIEW_KEYS, type SurveyContent } from '@sstc/shared';
import { AGREEMENT, NETWORK_CONTACTS, option, question, SSTC_CONFIDENCE, SSTC_KNOWLEDGE, text } from './template-text.js';

const IF_INITIATIVE = { question: INTERVIEW_KEYS.initiative, anyOf: ['yes'] };

/** Four months after the week: the Academy's impact, and who to interview about a linked initiative. */
export const IMPACT_ASSESSMENT: SurveyContent = {
  title: text(
    'Impact assessment: four months after the Academy',
    'Evaluación de impacto: cuatro meses después de la Academia',
    'Évaluation d’impact : quatre mois après l’Académie',
    'Avaliação de impacto: quatro meses depois da Academia',
  ),
  intro: text(
    'Four months after Turin, we would like to know what the Academy, including the post-learning phase, changed in your work.',
    'Cuatro meses después de Turín, queremos saber qué cambió en su trabajo gracias a la Academia, incluida la fase posterior.',
    'Quatre mois après Turin, nous aimerions savoir ce que l’Académie, y compris la phase de suivi, a changé dans votre travail.',
    'Quatro meses depois de Turim, gostaríamos de saber o que a Academia, incluindo a fase posterior, mudou no seu trabalho.',
  ),
  sections: [
    {
      key: 'since_academy',
      title: text('Since the Academy', 'Desde la Academia', 'Depuis l’Académie', 'Desde a Academia'),
      description: {},
      questions: [
        question(
          'knowledge_applied',
          'likert',
          text(
            'I have applied what I learned at the Academy in my work.',
            'He aplicado en mi trabajo lo que aprendí en la Academia.',
            'J’ai appliqué dans mon travail ce que j’ai appris à l’Académie.',
            'Apliquei no meu trabalho o que aprendi na Academia.',
          ),
          { scaleLabels: AGREEMENT },
        ),
        SSTC_KNOWLEDGE,
        SSTC_CONFIDENCE,
        NETWORK_CONTACTS,
        question(
          'meeting_point_use',
          'single_choice',
          text(
            'How often have you used the virtual meeting point since the Academy?',
            '¿Con qué frecuencia ha usado el punto de encuentro virtual desde la Academia?',
            'À quelle fréquence avez-vous utilisé l’espace de rencontre virtuel depuis l’Académie ?',
            'Com que frequência usou o ponto de encontro virtual desde a Academia?',
          ),
          {
            options: [
              option('never', text('Never', 'Nunca', 'Jamais', 'Nunca')),
              option('once_or_twice', text('Once or twice', 'Una o dos veces', 'Une ou deux fois', 'Uma ou duas vezes')),
              option(
                'monthly',
                text('About once a month', 'Aproximadamente una vez al mes', 'Environ une fois par mois', 'Cerca de uma vez por mês'),
              ),
              option('weekly', text('Every week', 'Cada semana', 'Chaque semaine', 'Todas as semanas')),
            ],
          },
        ),
      ],
    },
    {
      key: 'initiative',
      title: text('Your SSTC initiative', 'Su iniciativa de CSST', 'Votre initiative de CSST', 'A sua iniciativa de CSST'),
      description: {},
      questions: [
        question(
          INTERVIEW_KEYS.initiative,
          'yes_no',
          text(
            'Have you started or joined a South-South or triangular cooperation initiative linked to your participation in the Academy?',
            '¿Ha iniciado o se ha sumado a una iniciativa de cooperación Sur-Sur o triangular vinculada a su participación en la Academia?',
            'Avez-vous lancé ou rejoint une initiative de coopération Sud-Sud ou triangulaire liée à votre participation à l’Académie ?',
            'Iniciou ou aderiu a uma iniciativa de cooperação Sul-Sul ou triangular ligada à sua participação na Academia?',
          ),
        ),
        question(
          'initiative_role',
          'single_choice',
          text('Did you start it or join it?', '¿La inició o se sumó a ella?', 'L’avez-vous lancée ou rejointe ?', 'Iniciou-a ou aderiu a ela?'),
          {
            showIf: IF_INITIATIVE,
            options: [
              option('started', text('I started it', 'La inicié', 'Je l’ai lancée', 'Iniciei-a')),
              option('joined', text('I joined it', 'Me sumé a ella', 'Je l’ai rejointe', 'Aderi a ela')),
            ],
          },
        ),
        question(
          'initiative_description',
          'long_text',
          text(
            'Describe the initiative in a few sentences.',
            'Describa la iniciativa en pocas frases.',
            'Décrivez l’initiative en quelques phrases.',
            'Descreva a iniciativa em poucas frases.',
          ),
          { showIf: IF_INITIATIVE },
        ),
        question(
          'initiative_countries',
          'short_text',
          text('Which countries take part?', '¿Qué países participan?', 'Quels pays y participent ?', 'Que países participam?'),
          {
            showIf: IF_INITIATIVE,
            help: text(
              'For example: Brazil, Mozambique, Portugal',
              'Por ejemplo: Brasil, Mozambique, Portugal',
              'Par exemple : Brésil, Mozambique, Portugal',
              'Por exemplo: Brasil, Moçambique, Portugal',
            ),
          },
        ),
        question(
          'initiative_modality',
          'multiple_choice',
          text(
            'Which cooperation modality does it follow?',
            '¿Qué modalidad de cooperación sigue?',
            'Quelle modalité de coopération suit-elle ?',
            'Que modalidade de cooperação segue?',
          ),
          {
            showIf: IF_INITIATIVE,
            options: [
              option('south_south', text('South-South', 'Sur-Sur', 'Sud-Sud', 'Sul-Sul')),
              option('triangular', text('Triangular', 'Triangular', 'Triangulaire', 'Triangular')),
              option('city_to_city', text('City-to-city', 'Ciudad a ciudad', 'De ville à ville', 'Cidade a cidade')),
              option('fragile_to_fragile', text('Fragile-to-fragile', 'Entre países frágiles', 'Entre pays fragiles', 'Entre países frágeis')),
            ],
          },
        ),
        question(
          'initiative_partners',
          'short_text',
          text(
            'Which partners are involved (institutions, organizations, agencies)?',
            '¿Qué socios participan (instituciones, organizaciones, agencias)?',
            'Quels partenaires sont impliqués (institutions, organisations, agences) ?',
            'Que parceiros estão envolvidos (instituições, organizações, agências)?',
          ),
          { showIf: IF_INITIATIVE, required: false },
        ),
        question(
          INTERVIEW_KEYS.accept,
          'yes_no',
          text(
            'Would you accept a short videoconference interview about this initiative?',
            '¿Aceptaría una breve entrevista por videoconferencia sobre esta iniciativa?',
            'Accepteriez-vous un court entretien en visioconférence sur cette initiative ?',
            'Aceitaria uma breve entrevista por videoconferência sobre esta iniciativa?',
          ),
          { showIf: IF_INITIATIVE },
        ),
      ],
    },
    {
      key: 'closing',
      title: text('To conclude', 'Para terminar', 'Pour conclure', 'Para terminar'),
      description: {},
      questions: [
        question(
          'academy_contribution',
          'rating',
          text(
            'Overall, how much did the Academy contribute to your work on SSTC?',
            'En general, ¿cuánto contribuyó la Academia a su trabajo en CSST?',
            'Dans l’ensemble, dans quelle mesure l’Académie a-t-elle contribué à votre travail sur la CSST ?',
            'No geral, quanto contribuiu a Academia para o seu trabalho em CSST?',
          ),
          { scaleLabels: [text('Not at all', 'Nada', 'Pas du tout', 'Nada'), text('Very much', 'Muchísimo', 'Énormément', 'Muitíssimo')] },
        ),
        question(
          'comments',
          'long_text',
          text(
            'Anything else you would like to tell us?',
            '¿Algo más que quiera decirnos?',
            'Autre chose à nous dire ?',
            'Mais alguma coisa que nos queira dizer?',
          ),
          { required: false },
        ),
      ],
    },
  ],
};
