import type { CurrentUser, EditionDetail, EditionSummary, Language, LocalizedText } from '@sstc/shared';

export function aUser(overrides: Partial<CurrentUser> = {}): CurrentUser {
  return {
    id: '6f1c1a44-5b7e-4c61-9a55-3f0f4f3c8a01',
    email: 'joao.silva@example.org',
    name: 'João Silva',
    role: 'participant',
    country: 'BR',
    organisation: 'Ministério do Trabalho',
    constituencyGroup: 'government',
    iloRegion: 'americas',
    language: 'en',
    timeZone: 'America/Sao_Paulo',
    ...overrides,
  };
}

export const EDITION_TITLES: Record<Language, string> = {
  en: 'SSTC Academy 2016',
  es: 'Academia CSST 2016',
  fr: 'Académie CSST 2016',
  pt: 'Academia CSST 2016 (pt)',
};

export function anEdition(overrides: Partial<EditionSummary> = {}): EditionSummary {
  return {
    id: '0b7f1f0e-2c55-4a8f-9d0e-8f7a3c2b1d00',
    code: 'SSTC-2016',
    title: EDITION_TITLES,
    course: { id: 'c0000000-0000-4000-8000-000000000001', code: 'SSTC', title: { en: 'South-South and Triangular Cooperation Academy' } },
    venue: { en: 'ITCILO campus, Turin', pt: 'Campus do CIF-OIT, Turim' },
    timeZone: 'Europe/Rome',
    defaultLanguage: 'en',
    languages: ['en', 'es', 'fr', 'pt'],
    phase: 'face_to_face',
    preLearningOpens: '2016-02-15',
    preLearningCloses: '2016-07-10',
    faceToFaceStart: '2016-07-11',
    faceToFaceEnd: '2016-07-15',
    postLearningOpens: '2016-07-16',
    postLearningCloses: null,
    electiveDeadline: '2016-06-30',
    impactAssessmentOn: '2016-11-15',
    ...overrides,
  };
}

const session = (
  id: string,
  startsAt: string,
  endsAt: string,
  room: LocalizedText,
  format: EditionDetail['programme'][number]['sessions'][number]['format'],
) => ({
  id,
  startsAt,
  endsAt,
  room,
  format,
});

export function anEditionDetail(): EditionDetail {
  return {
    ...anEdition(),
    programme: [
      {
        id: 'a0000000-0000-4000-8000-000000000003',
        kind: 'elective_module',
        number: 3,
        title: { en: 'Decent work in fragile states', fr: 'Le travail décent dans les États fragiles' },
        description: {},
        block: 'B',
        capacity: 30,
        modalities: ['fragile_to_fragile'],
        sdgs: [8, 16],
        facilitators: [],
        resourcePersons: [],
        machineDrafts: [],
        sessions: [
          session('b0000000-0000-4000-8000-000000000003', '2016-07-13T09:00:00.000Z', '2016-07-13T15:30:00.000Z', { en: 'Pavilion C' }, 'world_cafe'),
        ],
      },
      {
        id: 'a0000000-0000-4000-8000-000000000001',
        kind: 'panel',
        number: 1,
        title: { en: 'SSTC and the future of work', fr: 'La CSST et l’avenir du travail' },
        description: { en: 'Opening plenary.' },
        block: null,
        capacity: null,
        modalities: ['south_south', 'triangular'],
        sdgs: [8],
        facilitators: [],
        resourcePersons: [],
        machineDrafts: [],
        sessions: [
          session(
            'b0000000-0000-4000-8000-000000000001',
            '2016-07-11T07:00:00.000Z',
            '2016-07-11T08:30:00.000Z',
            { en: 'Plenary hall', pt: 'Sala plenária' },
            'fishbowl',
          ),
        ],
      },
      {
        id: 'a0000000-0000-4000-8000-000000000002',
        kind: 'mandatory_module',
        number: 1,
        title: { en: 'Foundations of SSTC' },
        description: {},
        block: null,
        capacity: null,
        modalities: [],
        sdgs: [],
        facilitators: [],
        resourcePersons: [],
        machineDrafts: [],
        sessions: [
          session('b0000000-0000-4000-8000-000000000002', '2016-07-11T09:00:00.000Z', '2016-07-11T15:30:00.000Z', { en: 'Pavilion A' }, 'group_work'),
        ],
      },
      {
        id: 'a0000000-0000-4000-8000-000000000004',
        kind: 'elective_module',
        number: 1,
        title: { en: 'City-to-city cooperation' },
        description: {},
        block: 'A',
        capacity: 1,
        modalities: ['city_to_city'],
        sdgs: [11],
        facilitators: [],
        resourcePersons: [],
        machineDrafts: [],
        sessions: [],
      },
    ],
  };
}
