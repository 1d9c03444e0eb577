// The facts of the 1st ILO Academy on South-South and Triangular Cooperation (Turin, 2016), copied
// from the Academy's public documents for the demo data. Day-by-day times, elective blocks and
// capacities are illustrative. The project never reads the briefing folder at run time.
import type { LocalizedText, ProgrammeItemKind } from '@sstc/shared';

export interface AcademyItem {
  kind: ProgrammeItemKind;
  number: number;
  title: Required<LocalizedText>;
  /** The panel's focus, in the four languages. */
  focus?: Required<LocalizedText>;
  block?: string;
  capacity?: number;
  days: string[];
}

export const ACADEMY_2016 = {
  course: {
    code: 'SSTC-ACADEMY',
    title: {
      en: 'South-South and Triangular Cooperation Academy',
      es: 'Academia de Cooperación Sur-Sur y Triangular',
      fr: 'Académie de la coopération Sud-Sud et triangulaire',
      pt: 'Academia de Cooperação Sul-Sul e Triangular',
    },
  },
  edition: {
    code: 'SSTC-2016',
    title: {
      en: '1st ILO Academy on South-South and Triangular Cooperation',
      es: '1.ª Academia de la OIT sobre Cooperación Sur-Sur y Triangular',
      fr: "1re Académie de l'OIT sur la coopération Sud-Sud et triangulaire",
      pt: '1.ª Academia da OIT sobre Cooperação Sul-Sul e Triangular',
    },
    venue: {
      en: 'ITCILO campus, Viale Maestri del Lavoro 10, Turin, Italy',
      es: 'Campus del CIF-OIT, Viale Maestri del Lavoro 10, Turín (Italia)',
      fr: 'Campus du CIF-OIT, Viale Maestri del Lavoro 10, Turin (Italie)',
      pt: 'Campus do CIF-OIT, Viale Maestri del Lavoro 10, Turim (Itália)',
    },
    timeZone: 'Europe/Rome',
    defaultLanguage: 'en',
    languages: ['en', 'es', 'fr', 'pt'],
  },
  preLearning: { opens: '2016-02-01', closes: '2016-05-31' },
  faceToFace: { start: '2016-07-11', end: '2016-07-15' },
  postLearningOpens: '2016-07-16',
  impactAssessmentMonthsAfterFaceToFace: 4,
  participantsTrained: 300,
  programme: [
    {
      kind: 'panel',
      number: 1,
      title: {
        en: 'Sustainable Development Goals and SSTC',
        es: 'Objetivos de Desarrollo Sostenible y CSST',
        fr: 'Objectifs de développement durable et CSST',
        pt: 'Objetivos de Desenvolvimento Sustentável e CSST',
      },
      focus: {
        en: 'The 17 SDGs, SDG 8 (decent work) and SDG 17 (means of implementation, capacity building through South-South and triangular cooperation). Highly interactive.',
        es: 'Los 17 ODS, el ODS 8 (trabajo decente) y el ODS 17 (medios de implementación, desarrollo de capacidades mediante la cooperación Sur-Sur y triangular). Muy interactivo.',
        fr: "Les 17 ODD, l'ODD 8 (travail décent) et l'ODD 17 (moyens de mise en œuvre, renforcement des capacités par la coopération Sud-Sud et triangulaire). Très interactif.",
        pt: 'Os 17 ODS, o ODS 8 (trabalho digno) e o ODS 17 (meios de implementação, reforço de capacidades através da cooperação Sul-Sul e triangular). Muito interativo.',
      },
      days: ['2016-07-11'],
    },
    {
      kind: 'panel',
      number: 2,
      title: {
        en: 'Triangular cooperation: good practices',
        es: 'Cooperación triangular: buenas prácticas',
        fr: 'Coopération triangulaire : bonnes pratiques',
        pt: 'Cooperação triangular: boas práticas',
      },
      focus: {
        en: 'South-South cooperation supported by a Northern partner; experiences with the United States, Portugal, Japan, Germany, Spain, France, Norway and Ireland.',
        es: 'Cooperación Sur-Sur apoyada por un socio del Norte; experiencias con los Estados Unidos, Portugal, Japón, Alemania, España, Francia, Noruega e Irlanda.',
        fr: "Coopération Sud-Sud soutenue par un partenaire du Nord ; expériences avec les États-Unis, le Portugal, le Japon, l'Allemagne, l'Espagne, la France, la Norvège et l'Irlande.",
        pt: 'Cooperação Sul-Sul apoiada por um parceiro do Norte; experiências com os Estados Unidos, Portugal, Japão, Alemanha, Espanha, França, Noruega e Irlanda.',
      },
      days: ['2016-07-12'],
    },
    {
      kind: 'panel',
      number: 3,
      title: {
        en: 'Gender mainstreaming and SSTC',
        es: 'Transversalización de género y CSST',
        fr: 'Intégration du genre et CSST',
        pt: 'Integração da perspetiva de género e CSST',
      },
      focus: {
        en: 'Gender mainstreaming and the empowerment of women and girls as a means to reach the SDGs and to promote South-South cooperation through community-to-community approaches and peer learning.',
        es: 'La transversalización de género y el empoderamiento de las mujeres y las niñas como medio para alcanzar los ODS y promover la cooperación Sur-Sur mediante enfoques de comunidad a comunidad y el aprendizaje entre pares.',
        fr: "L'intégration du genre et l'autonomisation des femmes et des filles comme moyen d'atteindre les ODD et de promouvoir la coopération Sud-Sud par des approches de communauté à communauté et l'apprentissage entre pairs.",
        pt: 'A integração da perspetiva de género e o empoderamento das mulheres e raparigas como meio para alcançar os ODS e promover a cooperação Sul-Sul através de abordagens de comunidade para comunidade e da aprendizagem entre pares.',
      },
      days: ['2016-07-14'],
    },
    {
      kind: 'panel',
      number: 4,
      title: {
        en: 'The Road to Buenos Aires + 40: From TCDC to SSTC',
        es: 'El camino a Buenos Aires + 40: de la CTPD a la CSST',
        fr: 'La route vers Buenos Aires + 40 : de la CTPD à la CSST',
        pt: 'O caminho para Buenos Aires + 40: da CTPD à CSST',
      },
      focus: {
        en: "From the 1978 Buenos Aires Plan of Action (technical cooperation among developing countries) to today's SSTC, and the challenges after its 40th anniversary in 2018; partnership with the UN Office for South-South Cooperation.",
        es: 'Del Plan de Acción de Buenos Aires de 1978 (cooperación técnica entre países en desarrollo) a la CSST de hoy, y los desafíos tras su 40.º aniversario en 2018; alianza con la Oficina de las Naciones Unidas para la Cooperación Sur-Sur.',
        fr: "Du Plan d'action de Buenos Aires de 1978 (coopération technique entre pays en développement) à la CSST d'aujourd'hui, et les défis après son 40e anniversaire en 2018 ; partenariat avec le Bureau des Nations Unies pour la coopération Sud-Sud.",
        pt: 'Do Plano de Ação de Buenos Aires de 1978 (cooperação técnica entre países em desenvolvimento) à CSST de hoje, e os desafios após o seu 40.º aniversário em 2018; parceria com o Gabinete das Nações Unidas para a Cooperação Sul-Sul.',
      },
      days: ['2016-07-15'],
    },
    {
      kind: 'mandatory_module',
      number: 1,
      title: {
        en: 'South-South Cooperation and the Sustainable Development Goals',
        es: 'Cooperación Sur-Sur y los Objetivos de Desarrollo Sostenible',
        fr: 'La coopération Sud-Sud et les objectifs de développement durable',
        pt: 'Cooperação Sul-Sul e os Objetivos de Desenvolvimento Sustentável',
      },
      days: ['2016-07-11'],
    },
    {
      kind: 'elective_module',
      number: 2,
      title: {
        en: 'Combatting Child Labour, Trafficking and Modern Slavery through SSTC',
        es: 'Combatir el trabajo infantil, la trata y la esclavitud moderna mediante la CSST',
        fr: "Lutter contre le travail des enfants, la traite et l'esclavage moderne par la CSST",
        pt: 'Combater o trabalho infantil, o tráfico e a escravatura moderna através da CSST',
      },
      block: 'A',
      capacity: 80,
      days: ['2016-07-12', '2016-07-13'],
    },
    {
      kind: 'elective_module',
      number: 3,
      title: {
        en: 'Job Creation, Climate Change and Just Transitions',
        es: 'Creación de empleo, cambio climático y transiciones justas',
        fr: "Création d'emplois, changement climatique et transitions justes",
        pt: 'Criação de emprego, alterações climáticas e transições justas',
      },
      block: 'A',
      capacity: 80,
      days: ['2016-07-12', '2016-07-13'],
    },
    {
      kind: 'elective_module',
      number: 4,
      title: {
        en: 'City-to-City Cooperation, Social and Solidarity Economy and Local Economic Development',
        es: 'Cooperación ciudad a ciudad, economía social y solidaria y desarrollo económico local',
        fr: 'Coopération de ville à ville, économie sociale et solidaire et développement économique local',
        pt: 'Cooperação cidade a cidade, economia social e solidária e desenvolvimento económico local',
      },
      block: 'A',
      capacity: 80,
      days: ['2016-07-12', '2016-07-13'],
    },
    {
      kind: 'elective_module',
      number: 9,
      title: {
        en: 'SSTC and Public-Private Partnerships',
        es: 'CSST y alianzas público-privadas',
        fr: 'CSST et partenariats public-privé',
        pt: 'CSST e parcerias público-privadas',
      },
      block: 'A',
      capacity: 80,
      days: ['2016-07-12', '2016-07-13'],
    },
    {
      kind: 'elective_module',
      number: 5,
      title: {
        en: 'Social Protection Floors and Public Employment',
        es: 'Pisos de protección social y empleo público',
        fr: 'Socles de protection sociale et emploi public',
        pt: 'Pisos de proteção social e emprego público',
      },
      block: 'B',
      capacity: 80,
      days: ['2016-07-14'],
    },
    {
      kind: 'elective_module',
      number: 6,
      title: {
        en: 'Fragile-to-Fragile Cooperation',
        es: 'Cooperación entre países frágiles',
        fr: 'Coopération entre pays fragiles',
        pt: 'Cooperação entre países frágeis',
      },
      block: 'B',
      capacity: 80,
      days: ['2016-07-14'],
    },
    {
      kind: 'elective_module',
      number: 7,
      title: { en: 'Social Dialogue', es: 'Diálogo social', fr: 'Dialogue social', pt: 'Diálogo social' },
      block: 'B',
      capacity: 80,
      days: ['2016-07-14'],
    },
    {
      kind: 'elective_module',
      number: 8,
      title: { en: 'Labour Migration', es: 'Migración laboral', fr: "Migration de main-d'œuvre", pt: 'Migração laboral' },
      block: 'B',
      capacity: 80,
      days: ['2016-07-14'],
    },
    {
      kind: 'mandatory_module',
      number: 10,
      title: {
        en: 'Virtual Spaces supporting South-South and Triangular Cooperation in Decent Work',
        es: 'Espacios virtuales al servicio de la cooperación Sur-Sur y triangular en trabajo decente',
        fr: 'Espaces virtuels au service de la coopération Sud-Sud et triangulaire pour le travail décent',
        pt: 'Espaços virtuais ao serviço da cooperação Sul-Sul e triangular no trabalho digno',
      },
      days: ['2016-07-15'],
    },
  ] satisfies AcademyItem[],
  goodPracticeExamples: [
    {
      title: 'Brazil and the United States supporting Haiti against child labour in construction',
      modality: 'triangular',
      countries: ['Brazil', 'United States', 'Haiti'],
      theme: 'child labour',
    },
    {
      title: 'IBSA Declaration of Intent with the ILO on decent work (2010)',
      modality: 'South-South',
      countries: ['India', 'Brazil', 'South Africa'],
      theme: 'decent work',
    },
    { title: 'SENAI and ILO/CINTERFOR vocational training network', modality: 'South-South', countries: ['Brazil'], theme: 'skills development' },
    {
      title: 'Transition to the formal economy through social protection for informal workers',
      modality: 'South-South',
      countries: ['Rwanda', "Côte d'Ivoire", 'Guinea-Bissau', 'Cabo Verde'],
      theme: 'informal economy',
    },
    {
      title: 'Decent work in the horticulture export value chain',
      modality: 'triangular',
      countries: ['Madagascar', 'Kenya', 'France'],
      theme: 'supply chains',
    },
    {
      title: 'Gender-responsive just transition through peer learning',
      modality: 'South-South',
      countries: ['Azerbaijan', 'Brazil'],
      theme: 'just transition',
    },
  ],
} as const;
