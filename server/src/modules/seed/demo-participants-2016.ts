import type { ConstituencyGroup, Language } from '@sstc/shared';

/** How a participant looked back on the Academy: it shapes their ratings (keen ones rate highest). */
export type Outlook = 'keen' | 'positive' | 'mixed';

/** An SSTC initiative a participant reported in the impact assessment, in their own words. */
export interface DemoInitiative {
  role: 'started' | 'joined';
  description: string;
  countries: string;
  modality: ('south_south' | 'triangular' | 'city_to_city' | 'fragile_to_fragile')[];
  partners: string;
  interview: boolean;
}

export interface DemoParticipant {
  email: string;
  name: string;
  language: Language;
  /** ISO code; every country is one named in the Academy's good-practice examples (academy-2016.json). */
  country: string;
  organisation: string;
  constituencyGroup: ConstituencyGroup;
  timeZone: string;
  outlook: Outlook;
  /** Did not answer the impact assessment (reminded, then it closed). */
  silentAfter?: boolean;
  initiative?: DemoInitiative;
}

/**
 * The 2016 participants beyond the demo accounts, six per language cohort. They have no
 * password and never signed in: only the accounts listed in the README can sign in.
 * Countries: Brazil, the United States, Haiti, India, South Africa, Rwanda, Côte d'Ivoire,
 * Guinea-Bissau, Cabo Verde, Madagascar, Kenya, France and Azerbaijan, as in the good practices.
 * The Spanish cohort works from Washington, Brasília and Paris (regional and cooperation offices).
 */
