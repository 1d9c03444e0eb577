import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkAnswers, type Answers, type Comparison, type SurveyResults } from '@sstc/shared';
import { DemoSeedService, DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/modules/seed/demo-seed.service.js';
import { Survey } from '../../src/modules/surveys/entities/survey.entity.js';
import { loadContent } from '../../src/modules/surveys/survey-content.js';
import { signedIn } from '../factories/users.factory.js';
import type { ApiClient } from '../setup/api-client.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

/** The countries of the Academy's good-practice examples (academy-2016.json), where the 2016 participants come from. */
const GOOD_PRACTICE_COUNTRIES = ['BR', 'US', 'HT', 'IN', 'ZA', 'RW', 'CI', 'GW', 'CV', 'MG', 'KE', 'FR', 'AZ'];

describe('the demo data', () => {
  let t: TestApp;
  let organizer: ApiClient;
  let seconds: number;
  let editionId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const started = performance.now();
    if (!(await t.app.get(DemoSeedService).seedIfEmpty())) throw new Error('the demo did not load into the empty database');
    seconds = (performance.now() - started) / 1000;
    organizer = (await signedIn(t, 'organizer')).client;
    [{ id: editionId }] = await t.dataSource.query(`SELECT id FROM editions WHERE code = 'SSTC-2016'`);
  });
  afterAll(async () => {
    await t.close();
  });

  it('loads in well under ten seconds', () => {
    console.log(`demo seed: ${seconds.toFixed(2)} s`);
    expect(seconds).toBeLessThan(10);
  });

  it('names the 2016 venue and every room in the four languages, and shows João (pt) the Portuguese names in his agenda and calendar', async () => {
    const edition = (await organizer.get(`/editions/${editionId}`)).body;
    expect(Object.keys(edition.venue).sort()).toEqual(['en', 'es', 'fr', 'pt']);
    expect(edition.venue.pt).toContain('Turim');
    const rooms = edition.programme.flatMap((item: { sessions: { room: Record<string, string> }[] }) => item.sessions.map((s) => s.room));
    expect(rooms.length).toBeGreaterThan(0);
    for (const room of rooms) expect(Object.keys(room).sort()).toEqual(['en', 'es', 'fr', 'pt']);

    const joao = t.client('pt');
    expect((await joao.post('/auth/sign-in', { email: 'participant@academy.example.org', password: DEMO_PASSWORD })).status).toBe(200);
    const agenda = (await joao.get(`/editions/${editionId}/agenda`)).body;
    expect(agenda.entries.find((e: { kind: string }) => e.kind === 'panel').room.pt).toBe('Sala plenária');
    const ics = await (await fetch(`${t.url}/api/editions/${editionId}/agenda/ics`, { headers: { cookie: joao.sessionCookie } })).text();
    expect(ics).toContain('LOCATION:Sala plenária\\, Campus do CIF-OIT');
    expect(ics).not.toContain('Plenary hall');
  });

  it('gives the 2016 edition at least 24 participants in four language cohorts, from the good-practice countries', async () => {
    const cohorts: { name: string; language: string; participants: number; languages: string[]; countries: string[] }[] = await t.dataSource.query(
      `SELECT c.name, c.language, count(*)::int AS participants, array_agg(DISTINCT u.language) AS languages, array_agg(DISTINCT u.country) AS countries
         FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id JOIN users u ON u.id = e.user_id
        WHERE e.edition_id = $1 AND e.role = 'participant' GROUP BY c.name, c.language ORDER BY c.language`,
      [editionId],
    );
    expect(cohorts.map((c) => c.language)).toEqual(['en', 'es', 'fr', 'pt']);
    expect(cohorts.reduce((sum, c) => sum + c.participants, 0)).toBeGreaterThanOrEqual(24);
    for (const cohort of cohorts) {
      expect(cohort.participants).toBeGreaterThanOrEqual(6);
      expect(cohort.languages).toEqual([cohort.language]);
    }
    const demoEmails = DEMO_ACCOUNTS.map((a) => a.email);
    const others: { email: string; country: string; password_hash: string | null; activated_at: Date | null }[] = await t.dataSource.query(
      `SELECT u.email, u.country, u.password_hash, u.activated_at FROM enrolments e JOIN users u ON u.id = e.user_id WHERE e.edition_id = $1 AND NOT u.email = ANY($2)`,
      [editionId, demoEmails],
    );
    expect(others.length).toBeGreaterThanOrEqual(24);
    // Only the README's accounts can sign in.
    expect(others.every((person) => person.password_hash === null && person.activated_at === null)).toBe(true);
    expect(others.every((person) => GOOD_PRACTICE_COUNTRIES.includes(person.country))).toBe(true);
  });

  it('has answered general and impact assessments, valid for their surveys, in four languages with free text', async () => {
    for (const kind of ['general_assessment', 'impact_assessment'] as const) {
      const survey = await t.dataSource.getRepository(Survey).findOneByOrFail({ editionId, kind });
      const content = await loadContent(t.dataSource.manager, survey);
      const responses: { language: string; answers: Answers }[] = await t.dataSource.query(
        'SELECT language, answers FROM survey_responses WHERE survey_id = $1',
        [survey.id],
      );
      expect(responses.length).toBeGreaterThanOrEqual(20);
      expect(new Set(responses.map((r) => r.language))).toEqual(new Set(['en', 'es', 'fr', 'pt']));
      for (const response of responses) expect(checkAnswers(content, response.answers).problems).toEqual({});
      const longTexts = content.sections
        .flatMap((s) => s.questions)
        .filter((q) => q.type === 'long_text')
        .map((q) => q.key);
      const withText = responses.filter((r) => longTexts.some((key) => typeof r.answers[key] === 'string'));
      expect(new Set(withText.map((r) => r.language)).size).toBe(4);

      // The results page has something to show: a spread of ratings, and per-cohort breakdowns for the identified survey.
      const results = (await organizer.get(`/surveys/${survey.id}/results`)).body as SurveyResults;
      expect(results.responses).toBe(responses.length);
      const recommend = results.questions.find((q) => q.type === 'rating')!;
      expect(recommend.scale.filter((point) => point.count > 0).length).toBeGreaterThanOrEqual(3);
      const [distribution] = (await organizer.get(`/surveys/${survey.id}`)).body.distributions;
      expect(distribution).toMatchObject({ status: 'closed', automatic: true, responded: responses.length });
      expect(distribution.recipients).toBeGreaterThan(distribution.responded);
    }
  });

  it('breaks the identified impact assessment down by cohort, region and constituency group', async () => {
    const survey = await t.dataSource.getRepository(Survey).findOneByOrFail({ editionId, kind: 'impact_assessment' });
    for (const dimension of ['cohort', 'ilo_region', 'constituency_group']) {
      const breakdown = (await organizer.get(`/surveys/${survey.id}/results?dimension=${dimension}`)).body as SurveyResults;
      expect(breakdown.groups.filter((group) => group.responses > 0).length).toBeGreaterThanOrEqual(4);
    }
  });

  it('has an answered pre-assessment whose self-ratings rise by the impact assessment', async () => {
    const [pre, impact] = await Promise.all(
      (['pre_assessment', 'impact_assessment'] as const).map((kind) => t.dataSource.getRepository(Survey).findOneByOrFail({ editionId, kind })),
    );
    const content = await loadContent(t.dataSource.manager, pre!);
    const answers: { answers: Answers }[] = await t.dataSource.query('SELECT answers FROM survey_responses WHERE survey_id = $1', [pre!.id]);
    expect(answers.length).toBeGreaterThanOrEqual(20);
    for (const { answers: a } of answers) expect(checkAnswers(content, a).problems).toEqual({});
    const comparison = (await organizer.get(`/surveys/${pre!.id}/comparison?with=${impact!.id}`)).body as Comparison;
    const knowledge = comparison.questions.find((q) => q.key === 'sstc_knowledge')!;
    const [before, after] = comparison.before.surveyId === pre!.id ? [knowledge.before, knowledge.after] : [knowledge.after, knowledge.before];
    expect(after.mean!).toBeGreaterThan(before.mean! + 1);
  });

  it('flags participants for interviews, one scheduled and one with notes', async () => {
    const interviews: { status: string; starts_at: Date | null; notes: string }[] = await t.dataSource.query(
      `SELECT i.status, i.starts_at, i.notes FROM survey_interviews i JOIN surveys s ON s.id = i.survey_id WHERE s.edition_id = $1`,
      [editionId],
    );
    expect(interviews.length).toBeGreaterThanOrEqual(3);
    expect(interviews.filter((i) => i.status === 'confirmed' && i.starts_at && i.starts_at > new Date())).toHaveLength(1);
    expect(interviews.filter((i) => i.notes.length > 40)).toHaveLength(1);
  });

  it('records progress through the pre-learning package, and discussions in several rooms and languages', async () => {
    const [progress] = await t.dataSource.query(
      `SELECT count(*)::int AS rows, count(completed_at)::int AS completed, count(DISTINCT user_id)::int AS people FROM learning_progress WHERE edition_id = $1`,
      [editionId],
    );
    expect(progress.people).toBeGreaterThanOrEqual(24);
    expect(progress.completed).toBeGreaterThan(100);
    expect(progress.rows).toBeGreaterThan(progress.completed);

    const rooms: { kind: string; messages: number; languages: string[] }[] = await t.dataSource.query(
      `SELECT r.kind, count(m.id)::int AS messages, array_agg(DISTINCT m.language) AS languages FROM rooms r JOIN messages m ON m.room_id = r.id
        WHERE r.edition_id = $1 GROUP BY r.id, r.kind`,
      [editionId],
    );
    expect(rooms.length).toBeGreaterThanOrEqual(5);
    expect(rooms.filter((r) => r.kind === 'cohort')).toHaveLength(4);
    expect(new Set(rooms.flatMap((r) => r.languages))).toEqual(new Set(['en', 'es', 'fr', 'pt']));
  });

  it('keeps the upcoming edition as it was: the three demo participants, nothing answered yet', async () => {
    const [upcoming] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM enrolments e WHERE e.edition_id = ed.id AND e.role = 'participant')::int AS participants,
              (SELECT count(*) FROM survey_responses r JOIN surveys s ON s.id = r.survey_id WHERE s.edition_id = ed.id)::int AS responses
         FROM editions ed WHERE ed.code <> 'SSTC-2016'`,
    );
    expect(upcoming).toEqual({ participants: 3, responses: 0 });
  });
});
