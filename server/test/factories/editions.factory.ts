import { randomBytes } from 'node:crypto';
import { addDays, dateIn, zonedTime, type EditionDetail, type ProgrammeItemKind } from '@sstc/shared';
import type { ApiClient } from '../setup/api-client.js';
import type { TestApp } from '../setup/test-app.js';
import { signedIn } from './users.factory.js';

export const TIME_ZONE = 'Europe/Rome';

export interface EditionOptions {
  /** Days from today to the face-to-face start (default 30: the elective window is open). */
  startsIn?: number;
  electives?: { block: string; capacity: number }[];
  courseId?: string;
}

/** A course for editions to belong to, made through the API. */
export async function createCourse(organizer: ApiClient): Promise<string> {
  const response = await organizer.post('/courses', { code: `C-${randomBytes(3).toString('hex')}`, title: { en: 'Test course' } });
  if (response.status !== 201) throw new Error(`course: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.id;
}

/**
 * An edition made through the API as an organizer would: a panel, a mandatory module and the
 * electives asked for, each with a session in the face-to-face week. Pre-learning (and with it
 * the elective window) opened five days ago.
 */
export async function createEdition(organizer: ApiClient, options: EditionOptions = {}): Promise<EditionDetail> {
  const start = addDays(dateIn(TIME_ZONE), options.startsIn ?? 30);
  const courseId = options.courseId ?? (await createCourse(organizer));
  const created = await organizer.post('/editions', {
    courseId,
    code: `E-${randomBytes(4).toString('hex')}`,
    title: { en: 'Test edition', fr: 'Édition de test' },
    venue: { en: 'Turin', pt: 'Turim' },
    timeZone: TIME_ZONE,
    defaultLanguage: 'en',
    languages: ['en', 'es', 'fr', 'pt'],
    faceToFaceStart: start,
    faceToFaceEnd: addDays(start, 4),
    preLearningOpens: addDays(dateIn(TIME_ZONE), -5),
    electiveDeadline: addDays(start, -7),
  });
  if (created.status !== 201) throw new Error(`edition: ${created.status} ${JSON.stringify(created.body)}`);
  const edition = created.body as EditionDetail;
  await addItem(organizer, edition, 'panel', { title: { en: 'Opening panel' } }, 0);
  await addItem(organizer, edition, 'mandatory_module', { title: { en: 'Mandatory module' } }, 0);
  for (const [index, elective] of (options.electives ?? []).entries()) {
    await addItem(
      organizer,
      edition,
      'elective_module',
      { title: { en: `Elective ${elective.block}${index + 1}` }, block: elective.block, capacity: elective.capacity },
      1,
    );
  }
  return (await organizer.get(`/editions/${edition.id}`)).body;
}

export async function addItem(organizer: ApiClient, edition: EditionDetail, kind: ProgrammeItemKind, fields: Record<string, unknown>, day = 0) {
  const date = addDays(edition.faceToFaceStart, day);
  const response = await organizer.post(`/editions/${edition.id}/programme`, {
    kind,
    sessions: [
      {
        startsAt: zonedTime(date, '09:00', TIME_ZONE).toISOString(),
        endsAt: zonedTime(date, '10:30', TIME_ZONE).toISOString(),
        room: { en: 'Room 1', pt: 'Sala 1' },
        format: 'group_work',
      },
    ],
    ...fields,
  });
  if (response.status !== 201) throw new Error(`item: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** A signed-in participant enrolled (through the API) in the edition. */
export async function enrolledParticipant(t: TestApp, organizer: ApiClient, editionId: string, overrides: Parameters<typeof signedIn>[2] = {}) {
  const person = await signedIn(t, 'participant', overrides);
  const response = await organizer.post(`/editions/${editionId}/enrolments`, {
    email: person.user.email,
    name: person.user.name,
    language: person.user.language,
  });
  if (response.status !== 201) throw new Error(`enrol: ${response.status} ${JSON.stringify(response.body)}`);
  return { ...person, enrolmentId: response.body.id as string };
}

export async function enrolledFacilitator(t: TestApp, organizer: ApiClient, editionId: string) {
  const person = await signedIn(t, 'facilitator');
  const response = await organizer.post(`/editions/${editionId}/enrolments`, {
    email: person.user.email,
    name: person.user.name,
    language: 'en',
    role: 'facilitator',
  });
  if (response.status !== 201) throw new Error(`enrol: ${response.status} ${JSON.stringify(response.body)}`);
  return { ...person, enrolmentId: response.body.id as string };
}

/** General pre-learning units (no module), written through the API, each with its estimated time. */
export async function addUnits(
  organizer: ApiClient,
  editionId: string,
  units: readonly (readonly [title: string, minutes: number])[],
): Promise<void> {
  for (const [title, minutes] of units) {
    const response = await organizer.post(`/editions/${editionId}/learning/units`, {
      title: { en: title },
      body: { en: `# ${title}` },
      keyQuestions: [],
      resources: [],
      programmeItemId: null,
      estimatedMinutes: minutes,
    });
    if (response.status !== 201) throw new Error(`unit: ${response.status} ${JSON.stringify(response.body)}`);
  }
}