export const DEMO_PARTICIPANTS_2016: DemoParticipant[] = [
  // English
  {
    email: 'priya.raman@participants.academy.example.org',
    name: 'Priya Raman',
    language: 'en',
    country: 'IN',
    organisation: 'Ministry of Labour and Employment',
    constituencyGroup: 'government',
    timeZone: 'Asia/Kolkata',
    outlook: 'keen',
    initiative: {
      role: 'started',
      description:
        'A peer exchange between labour inspectors of India and South Africa, following the IBSA declaration on decent work: two study visits and a shared checklist for construction sites.',
      countries: 'India, South Africa, Brazil',
      modality: ['south_south'],
      partners: 'Department of Employment and Labour (South Africa), ILO DWT New Delhi',
      interview: true,
    },
  },
  {
    email: 'thabo.nkosi@participants.academy.example.org',
    name: 'Thabo Nkosi',
    language: 'en',
    country: 'ZA',
    organisation: 'Congress of South African Trade Unions',
    constituencyGroup: 'workers_organization',
    timeZone: 'Africa/Johannesburg',
    outlook: 'positive',
  },
  {
    email: 'wanjiru.kamau@participants.academy.example.org',
    name: 'Wanjiru Kamau',
    language: 'en',
    country: 'KE',
    organisation: 'Federation of Kenya Employers',
    constituencyGroup: 'employers_organization',
    timeZone: 'Africa/Nairobi',
    outlook: 'keen',
    initiative: {
      role: 'joined',
      description:
        'Decent work in the horticulture export chain: Kenyan and Malagasy growers compare their codes of conduct for seasonal workers, with support from France.',
      countries: 'Kenya, Madagascar, France',
      modality: ['triangular'],
      partners: 'Agence française de développement, Fresh Produce Exporters Association of Kenya',
      interview: true,
    },
  },
  {
    email: 'rashid.aliyev@participants.academy.example.org',
    name: 'Rashid Aliyev',
    language: 'en',
    country: 'AZ',
    organisation: 'State Employment Agency',
    constituencyGroup: 'government',
    timeZone: 'Asia/Baku',
    outlook: 'positive',
    initiative: {
      role: 'started',
      description: 'Peer learning with Brazil on a gender-responsive just transition for workers leaving the oil sector.',
      countries: 'Azerbaijan, Brazil',
      modality: ['south_south'],
      partners: 'Ministry of Labour (Brazil)',
      interview: false,
    },
  },
  {
    email: 'anjali.mehta@participants.academy.example.org',
    name: 'Anjali Mehta',
    language: 'en',
    country: 'IN',
    organisation: 'Self-Employed Women’s Association (SEWA)',
    constituencyGroup: 'social_solidarity_economy',
    timeZone: 'Asia/Kolkata',
    outlook: 'mixed',
    silentAfter: true,
  },
  {
    email: 'samuel.otieno@participants.academy.example.org',
    name: 'Samuel Otieno',
    language: 'en',
    country: 'KE',
    organisation: 'County Government of Kisumu',
    constituencyGroup: 'local_government',
    timeZone: 'Africa/Nairobi',
    outlook: 'positive',
  },
  // Español
  {
    email: 'lucia.herrera@participants.academy.example.org',
    name: 'Lucía Herrera',
    language: 'es',
    country: 'US',
    organisation: 'Red Interamericana para la Administración Laboral (OEA)',
    constituencyGroup: 'un_agency',
    timeZone: 'America/New_York',
    outlook: 'keen',
    initiative: {
      role: 'started',
      description:
        'Un intercambio entre ministerios de trabajo de la región sobre la inspección del trabajo infantil en la construcción, a partir del apoyo de Brasil y Estados Unidos a Haití.',
      countries: 'Haití, Brasil, Estados Unidos',
      modality: ['triangular', 'fragile_to_fragile'],
      partners: 'OEA, Ministerio de Asuntos Sociales y del Trabajo de Haití, OIT',
      interview: true,
    },
  },
  {
    email: 'diego.morales@participants.academy.example.org',
    name: 'Diego Morales',
    language: 'es',
    country: 'US',
    organisation: 'Solidarity Center, oficina para las Américas',
    constituencyGroup: 'workers_organization',
    timeZone: 'America/New_York',
    outlook: 'positive',
  },
  {
    email: 'carmen.ruiz@participants.academy.example.org',
    name: 'Carmen Ruiz',
    language: 'es',
    country: 'BR',
    organisation: 'Oficina de la OIT en Brasil',
    constituencyGroup: 'ilo_staff',
    timeZone: 'America/Sao_Paulo',
    outlook: 'keen',
  },
  {
    email: 'javier.castro@participants.academy.example.org',
    name: 'Javier Castro',
    language: 'es',
    country: 'FR',
    organisation: 'Agencia Francesa de Desarrollo, división América Latina',
    constituencyGroup: 'cooperation_agency',
    timeZone: 'Europe/Paris',
    outlook: 'mixed',
  },
  {
    email: 'sofia.mendoza@participants.academy.example.org',
    name: 'Sofía Mendoza',
    language: 'es',
    country: 'US',
    organisation: 'Fundación Interamericana',
    constituencyGroup: 'cooperation_agency',
    timeZone: 'America/New_York',
    outlook: 'positive',
    silentAfter: true,
  },
  {
    email: 'andres.vargas@participants.academy.example.org',
    name: 'Andrés Vargas',
    language: 'es',
    country: 'BR',
    organisation: 'Universidad de Brasilia, cátedra de cooperación internacional',
    constituencyGroup: 'academia',
    timeZone: 'America/Sao_Paulo',
    outlook: 'mixed',
  },
  // Français
  {
    email: 'awa.kone@participants.academy.example.org',
    name: 'Awa Koné',
    language: 'fr',
    country: 'CI',
    organisation: 'Ministère de l’Emploi et de la Protection sociale',
    constituencyGroup: 'government',
    timeZone: 'Africa/Abidjan',
    outlook: 'keen',
    initiative: {
      role: 'started',
      description:
        'Une mission d’échange avec le Rwanda et le Cabo Verde sur la protection sociale des travailleurs de l’économie informelle, pour préparer l’affiliation des commerçantes d’Abidjan.',
      countries: 'Côte d’Ivoire, Rwanda, Cabo Verde',
      modality: ['south_south'],
      partners: 'Caisse nationale de prévoyance sociale, Rwanda Social Security Board',
      interview: true,
    },
  },
  {
    email: 'jean-baptiste.nshimiyimana@participants.academy.example.org',
    name: 'Jean-Baptiste Nshimiyimana',
    language: 'fr',
    country: 'RW',
    organisation: 'Centrale des syndicats des travailleurs du Rwanda',
    constituencyGroup: 'workers_organization',
    timeZone: 'Africa/Kigali',
    outlook: 'positive',
  },
  {
    email: 'hery.rakotomalala@participants.academy.example.org',
    name: 'Hery Rakotomalala',
    language: 'fr',
    country: 'MG',
    organisation: 'Groupement des entreprises de Madagascar',
    constituencyGroup: 'employers_organization',
    timeZone: 'Indian/Antananarivo',
    outlook: 'keen',
    initiative: {
      role: 'joined',
      description:
        'Un travail commun avec les exportateurs kényans sur les conditions de travail dans la filière horticole, avec l’appui de la coopération française.',
      countries: 'Madagascar, Kenya, France',
      modality: ['triangular'],
      partners: 'Agence française de développement, Fédération des employeurs du Kenya',
      interview: false,
    },
  },
  {
    email: 'nadege.pierre@participants.academy.example.org',
    name: 'Nadège Pierre',
    language: 'fr',
    country: 'HT',
    organisation: 'Ministère des Affaires sociales et du Travail',
    constituencyGroup: 'government',
    timeZone: 'America/Port-au-Prince',
    outlook: 'positive',
  },
  {
    email: 'claire.dubois@participants.academy.example.org',
    name: 'Claire Dubois',
    language: 'fr',
    country: 'FR',
    organisation: 'Expertise France',
    constituencyGroup: 'cooperation_agency',
    timeZone: 'Europe/Paris',
    outlook: 'mixed',
    silentAfter: true,
  },
  {
    email: 'voahangy.andriamanana@participants.academy.example.org',
    name: 'Voahangy Andriamanana',
    language: 'fr',
    country: 'MG',
    organisation: 'Université d’Antananarivo',
    constituencyGroup: 'academia',
    timeZone: 'Indian/Antananarivo',
    outlook: 'positive',
  },
  // Português
  {
    email: 'ana.tavares@participants.academy.example.org',
    name: 'Ana Tavares',
    language: 'pt',
    country: 'CV',
    organisation: 'Instituto Nacional de Previdência Social',
    constituencyGroup: 'government',
    timeZone: 'Atlantic/Cape_Verde',
    outlook: 'keen',
    initiative: {
      role: 'started',
      description:
        'Cooperação com a Guiné-Bissau para levar o regime de proteção social dos trabalhadores por conta própria de Cabo Verde às vendedeiras dos mercados de Bissau.',
      countries: 'Cabo Verde, Guiné-Bissau',
      modality: ['south_south', 'fragile_to_fragile'],
      partners: 'Instituto Nacional de Segurança Social (Guiné-Bissau), OIT',
      interview: true,
    },
  },
  {
    email: 'domingos.ca@participants.academy.example.org',
    name: 'Domingos Có',
    language: 'pt',
    country: 'GW',
    organisation: 'União Nacional dos Trabalhadores da Guiné',
    constituencyGroup: 'workers_organization',
    timeZone: 'Africa/Bissau',
    outlook: 'positive',
  },
  {
    email: 'fernanda.lima@participants.academy.example.org',
    name: 'Fernanda Lima',
    language: 'pt',
    country: 'BR',
    organisation: 'SENAI – Serviço Nacional de Aprendizagem Industrial',
    constituencyGroup: 'employers_organization',
    timeZone: 'America/Sao_Paulo',
    outlook: 'keen',
    initiative: {
      role: 'joined',
      description: 'Formação de formadores da Guiné-Bissau e de Cabo Verde na rede SENAI e CINTERFOR, com cursos a distância em português.',
      countries: 'Brasil, Guiné-Bissau, Cabo Verde',
      modality: ['south_south'],
      partners: 'SENAI, OIT/CINTERFOR',
      interview: false,
    },
  },
  {
    email: 'aissatu.balde@participants.academy.example.org',
    name: 'Aissatu Baldé',
    language: 'pt',
    country: 'GW',
    organisation: 'Ministério da Função Pública, Trabalho e Segurança Social',
    constituencyGroup: 'government',
    timeZone: 'Africa/Bissau',
    outlook: 'positive',
  },
  {
    email: 'carlos.monteiro@participants.academy.example.org',
    name: 'Carlos Monteiro',
    language: 'pt',
    country: 'CV',
    organisation: 'Câmara Municipal da Praia',
    constituencyGroup: 'local_government',
    timeZone: 'Atlantic/Cape_Verde',
    outlook: 'mixed',
  },
  {
    email: 'rita.souza@participants.academy.example.org',
    name: 'Rita Souza',
    language: 'pt',
    country: 'BR',
    organisation: 'Rede de Economia Solidária do Nordeste',
    constituencyGroup: 'social_solidarity_economy',
    timeZone: 'America/Recife',
    outlook: 'positive',
    silentAfter: true,
  },
];
