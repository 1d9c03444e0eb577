import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays, zonedTime } from '@sstc/shared';
import { createApp } from '../../src/app.factory.js';
import { DemoSeedService } from '../../src/modules/seed/demo-seed.service.js';
import { SurveyDistribution } from '../../src/modules/surveys/entities/survey-distribution.entity.js';
import { SurveyInterview } from '../../src/modules/surveys/entities/survey-interview.entity.js';
import { Survey } from '../../src/modules/surveys/entities/survey.entity.js';
import { SurveySenderService } from '../../src/modules/surveys/survey-sender.service.js';
import { SurveysService } from '../../src/modules/surveys/surveys.service.js';
import type { User } from '../../src/modules/users/user.entity.js';
import { createEdition as createEditionThroughApi } from '../factories/editions.factory.js';
import { createModule, seat } from '../factories/learning.factory.js';
import { createCohort, createEdition, enrol } from '../factories/stored-editions.factory.js';
import { createSurvey, IMPACT_ANSWERS, invitationToken, sendNow } from '../factories/surveys.factory.js';
import { createUser, signedIn } from '../factories/users.factory.js';
import type { ApiClient } from '../setup/api-client.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

describe('surveys: authorization, interviews and scheduling', () => {
  let t: TestApp;
  let organizer: ApiClient;
  let editionId: string;
  let surveyId: string;
  let anonymousSurveyId: string;
  let facilitator: { user: User; client: ApiClient };
  let outsiderFacilitator: ApiClient;
  let maria: { user: User; client: ApiClient };
  let kwame: { user: User; client: ApiClient };

  beforeAll(async () => {
    t = await startTestApp();
    organizer = (await signedIn(t, 'organizer')).client;
    editionId = (await createEdition(t.dataSource)).id;
    facilitator = await signedIn(t, 'facilitator', { language: 'fr', name: 'Aminata Diallo' });
    const other = await signedIn(t, 'facilitator');
    outsiderFacilitator = other.client;
    const spanish = await createCohort(t.dataSource, editionId, 'Español', [facilitator.user]);
    const english = await createCohort(t.dataSource, editionId, 'English');
    maria = await signedIn(t, 'participant', { language: 'es', name: 'María Fernández', timeZone: 'America/Bogota' });
    kwame = await signedIn(t, 'participant', { language: 'en', name: 'Kwame Mensah' });
    await enrol(t.dataSource, editionId, maria.user, { cohortId: spanish.id });
    await enrol(t.dataSource, editionId, kwame.user, { cohortId: english.id });
    await enrol(t.dataSource, editionId, facilitator.user);
    await enrol(t.dataSource, editionId, other.user);

    surveyId = (await createSurvey(organizer, editionId, 'impact_assessment')).id;
    await sendNow(organizer, surveyId);
    for (const person of [maria, kwame]) {
      const token = await invitationToken(t.mailbox, person.user.email, /Impact|impacto/);
      const submitted = await t.client().post(`/survey-links/${token}/response`, { answers: IMPACT_ANSWERS });
      if (submitted.status !== 201) throw new Error(`response not stored: ${submitted.status} ${JSON.stringify(submitted.body)}`);
    }
    anonymousSurveyId = (await createSurvey(organizer, editionId, 'general_assessment')).id;
  });
  afterAll(async () => {
    await t.close();
  });

  describe('who may read what', () => {
    it('never lets a participant read responses, results, exports or the recipient list', async () => {
      const [distribution] = (await organizer.get(`/surveys/${surveyId}`)).body.distributions;
      for (const path of [
        `/surveys/${surveyId}`,
        `/surveys/${surveyId}/results`,
        `/surveys/${surveyId}/export`,
        `/surveys/${surveyId}/answers/initiative_description`,
        `/surveys/${surveyId}/interviews`,
        `/distributions/${distribution.id}/recipients`,
        `/editions/${editionId}/surveys`,
      ]) {
        expect([path, (await maria.client.get(path)).status]).toEqual([path, 403]);
      }
      expect((await t.client().get(`/surveys/${surveyId}/results`)).status).toBe(401);
    });

    it('lets a facilitator read identified results of their own cohorts only', async () => {
      const results = (await facilitator.client.get(`/surveys/${surveyId}/results`)).body;
      expect(results).toMatchObject({ invited: 1, responses: 1 });
      expect(results.groups.map((g: { value: string }) => g.value)).toEqual(['es']);
      const csv = await fetch(`${t.url}/api/surveys/${surveyId}/export?language=fr`, { headers: { cookie: facilitator.client.sessionCookie } });
      const text = await csv.text();
      expect(text).toContain('María Fernández');
      expect(text).not.toContain('Kwame Mensah');
      const interviews = (await facilitator.client.get(`/surveys/${surveyId}/interviews`)).body;
      expect(interviews.items.map((i: { participant: { name: string } }) => i.participant.name)).toEqual(['María Fernández']);
    });

    it('refuses a facilitator the results of an anonymous survey, and one without cohorts any results', async () => {
      expect((await facilitator.client.get(`/surveys/${anonymousSurveyId}/results`)).status).toBe(403);
      expect((await outsiderFacilitator.get(`/surveys/${surveyId}/results`)).status).toBe(403);
      expect((await outsiderFacilitator.get(`/surveys/${surveyId}/export`)).status).toBe(403);
    });

    it('lets the facilitator of an elective module read the identified results of those seated in it only', async () => {
      const edition = await createEdition(t.dataSource);
      const tutor = await signedIn(t, 'facilitator', { name: 'Tutor of the elective' });
      await enrol(t.dataSource, edition.id, tutor.user);
      const elective = await createModule(t.dataSource, edition, 6, [tutor.user]);
      const sara = await signedIn(t, 'participant', { name: 'Sara Seated' });
      const omar = await signedIn(t, 'participant', { name: 'Omar Elsewhere' });
      for (const person of [sara, omar]) await enrol(t.dataSource, edition.id, person.user);
      await seat(t.dataSource, elective, sara.user);
      const impactId = (await createSurvey(organizer, edition.id, 'impact_assessment')).id;
      await sendNow(organizer, impactId);
      for (const person of [sara, omar]) {
        const token = await invitationToken(t.mailbox, person.user.email, /Impact|impacto/);
        expect((await t.client().post(`/survey-links/${token}/response`, { answers: IMPACT_ANSWERS })).status).toBe(201);
      }

      expect((await tutor.client.get(`/surveys/${impactId}/results`)).body).toMatchObject({ invited: 1, responses: 1 });
      expect((await tutor.client.get(`/surveys/${impactId}/answers/initiative_description`)).body.total).toBe(1);
      const csv = await fetch(`${t.url}/api/surveys/${impactId}/export?language=en`, { headers: { cookie: tutor.client.sessionCookie } });
      const text = await csv.text();
      expect(text).toContain('Sara Seated');
      expect(text).not.toContain('Omar Elsewhere');
      const interviews = (await tutor.client.get(`/surveys/${impactId}/interviews`)).body;
      expect(interviews.items.map((i: { participant: { name: string } }) => i.participant.name)).toEqual(['Sara Seated']);
      const omarInterview = (await organizer.get(`/surveys/${impactId}/interviews`)).body.items.find(
        (i: { participant: { name: string } }) => i.participant.name === 'Omar Elsewhere',
      );
      expect((await tutor.client.patch(`/interviews/${omarInterview.id}`, { notes: 'not my module' })).status).toBe(403);
      expect((await organizer.get(`/surveys/${impactId}/results`)).body).toMatchObject({ invited: 2, responses: 2 });
    });

    it('refuses facilitators any change to surveys and distributions', async () => {
      expect((await facilitator.client.put(`/surveys/${surveyId}`, { acceptFallback: true })).status).toBe(403);
      expect((await facilitator.client.post(`/editions/${editionId}/surveys`, { kind: 'custom' })).status).toBe(403);
    });

    it('shows participants their own surveys in the platform, and a link only to their own invitation', async () => {
      const other = (await createSurvey(organizer, editionId, 'custom')).id;
      await sendNow(organizer, other);
      await invitationToken(t.mailbox, kwame.user.email, 'New survey');
      const mine = (await maria.client.get('/my/surveys')).body;
      expect(mine.map((s: { kind: string; responded: boolean }) => [s.kind, s.responded]).sort()).toEqual([
        ['custom', false],
        ['impact_assessment', true],
      ]);
      const open = mine.find((s: { kind: string }) => s.kind === 'custom');
      const link = await maria.client.post(`/my/surveys/${open.invitationId}/link`);
      expect(link.status).toBe(201);
      expect((await maria.client.get(`/survey-links/${link.body.token}`)).body.language).toBe('es');
      expect((await kwame.client.post(`/my/surveys/${open.invitationId}/link`)).status).toBe(403);
    });
  });

  describe('interview follow-up', () => {
    let interviewId: string;

    it('lists only respondents who report a linked initiative and accept an interview', async () => {
      const list = (await organizer.get(`/surveys/${surveyId}/interviews`)).body;
      // Both said yes here; Kwame is in the English cohort, María in the Spanish one.
      expect(list.items.map((i: { participant: { name: string } }) => i.participant.name).sort()).toEqual(['Kwame Mensah', 'María Fernández']);
      interviewId = list.items.find((i: { participant: { name: string } }) => i.participant.name === 'María Fernández').id;
    });

    it('emails the participant a proposal with an .ics invitation in their language', async () => {
      const startsAt = new Date(Date.now() + 5 * 86_400_000);
      startsAt.setUTCHours(14, 0, 0, 0);
      const proposed = await facilitator.client.post(`/interviews/${interviewId}/proposals`, {
        startsAt: startsAt.toISOString(),
        durationMinutes: 45,
        meetingLink: 'https://meet.example.org/sstc-maria',
        note: 'Hablaremos de la iniciativa.',
      });
      expect(proposed.status).toBe(201);
      expect(proposed.body).toMatchObject({ status: 'proposed', interviewer: 'Aminata Diallo', durationMinutes: 45 });
      const email = await t.mailbox.waitFor(maria.user.email, (e) => e.subject.startsWith('Entrevista'));
      expect(email.text).toContain('https://meet.example.org/sstc-maria');
      expect(email.links.some((l) => l.includes(`/interviews/${interviewId}`))).toBe(true);
      // A real invitation: a text/calendar part with METHOD=REQUEST, which mail clients offer to accept.
      const calendar = email.attachments.find((a) => a.contentType.startsWith('text/calendar'))!;
      expect(calendar.method?.toUpperCase()).toBe('REQUEST');
      expect(calendar.content).toContain('METHOD:REQUEST');
      expect(calendar.content).toContain(`DTSTART:${startsAt.toISOString().replace(/[-:]/g, '').replace('.000', '')}`);
      expect(calendar.content).toContain('SUMMARY:Entrevista');
    });

    it('lets the participant ask for another time, then confirm, and no one else', async () => {
      expect((await kwame.client.post(`/my/interviews/${interviewId}/confirm`)).status).toBe(403);
      const asked = await maria.client.post(`/my/interviews/${interviewId}/reschedule`, { message: '¿Podría ser por la mañana?' });
      expect(asked.body.status).toBe('reschedule_requested');
      expect(
        (await organizer.get(`/surveys/${surveyId}/interviews`)).body.items.find((i: { id: string }) => i.id === interviewId).participantMessage,
      ).toBe('¿Podría ser por la mañana?');
      const confirmed = await maria.client.post(`/my/interviews/${interviewId}/confirm`);
      expect(confirmed.body).toMatchObject({ status: 'confirmed', meetingLink: 'https://meet.example.org/sstc-maria' });
      expect((await maria.client.get('/my/interviews')).body.map((i: { id: string }) => i.id)).toEqual([interviewId]);
    });

    it('records notes and outcome and summarises interviews', async () => {
      const recorded = await organizer.patch(`/interviews/${interviewId}`, {
        notes: 'Triangular project with Mozambique, funded by Portugal.',
        outcome: 'initiative_documented',
        status: 'done',
      });
      expect(recorded.body).toMatchObject({ status: 'done', outcome: 'initiative_documented' });
      const { summary } = (await organizer.get(`/surveys/${surveyId}/interviews`)).body;
      expect(summary.byStatus.find((s: { status: string }) => s.status === 'done').count).toBe(1);
      expect(summary.byStatus.find((s: { status: string }) => s.status === 'to_schedule').count).toBe(1);
      expect(summary.byOutcome.find((s: { outcome: string }) => s.outcome === 'initiative_documented').count).toBe(1);
      const kwameInterview = (await organizer.get(`/surveys/${surveyId}/interviews`)).body.items.find(
        (i: { participant: { name: string } }) => i.participant.name === 'Kwame Mensah',
      );
      expect((await facilitator.client.patch(`/interviews/${kwameInterview.id}`, { notes: 'not my cohort' })).status).toBe(403);
    });

    it('moves the calendar entry with a higher SEQUENCE when rescheduled, and removes it with METHOD:CANCEL when cancelled', async () => {
      const interview = (await organizer.get(`/surveys/${surveyId}/interviews`)).body.items.find(
        (i: { participant: { name: string } }) => i.participant.name === 'Kwame Mensah',
      );
      const calendarOf = async (subject: RegExp, seen: number) => {
        const email = await t.mailbox.waitFor(kwame.user.email, (e) => subject.test(e.subject) && t.mailbox.received.indexOf(e) >= seen);
        const part = email.attachments.find((a) => a.contentType.startsWith('text/calendar'))!;
        const field = (name: string) => new RegExp(`^${name}:(.*)$`, 'm').exec(part.content.replace(/\r\n /g, ''))?.[1]?.trim();
        return { email, method: part.method?.toUpperCase(), uid: field('UID'), sequence: Number(field('SEQUENCE')), fields: field };
      };
      const propose = (day: number) =>
        organizer.post(`/interviews/${interview.id}/proposals`, {
          startsAt: new Date(Date.now() + day * 86_400_000).toISOString(),
          durationMinutes: 30,
          meetingLink: 'https://meet.example.org/sstc-kwame',
          note: '',
        });

      let seen = t.mailbox.received.length;
      expect((await propose(6)).status).toBe(201);
      const first = await calendarOf(/^Interview about/, seen);
      expect(first.method).toBe('REQUEST');
      expect(first.email.text).toContain('a videoconference interview of 30 minutes');

      seen = t.mailbox.received.length;
      expect((await propose(8)).status).toBe(201);
      const moved = await calendarOf(/^Interview about/, seen);
      expect(moved).toMatchObject({ method: 'REQUEST', uid: first.uid });
      expect(moved.sequence).toBeGreaterThan(first.sequence);
      expect(moved.fields('DTSTART')).not.toBe(first.fields('DTSTART'));

      seen = t.mailbox.received.length;
      const cancelled = await organizer.patch(`/interviews/${interview.id}`, { status: 'cancelled' });
      expect(cancelled.body.status).toBe('cancelled');
      const cancellation = await calendarOf(/^Interview cancelled/, seen);
      expect(cancellation).toMatchObject({ method: 'CANCEL', uid: first.uid });
      expect(cancellation.sequence).toBeGreaterThan(moved.sequence);
      expect(cancellation.fields('METHOD')).toBe('CANCEL');
      expect(cancellation.fields('STATUS')).toBe('CANCELLED');
      expect(cancellation.email.text).toContain('is cancelled');

      // Cancelling again withdraws nothing more: no new version of the event, so no email.
      const stored = () => t.dataSource.getRepository(SurveyInterview).findOneByOrFail({ id: interview.id });
      const sequence = (await stored()).sequence;
      expect((await organizer.patch(`/interviews/${interview.id}`, { status: 'cancelled', notes: 'Participant unavailable.' })).status).toBe(200);
      expect((await stored()).sequence).toBe(sequence);
    });
  });

  describe('scheduling an edition', () => {
    it('creates the general assessment on the last face-to-face day and the impact assessment at face-to-face end + 4 months', async () => {
      const edition = await createEdition(t.dataSource, 40);
      const surveys = t.app.get(SurveysService);
      const created = await surveys.scheduleEditionDefaults(edition.id);
      expect(created.map((s) => [s.kind, s.anonymous])).toEqual([
        ['general_assessment', true],
        ['impact_assessment', false],
      ]);
      const [general, impact] = created.map((s) => s.distributions[0]!);
      expect(general).toMatchObject({
        status: 'scheduled',
        opensAt: zonedTime(edition.faceToFaceEnd, '15:00', 'Europe/Rome').toISOString(),
        reminderDays: [3, 7],
      });
      expect(impact).toMatchObject({
        status: 'scheduled',
        opensAt: zonedTime(edition.impactAssessmentOn, '10:00', 'Europe/Rome').toISOString(),
        reminderDays: [7, 14],
      });
      expect(impact!.closesAt).toBe(zonedTime(addDays(edition.impactAssessmentOn, 30), '23:59', 'Europe/Rome').toISOString());
      const [job] = await t.dataSource.query(
        `SELECT start_after FROM pgboss.job WHERE name = 'survey-open-distribution' AND data->>'distributionId' = $1`,
        [impact!.id],
      );
      expect(new Date(job.start_after).toISOString()).toBe(impact!.opensAt);
      // Again: nothing new.
      expect(await surveys.scheduleEditionDefaults(edition.id)).toEqual([]);
      expect(await t.dataSource.getRepository(Survey).countBy({ editionId: edition.id })).toBe(2);
    });

    it('schedules both assessments when an organizer creates an edition through the API', async () => {
      const created = await createEditionThroughApi(organizer, { startsIn: 50 });
      const deadline = Date.now() + 10_000;
      let kinds: string[] = [];
      while (kinds.length < 2 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        kinds = (await t.dataSource.getRepository(Survey).findBy({ editionId: created.id })).map((survey) => survey.kind).sort();
      }
      expect(kinds).toEqual(['general_assessment', 'impact_assessment']);
    });

    it('keeps the scheduled impact assessment editable: a new opening time replaces the old one', async () => {
      const edition = await createEdition(t.dataSource, 60);
      const [, impact] = await t.app.get(SurveysService).scheduleEditionDefaults(edition.id);
      const opensAt = new Date(Date.now() + 90 * 86_400_000).toISOString();
      const moved = await organizer.patch(`/distributions/${impact!.distributions[0]!.id}`, {
        opensAt,
        closesAt: new Date(Date.now() + 120 * 86_400_000).toISOString(),
      });
      expect(moved.body).toMatchObject({ status: 'scheduled', opensAt });
    });

    it('leaves the distributions of a past edition as drafts, sending nothing', async () => {
      const edition = await createEdition(t.dataSource, -400);
      const created = await t.app.get(SurveysService).scheduleEditionDefaults(edition.id);
      expect(created.map((s) => s.distributions[0]!.status)).toEqual(['draft', 'draft']);
    });

    it('gives both demo editions their assessments', async () => {
      const fresh = await startTestApp();
      try {
        expect(await fresh.app.get(DemoSeedService).seedIfEmpty()).toBe(true);
        const rows: { code: string; kind: string; status: string }[] = await fresh.dataSource.query(
          `SELECT e.code, s.kind, d.status FROM editions e JOIN surveys s ON s.edition_id = e.id JOIN survey_distributions d ON d.survey_id = s.id ORDER BY e.face_to_face_start, s.kind`,
        );
        // The 2016 edition's assessments went out on their dates and were answered (demo-seed.int-spec.ts); the upcoming
        // edition's are scheduled, and its pre-assessment opens at once (scheduled or already open, depending on the job's timing).
        expect(
          rows.map((r) => [r.code === 'SSTC-2016' ? 'past' : 'upcoming', r.kind, r.kind === 'pre_assessment' ? 'scheduled or open' : r.status]),
        ).toEqual([
          ['past', 'general_assessment', 'open'],
          ['past', 'impact_assessment', 'open'],
          ['past', 'pre_assessment', 'scheduled or open'],
          ['upcoming', 'general_assessment', 'scheduled'],
          ['upcoming', 'impact_assessment', 'scheduled'],
          ['upcoming', 'pre_assessment', 'scheduled or open'],
        ]);
        expect(['scheduled', 'open']).toContain(rows.find((r) => r.kind === 'pre_assessment')!.status);
      } finally {
        await fresh.close();
      }
    });
  });

  describe('exactly once', () => {
    it('sends each recipient one invitation with two instances working the same queue', async () => {
      const second = await createApp({ ...t.config, PORT: 0 });
      await second.init();
      try {
        const edition = await createEdition(t.dataSource);
        const people = await Promise.all(
          Array.from({ length: 40 }, (_, i) => createUser(t.dataSource, { role: 'participant', email: `crowd-${i}-${Date.now()}@test.example.org` })),
        );
        for (const person of people) await enrol(t.dataSource, edition.id, person);
        const survey = await createSurvey(organizer, edition.id, 'custom');
        const distribution = await sendNow(organizer, survey.id);
        // Besides the queued jobs, both instances drain the same distribution by hand at once.
        await new Promise((resolve) => setTimeout(resolve, 300));
        await Promise.all([t.app.get(SurveySenderService).drain(distribution.id), second.get(SurveySenderService).drain(distribution.id)]);
        for (const person of people) await t.mailbox.waitFor(person.email);
        await new Promise((resolve) => setTimeout(resolve, 1000));
        const counts = people.map((person) => t.mailbox.received.filter((e) => e.to === person.email).length);
        expect(counts).toEqual(people.map(() => 1));
        const statuses = await t.dataSource.query(
          `SELECT status, count(*)::int AS count FROM survey_messages WHERE distribution_id = $1 GROUP BY 1`,
          [distribution.id],
        );
        expect(statuses).toEqual([{ status: 'sent', count: 40 }]);
        expect((await t.dataSource.getRepository(SurveyDistribution).findOneByOrFail({ id: distribution.id })).status).toBe('open');
      } finally {
        await second.close();
      }
    });
  });
});
