import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Edition } from '../../src/modules/courses/edition.entity.js';
import { createCourse, createEdition, enrolledParticipant } from '../factories/editions.factory.js';
import { signedIn } from '../factories/users.factory.js';
import type { ApiClient } from '../setup/api-client.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

const base = { title: { en: 'Academy 2027' }, venue: { en: 'Turin' }, timeZone: 'Europe/Rome', defaultLanguage: 'en', languages: ['en', 'fr'] };

describe('courses and editions', () => {
  let t: TestApp;
  let organizer: ApiClient;
  let courseId: string;

  beforeAll(async () => {
    t = await startTestApp();
    organizer = (await signedIn(t, 'organizer')).client;
    courseId = await createCourse(organizer);
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates an edition with the Academy defaults: pre-learning 20 days before, impact survey 4 months after', async () => {
    const response = await organizer.post('/editions', {
      ...base,
      courseId,
      code: 'sstc-2027',
      faceToFaceStart: '2027-07-12',
      faceToFaceEnd: '2027-07-16',
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      code: 'SSTC-2027',
      preLearningOpens: '2027-06-22',
      preLearningCloses: '2027-07-11',
      postLearningOpens: '2027-07-17',
      postLearningCloses: null,
      electiveDeadline: '2027-07-05',
      impactAssessmentOn: '2027-11-16',
      phase: 'upcoming',
      programme: [],
      course: { id: courseId },
    });
    const courses = (await organizer.get('/courses')).body;
    expect(courses.find((c: { id: string }) => c.id === courseId).editionCount).toBe(1);
  });

  it('refuses phases out of order with a translated reason per field, and writes nothing', async () => {
    const before = await t.dataSource.getRepository(Edition).count();
    const { client } = await signedIn(t, 'organizer', { language: 'fr' });
    const bad = await client.post('/editions', {
      ...base,
      courseId,
      code: 'BAD-1',
      faceToFaceStart: '2027-07-12',
      faceToFaceEnd: '2027-07-10',
      electiveDeadline: '2027-07-13',
      impactAssessmentOn: '2027-07-01',
      defaultLanguage: 'pt',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual(
      expect.arrayContaining([
        { path: 'faceToFaceEnd', code: 'end_before_start', message: 'La fin ne peut pas précéder le début.' },
        { path: 'electiveDeadline', code: 'not_before_face_to_face', message: 'Cette date doit précéder la semaine en présentiel.' },
        { path: 'impactAssessmentOn', code: 'not_after_face_to_face', message: expect.any(String) },
        { path: 'defaultLanguage', code: 'default_language_not_offered', message: expect.any(String) },
        { path: 'title.pt', code: 'default_translation_required', message: expect.any(String) },
        { path: 'venue.pt', code: 'default_translation_required', message: expect.any(String) },
      ]),
    );
    expect(await t.dataSource.getRepository(Edition).count()).toBe(before);
  });

  it('refuses a second edition with the same code', async () => {
    await organizer.post('/editions', { ...base, courseId, code: 'TWICE', faceToFaceStart: '2028-07-10', faceToFaceEnd: '2028-07-14' });
    const again = await organizer.post('/editions', { ...base, courseId, code: 'twice', faceToFaceStart: '2029-07-09', faceToFaceEnd: '2029-07-13' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('code_taken');
  });

  it('updates dates and checks them against the stored ones', async () => {
    const created = (
      await organizer.post('/editions', { ...base, courseId, code: 'UPD-1', faceToFaceStart: '2027-09-06', faceToFaceEnd: '2027-09-10' })
    ).body;
    const bad = await organizer.patch(`/editions/${created.id}`, { faceToFaceStart: '2027-09-20' });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { path: string }) => d.path)).toContain('faceToFaceEnd');
    const venue = { en: 'Online and Turin', fr: 'En ligne et à Turin' };
    const good = await organizer.patch(`/editions/${created.id}`, { postLearningCloses: '2028-01-31', venue });
    expect(good.body).toMatchObject({ postLearningCloses: '2028-01-31', venue, faceToFaceStart: '2027-09-06' });
  });

  it('keeps the venue in each language, and refuses a venue without the default language or as bare text', async () => {
    const venue = { en: 'ITCILO campus, Turin', es: 'Campus del CIF-OIT, Turín', fr: 'Campus du CIF-OIT, Turin', pt: 'Campus do CIF-OIT, Turim' };
    const created = await organizer.post('/editions', {
      ...base,
      courseId,
      code: 'VENUE-1',
      venue,
      faceToFaceStart: '2031-07-07',
      faceToFaceEnd: '2031-07-11',
    });
    expect(created.status).toBe(201);
    expect((await organizer.get(`/editions/${created.body.id}`)).body.venue).toEqual(venue);
    const withoutEnglish = await organizer.patch(`/editions/${created.body.id}`, { venue: { fr: 'Turin' } });
    expect(withoutEnglish.status).toBe(400);
    expect(withoutEnglish.body.details).toEqual([expect.objectContaining({ path: 'venue.en', code: 'default_translation_required' })]);
    expect((await organizer.patch(`/editions/${created.body.id}`, { venue: 'Turin' })).status).toBe(400);
    expect((await organizer.get(`/editions/${created.body.id}`)).body.venue).toEqual(venue);
  });

  it('copies the programme and cohorts of an earlier edition, moving sessions to the new week', async () => {
    const source = await createEdition(organizer, { courseId, electives: [{ block: 'A', capacity: 10 }] });
    await organizer.post(`/editions/${source.id}/cohorts`, { name: 'Français', language: 'fr' });
    const copy = await organizer.post('/editions', {
      ...base,
      courseId,
      code: 'COPY-1',
      faceToFaceStart: '2030-03-04',
      faceToFaceEnd: '2030-03-08',
      copyFrom: source.id,
    });
    expect(copy.status).toBe(201);
    expect(copy.body.programme.map((i: { kind: string; number: number }) => `${i.kind}:${i.number}`)).toEqual(
      source.programme.map((i) => `${i.kind}:${i.number}`),
    );
    const elective = copy.body.programme.find((i: { kind: string }) => i.kind === 'elective_module');
    // The elective ran on the second day at 09:00 in Turin; it still does, in the new week (winter time now).
    expect(elective.sessions[0].startsAt).toBe('2030-03-05T08:00:00.000Z');
    expect(elective).toMatchObject({ block: 'A', capacity: 10 });
    expect(elective.sessions[0].room).toEqual({ en: 'Room 1', pt: 'Sala 1' });
    expect((await organizer.get(`/editions/${copy.body.id}/cohorts`)).body.map((c: { name: string }) => c.name)).toEqual(['Français']);
  });

  it('lets only organizers manage courses and editions, and participants only see their own', async () => {
    const edition = await createEdition(organizer, { courseId });
    const { client } = await enrolledParticipant(t, organizer, edition.id);
    expect((await client.post('/courses', { code: 'X1', title: { en: 'X' } })).status).toBe(403);
    expect((await client.patch(`/editions/${edition.id}`, { venue: { en: 'Elsewhere' } })).status).toBe(403);
    expect((await client.get('/courses')).status).toBe(403);
    expect((await client.get(`/editions/${edition.id}`)).body.phase).toBe('pre_learning');
  });
});
