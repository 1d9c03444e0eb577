import type { LearningNeeds, LearningPackage, LearningUnit, LearningUnitSummary, ProgressDashboard } from '@sstc/shared';

export const EDITION_ID = '0b7f1f0e-2c55-4a8f-9d0e-8f7a3c2b1d00';
export const UNIT_IDS = [
  '1a1f1f0e-2c55-4a8f-9d0e-8f7a3c2b1d01',
  '1a1f1f0e-2c55-4a8f-9d0e-8f7a3c2b1d02',
  '1a1f1f0e-2c55-4a8f-9d0e-8f7a3c2b1d03',
] as const;

export function aUnitSummary(index: number, overrides: Partial<LearningUnitSummary> = {}): LearningUnitSummary {
  return {
    id: UNIT_IDS[index]!,
    position: index + 1,
    title: { en: `Unit ${index + 1}`, fr: `Unité ${index + 1}` },
    programmeItem: index === 0 ? null : { id: '2b2f1f0e-2c55-4a8f-9d0e-8f7a3c2b1d00', kind: 'panel', number: index, title: { en: 'SDGs and SSTC' } },
    estimatedMinutes: 5,
    missingLanguages: [],
    canEdit: false,
    progress: { openedAt: null, completedAt: null },
    ...overrides,
  };
}

export function aPackage(overrides: Partial<LearningPackage> = {}): LearningPackage {
  return {
    editionId: EDITION_ID,
    defaultLanguage: 'en',
    languages: ['en', 'es', 'fr', 'pt'],
    timeZone: 'Europe/Rome',
    opensOn: '2016-02-01',
    faceToFaceStart: '2016-07-11',
    open: true,
    reminderDaysBefore: 7,
    canCreate: false,
    editableItemIds: [],
    units: [0, 1, 2].map((i) => aUnitSummary(i)),
    preAssessment: { surveyId: null, invitationId: null, responded: false, closesAt: null },
    progress: { completed: 0, total: 3, percent: 0, nextUnitId: UNIT_IDS[0] },
    ...overrides,
  };
}

export function aUnit(overrides: Partial<LearningUnit> = {}): LearningUnit {
  return {
    ...aUnitSummary(1),
    editionId: EDITION_ID,
    body: { en: 'About **SDG 8**.' },
    keyQuestions: [{ en: 'Which SDG 8 targets matter most in your country?' }],
    resources: [{ kind: 'video', title: 'Panel recording', url: 'https://example.org/video', language: 'en' }],
    html: '<p>About <strong>SDG 8</strong>.</p>',
    machineDrafts: [],
    requestedLanguage: 'en',
    shownLanguage: 'en',
    previousUnitId: UNIT_IDS[0],
    nextUnitId: UNIT_IDS[2],
    updatedAt: '2016-02-01T10:00:00.000Z',
    ...overrides,
  };
}

export function aDashboard(overrides: Partial<ProgressDashboard> = {}): ProgressDashboard {
  return {
    cohorts: [{ id: '3c3f1f0e-2c55-4a8f-9d0e-8f7a3c2b1d00', name: 'Français' }],
    modules: [{ id: '2b2f1f0e-2c55-4a8f-9d0e-8f7a3c2b1d00', kind: 'elective_module', number: 2, title: { en: 'Child labour' } }],
    expectedPercent: 40,
    totals: { participants: 2, notStarted: 1, behind: 0, onTrack: 0, completed: 1 },
    overTime: [{ date: '2016-02-03', completions: 3 }],
    rows: [
      {
        userId: '4d4f1f0e-2c55-4a8f-9d0e-8f7a3c2b1d01',
        name: 'Awa Ndiaye',
        email: 'awa@example.org',
        country: 'SN',
        cohort: 'Français',
        opened: 3,
        completed: 3,
        total: 3,
        percent: 100,
        status: 'completed',
        lastActivityAt: '2016-02-03T10:00:00.000Z',
      },
      {
        userId: '4d4f1f0e-2c55-4a8f-9d0e-8f7a3c2b1d02',
        name: 'Luc Traoré',
        email: 'luc@example.org',
        country: 'ML',
        cohort: 'Français',
        opened: 0,
        completed: 0,
        total: 3,
        percent: 0,
        status: 'not_started',
        lastActivityAt: null,
      },
    ],
    page: 1,
    pageSize: 50,
    total: 2,
    ...overrides,
  };
}

export function someNeeds(overrides: Partial<LearningNeeds> = {}): LearningNeeds {
  return {
    surveyId: '5e5f1f0e-2c55-4a8f-9d0e-8f7a3c2b1d00',
    responses: 3,
    groupBy: 'cohort',
    modules: [
      {
        item: {
          id: '2b2f1f0e-2c55-4a8f-9d0e-8f7a3c2b1d00',
          kind: 'elective_module',
          number: 2,
          title: { en: 'Child labour', fr: 'Travail des enfants' },
        },
        overall: { count: 3, mean: 2.3, distribution: [1, 1, 0, 1, 0] },
        groups: [
          { group: 'africa', label: 'africa', count: 2, mean: 3, distribution: [0, 1, 0, 1, 0] },
          { group: null, label: null, count: 1, mean: 1, distribution: [1, 0, 0, 0, 0] },
        ],
        comments: [{ text: 'Tools for supply chains', name: 'Awa Ndiaye', group: 'africa', rating: 2 }],
      },
    ],
    expectations: [{ text: 'Meet peers', name: 'Luc Traoré', group: 'africa' }],
    ...overrides,
  };
}
