import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { addDays, addMonths, dateIn, zonedTime, type AutomaticSend, type Distribution, type EditionDetail, type SurveySummary } from '@sstc/shared';
import { SurveysService } from '../../src/modules/surveys/surveys.service.js';
import { createCourse } from '../factories/editions.factory.js';
import { createCohort, enrol } from '../factories/stored-editions.factory.js';
import { createUser, signedIn } from '../factories/users.factory.js';
import type { ApiClient } from '../setup/api-client.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

const ZONE = 'Europe/Rome';
const YEAR = Number(dateIn(ZONE).slice(0, 4)) + 1;

/** The dates an organizer's form sends for a week starting on `start` (Monday to Friday). */
function weekDates(start: string) {
  const end = addDays(start, 4);
  return {
    faceToFaceStart: start,
    faceToFaceEnd: end,
    preLearningOpens: addDays(start, -20),
    preLearningCloses: addDays(start, -1),
    postLearningOpens: addDays(end, 1),
    electiveDeadline: addDays(start, -7),
    impactAssessmentOn: addMonths(end, 4),
  };
}

describe('edition schedules: the automatic sends follow the edition', () => {
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

  async function createEdition(start: string, fields: Record<string, unknown> = {}): Promise<EditionDetail> {
    const created = await organizer.post('/editions', {
      courseId,
      code: `E-${randomBytes(4).toString('hex')}`,
      title: { en: 'Academy', fr: 'Académie' },
      venue: { en: 'Turin' },
      timeZone: ZONE,
      defaultLanguage: 'en',
      languages: ['en', 'es', 'fr', 'pt'],
      ...weekDates(start),
      ...fields,
    });
    expect(created.status).toBe(201);
    return created.body as EditionDetail;
  }

  async function distributions(editionId: string): Promise<Record<string, Distribution>> {
    const surveys = (await organizer.get(`/editions/${editionId}/surveys`)).body as SurveySummary[];
    return Object.fromEntries(surveys.map((survey) => [survey.kind, survey.distributions[0]!]));
  }

  async function openingJobs(distributionId: string): Promise<string[]> {
    const rows: { opens_at: string }[] = await t.dataSource.query(
      `SELECT data->>'opensAt' AS opens_at FROM pgboss.job WHERE name = 'survey-open-distribution' AND data->>'distributionId' = $1 ORDER BY created_on`,
      [distributionId],
    );
    return rows.map((r) => r.opens_at);
  }

  async function learningReminderJobs(editionId: string): Promise<string[]> {
    const rows: { due_on: string }[] = await t.dataSource.query(
      `SELECT data->>'dueOn' AS due_on FROM pgboss.job WHERE name = 'send-learning-reminders' AND data->>'editionId' = $1 ORDER BY created_on`,
      [editionId],
    );
    return rows.map((r) => r.due_on);
  }

  it('schedules the assessments and the pre-learning reminder in the transaction creating the edition', async () => {
    const edition = await createEdition(`${YEAR}-06-14`);
    // No waiting: everything committed with the edition.
    const { general_assessment: general, impact_assessment: impact } = await distributions(edition.id);
    expect(general).toMatchObject({
      status: 'scheduled',
      automatic: true,
      followsEdition: true,
      opensAt: zonedTime(`${YEAR}-06-18`, '15:00', ZONE).toISOString(),
    });
    expect(impact).toMatchObject({
      status: 'scheduled',
      automatic: true,
      followsEdition: true,
      opensAt: zonedTime(`${YEAR}-10-18`, '10:00', ZONE).toISOString(),
    });
    expect(await openingJobs(general!.id)).toEqual([general!.opensAt]);
    expect(await openingJobs(impact!.id)).toEqual([impact!.opensAt]);
    expect(await learningReminderJobs(edition.id)).toEqual([`${YEAR}-06-07`]);
  });

  it('loses nothing when scheduling fails: the edition does not commit without its schedule', async () => {
    const code = `E-${randomBytes(4).toString('hex')}`;
    const scheduling = jest.spyOn(t.app.get(SurveysService), 'scheduleEditionDefaults').mockRejectedValueOnce(new Error('the process died here'));
    try {
      const created = await organizer.post('/editions', {
        courseId,
        code,
        title: { en: 'Academy' },
        venue: { en: 'Turin' },
        timeZone: ZONE,
        defaultLanguage: 'en',
        languages: ['en'],
        ...weekDates(`${YEAR}-06-14`),
      });
      expect(created.status).toBe(500);
    } finally {
      scheduling.mockRestore();
    }
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM editions WHERE code = $1', [code]);
    expect(count).toBe(0);
  });

  it('moves every send that has not started when the week moves from June to September', async () => {
    const edition = await createEdition(`${YEAR}-06-14`);
    const before = await distributions(edition.id);
    const moved = await organizer.patch(`/editions/${edition.id}`, weekDates(`${YEAR}-09-13`));
    expect(moved.status).toBe(200);

    const after = await distributions(edition.id);
    expect(after.general_assessment).toMatchObject({
      id: before.general_assessment!.id,
      status: 'scheduled',
      followsEdition: true,
      opensAt: zonedTime(`${YEAR}-09-17`, '15:00', ZONE).toISOString(),
      closesAt: zonedTime(`${YEAR}-10-01`, '23:59', ZONE).toISOString(),
    });
    expect(after.impact_assessment).toMatchObject({
      id: before.impact_assessment!.id,
      status: 'scheduled',
      opensAt: zonedTime(`${YEAR + 1}-01-17`, '10:00', ZONE).toISOString(),
    });
    // A new opening job for the new time; the old one finds another opensAt and does nothing.
    expect(await openingJobs(after.general_assessment!.id)).toEqual([before.general_assessment!.opensAt, after.general_assessment!.opensAt]);
    expect(await learningReminderJobs(edition.id)).toEqual([`${YEAR}-06-07`, `${YEAR}-09-06`]);

    const timeline = (await organizer.get(`/editions/${edition.id}/automatic-sends`)).body as AutomaticSend[];
    const general = timeline.filter((send) => send.surveyKind === 'general_assessment').map((send) => [send.kind, send.at]);
    expect(general).toEqual([
      ['survey_invitation', zonedTime(`${YEAR}-09-17`, '15:00', ZONE).toISOString()],
      ['survey_reminder', zonedTime(`${YEAR}-09-20`, '15:00', ZONE).toISOString()],
      ['survey_reminder', zonedTime(`${YEAR}-09-24`, '15:00', ZONE).toISOString()],
      ['survey_closing', zonedTime(`${YEAR}-10-01`, '23:59', ZONE).toISOString()],
    ]);
    expect(timeline.find((send) => send.kind === 'learning_reminder')).toMatchObject({
      status: 'planned',
      at: zonedTime(`${YEAR}-09-06`, '09:00', ZONE).toISOString(),
    });
  });

  it('moves the sends with impactAssessmentOn and with the time zone', async () => {
    const edition = await createEdition(`${YEAR}-06-14`);
    await organizer.patch(`/editions/${edition.id}`, { impactAssessmentOn: `${YEAR}-11-02` });
    expect((await distributions(edition.id)).impact_assessment!.opensAt).toBe(zonedTime(`${YEAR}-11-02`, '10:00', ZONE).toISOString());
    await organizer.patch(`/editions/${edition.id}`, { timeZone: 'America/Sao_Paulo' });
    const after = await distributions(edition.id);
    expect(after.impact_assessment!.opensAt).toBe(zonedTime(`${YEAR}-11-02`, '10:00', 'America/Sao_Paulo').toISOString());
    expect(after.general_assessment!.opensAt).toBe(zonedTime(`${YEAR}-06-18`, '15:00', 'America/Sao_Paulo').toISOString());
  });

  it('leaves a distribution edited by hand where the organizer put it, flagged, until they make it follow again', async () => {
    const edition = await createEdition(`${YEAR}-06-14`);
    const { impact_assessment: impact } = await distributions(edition.id);
    const ownDate = zonedTime(`${YEAR}-11-20`, '09:00', ZONE).toISOString();
    const edited = await organizer.patch(`/distributions/${impact!.id}`, {
      opensAt: ownDate,
      closesAt: zonedTime(`${YEAR}-12-20`, '09:00', ZONE).toISOString(),
    });
    expect(edited.body).toMatchObject({ opensAt: ownDate, automatic: true, followsEdition: false });

    await organizer.patch(`/editions/${edition.id}`, weekDates(`${YEAR}-09-13`));
    const after = await distributions(edition.id);
    expect(after.impact_assessment).toMatchObject({ opensAt: ownDate, followsEdition: false });
    expect(after.general_assessment).toMatchObject({ opensAt: zonedTime(`${YEAR}-09-17`, '15:00', ZONE).toISOString(), followsEdition: true });
    const timeline = (await organizer.get(`/editions/${edition.id}/automatic-sends`)).body as AutomaticSend[];
    expect(timeline.filter((send) => send.surveyKind === 'impact_assessment').every((send) => send.followsEdition === false)).toBe(true);

    // The timeline's "follow again" is this same call: organizers only.
    const { client: facilitator } = await signedIn(t, 'facilitator');
    expect((await facilitator.post(`/distributions/${impact!.id}/follow-edition`)).status).toBe(403);
    const again = await organizer.post(`/distributions/${impact!.id}/follow-edition`);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      followsEdition: true,
      status: 'scheduled',
      opensAt: zonedTime(`${YEAR + 1}-01-17`, '10:00', ZONE).toISOString(),
    });
    expect((await openingJobs(impact!.id)).at(-1)).toBe(again.body.opensAt);
    const followed = (await organizer.get(`/editions/${edition.id}/automatic-sends`)).body as AutomaticSend[];
    const invitation = followed.find((send) => send.distributionId === impact!.id && send.kind === 'survey_invitation');
    expect(invitation).toMatchObject({ followsEdition: true, at: again.body.opensAt });
  });

  it("refuses to make an organizer's own distribution follow the edition, and nobody but organizers sees the timeline", async () => {
    const edition = await createEdition(`${YEAR}-06-14`);
    const survey = await organizer.post(`/editions/${edition.id}/surveys`, { kind: 'custom' });
    const own = await organizer.post(`/surveys/${survey.body.id}/distributions`, {
      audience: {},
      opensAt: zonedTime(`${YEAR}-07-01`, '09:00', ZONE).toISOString(),
      closesAt: zonedTime(`${YEAR}-07-10`, '09:00', ZONE).toISOString(),
      reminderDays: [],
    });
    expect(own.body).toMatchObject({ automatic: false, followsEdition: false });
    expect((await organizer.post(`/distributions/${own.body.id}/follow-edition`)).body).toMatchObject({ code: 'distribution_not_automatic' });

    const { client: participant, user } = await signedIn(t, 'participant');
    await enrol(t.dataSource, edition.id, user);
    const { client: facilitator } = await signedIn(t, 'facilitator');
    expect((await participant.get(`/editions/${edition.id}/automatic-sends`)).status).toBe(403);
    expect((await facilitator.get(`/editions/${edition.id}/automatic-sends`)).status).toBe(403);
    expect((await organizer.get(`/editions/${randomUUIDLike()}/automatic-sends`)).status).toBe(404);
    const timeline = (await organizer.get(`/editions/${edition.id}/automatic-sends`)).body as AutomaticSend[];
    expect(timeline.find((send) => send.distributionId === own.body.id)).toMatchObject({ followsEdition: null, recipients: 1 });
  });

  it('counts whom each send reaches: the audience before opening, by cohort', async () => {
    const edition = await createEdition(`${YEAR}-06-14`);
    const cohort = await createCohort(t.dataSource, edition.id, 'Français');
    for (let i = 0; i < 3; i++)
      await enrol(t.dataSource, edition.id, await createUser(t.dataSource, { role: 'participant' }), { cohortId: cohort.id });
    await enrol(t.dataSource, edition.id, await createUser(t.dataSource, { role: 'participant' }), { status: 'withdrawn' });
    const timeline = (await organizer.get(`/editions/${edition.id}/automatic-sends`)).body as AutomaticSend[];
    expect(timeline.map((send) => send.at)).toEqual([...timeline.map((send) => send.at)].sort());
    expect(new Set(timeline.map((send) => send.recipients))).toEqual(new Set([3]));
    expect(timeline.map((send) => send.kind)).toEqual([
      'learning_reminder',
      'survey_invitation',
      'survey_reminder',
      'survey_reminder',
      'survey_closing',
      'survey_invitation',
      'survey_reminder',
      'survey_reminder',
      'survey_closing',
    ]);
  });
});

function randomUUIDLike(): string {
  return '00000000-0000-4000-8000-000000000000';
}
