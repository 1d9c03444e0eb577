import {
  CONSTITUENCY_GROUPS,
  COUNTRY_CODES,
  IMPORT_COLUMNS,
  LANGUAGES,
  type ConstituencyGroup,
  type ImportColumn,
  type Language,
} from '@sstc/shared';

// Organizers keep participant lists in spreadsheets written in any of the four languages: column
// headers and values are recognised in each of them, ignoring case, accents and punctuation.

/** "Correo electrónico" → "correoelectronico". */
export function normalize(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const HEADERS: Record<ImportColumn, string[]> = {
  name: ['name', 'full name', 'participant', 'nombre', 'nombre completo', 'nom', 'nom complet', 'nome', 'nome completo'],
  email: [
    'email',
    'e-mail',
    'email address',
    'mail',
    'correo',
    'correo electrónico',
    'courriel',
    'adresse électronique',
    'adresse e-mail',
    'endereço de e-mail',
    'endereço eletrónico',
  ],
  country: ['country', 'country code', 'país', 'pays', 'code pays'],
  organisation: ['organisation', 'organization', 'institution', 'organización', 'institución', 'organisme', 'organização', 'instituição'],
  constituencyGroup: [
    'constituency group',
    'constituency',
    'group',
    'grupo de mandantes',
    'grupo',
    'groupe de mandants',
    'mandants',
    'groupe',
    'grupo de constituintes',
    'constituintes',
  ],
  language: [
    'preferred language',
    'language',
    'idioma preferido',
    'idioma',
    'langue préférée',
    'langue',
    'língua preferida',
    'língua',
    'idioma de preferência',
  ],
  cohort: ['cohort', 'cohorte', 'coorte'],
};

const HEADER_LOOKUP = new Map<string, ImportColumn>(
  IMPORT_COLUMNS.flatMap((column) => [column, ...HEADERS[column]].map((header) => [normalize(header), column] as const)),
);

/** The column each header names, or undefined for a column we do not read. */
export function columnOf(header: string): ImportColumn | undefined {
  return HEADER_LOOKUP.get(normalize(header));
}

let countries: Map<string, string> | undefined;

/** An ISO 3166 code ("BR", "br") or a country's name in en/es/fr/pt ("Brasil", "Brésil"). */
export function countryCode(value: string): string | undefined {
  if (!countries) {
    countries = new Map();
    for (const language of LANGUAGES) {
      const names = new Intl.DisplayNames([language], { type: 'region' });
      for (const code of COUNTRY_CODES) countries.set(normalize(names.of(code) ?? code), code);
    }
    for (const code of COUNTRY_CODES) countries.set(normalize(code), code);
  }
  return countries.get(normalize(value));
}

let languages: Map<string, Language> | undefined;

/** "pt", "Portuguese", "Português", "portugais", "portugués". */
export function languageCode(value: string): Language | undefined {
  if (!languages) {
    languages = new Map();
    for (const code of LANGUAGES) {
      languages.set(code, code);
      for (const display of LANGUAGES) languages.set(normalize(new Intl.DisplayNames([display], { type: 'language' }).of(code) ?? code), code);
    }
  }
  return languages.get(normalize(value));
}

const GROUP_LABELS: Record<ConstituencyGroup, string[]> = {
  government: ['Government', 'Gobierno', 'Gouvernement', 'Governo'],
  workers_organization: [
    'Workers’ organization',
    "Workers' organisation",
    'Workers',
    'Organización de trabajadores',
    'Organisation de travailleurs',
    'Organização de trabalhadores',
  ],
  employers_organization: [
    'Employers’ organization',
    "Employers' organisation",
    'Employers',
    'Organización de empleadores',
    'Organisation d’employeurs',
    'Organização de empregadores',
  ],
  ilo_staff: ['ILO staff', 'Personal de la OIT', 'Personnel du BIT', 'Pessoal da OIT'],
  un_agency: ['UN agency', 'Agencia de las Naciones Unidas', 'Agence des Nations Unies', 'Agência das Nações Unidas'],
  cooperation_agency: ['Cooperation agency', 'Agencia de cooperación', 'Agence de coopération', 'Agência de cooperação'],
  local_government: ['Local government', 'Gobierno local', 'Collectivité locale', 'Governo local'],
  academia: [
    'Academia or think tank',
    'Academia',
    'Think tank',
    'Academia o centro de pensamiento',
    'Université ou groupe de réflexion',
    'Academia ou centro de reflexão',
  ],
  social_solidarity_economy: [
    'Social and solidarity economy',
    'Economía social y solidaria',
    'Économie sociale et solidaire',
    'Economia social e solidária',
  ],
  other: ['Other', 'Otro', 'Autre', 'Outro'],
};

const GROUP_LOOKUP = new Map<string, ConstituencyGroup>(
  CONSTITUENCY_GROUPS.flatMap((group) => [group, ...GROUP_LABELS[group]].map((label) => [normalize(label), group] as const)),
);

export function constituencyGroupOf(value: string): ConstituencyGroup | undefined {
  return GROUP_LOOKUP.get(normalize(value));
}
