import type { Agenda, ElectiveModule, ElectivesOverview } from '@sstc/shared';
import { anEditionDetail } from './fixtures.js';

export const EDITION = anEditionDetail();

export function aModule(overrides: Partial<ElectiveModule> & Pick<ElectiveModule, 'id' | 'number'>): ElectiveModule {
  return {
    title: { en: `Module ${overrides.number}` },
    description: {},
    capacity: 2,
    seated: 0,
    seatsLeft: 2,
    waitlisted: 0,
    modalities: [],
    sdgs: [],
    facilitators: [],
    sessions: [],
    ...overrides,
  };
}

export const MODULE_A = 'a0000000-0000-4000-8000-00000000000a';
export const MODULE_B = 'a0000000-0000-4000-8000-00000000000b';

/** Block A: module A with a free seat, module B full with one person waiting. */
export function anOverview(overrides: Partial<ElectivesOverview> = {}): ElectivesOverview {
  return {
    editionId: EDITION.id,
    window: { state: 'open', opensOn: '2016-02-15', deadline: '2016-06-30' },
    canChoose: true,
    blocks: [
      {
        block: 'A',
        modules: [
          aModule({ id: MODULE_A, number: 2, title: { en: 'Social Dialogue' }, seated: 1, seatsLeft: 1 }),
          aModule({ id: MODULE_B, number: 3, title: { en: 'Labour Migration' }, seated: 2, seatsLeft: 0, waitlisted: 1 }),
        ],
        choice: null,
      },
    ],
    ...overrides,
  };
}

export function anAgenda(overrides: Partial<Agenda> = {}): Agenda {
  return {
    edition: {
      id: EDITION.id,
      code: EDITION.code,
      title: EDITION.title,
      venue: EDITION.venue,
      timeZone: 'Europe/Rome',
      defaultLanguage: 'en',
      faceToFaceStart: '2016-07-11',
      faceToFaceEnd: '2016-07-15',
    },
    view: 'participant',
    entries: [
      {
        sessionId: 's1',
        itemId: 'i1',
        kind: 'panel',
        number: 1,
        title: { en: 'Opening panel' },
        block: null,
        startsAt: '2016-07-11T07:00:00.000Z',
        endsAt: '2016-07-11T08:30:00.000Z',
        room: { en: 'Plenary hall', es: 'Sala plenaria', fr: 'Salle plénière', pt: 'Sala plenária' },
        format: 'fishbowl',
        status: null,
        runs: false,
      },
      {
        sessionId: 's2',
        itemId: 'i2',
        kind: 'elective_module',
        number: 2,
        title: { en: 'Social Dialogue' },
        block: 'A',
        startsAt: '2016-07-12T23:30:00.000Z',
        endsAt: '2016-07-13T01:00:00.000Z',
        room: { en: 'Pavilion A2' },
        format: 'world_cafe',
        status: 'waitlisted',
        runs: false,
      },
    ],
    blocksWithoutSeat: ['A'],
    ...overrides,
  };
}
