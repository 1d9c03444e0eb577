import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { hashToken } from '../../src/common/crypto/tokens.js';
import { SurveyResultsPublisher } from '../../src/modules/surveys/survey-results-publisher.service.js';
import type { User } from '../../src/modules/users/user.entity.js';
import { createEdition, enrol } from '../factories/stored-editions.factory.js';
import { createSurvey, GENERAL_ANSWERS, sendNow } from '../factories/surveys.factory.js';
import { createUser, signedIn } from '../factories/users.factory.js';
import type { ApiClient } from '../setup/api-client.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import { until } from '../setup/until.js';

/**
 * The attacks by which an organizer linked every answer of a three-person anonymous survey to its
 * author (security review, issue 10), each of which must now come to nothing.
 */
describe('anonymous surveys stay anonymous', () => {
  let t: TestApp;
  let organizer: ApiClient;
  let editionId: string;
  let people: User[];

  beforeAll(async () => {
    t = await startTestApp();
    organizer = (await signedIn(t, 'organizer')).client;
    editionId = (await createEdition(t.dataSource)).id;
    people = [
      await createUser(t.dataSource, { role: 'participant', language: 'en', name: 'Ama Owusu' }),
      await createUser(t.dataSource, { role: 'participant', language: 'en', name: 'Ben Carter' }),
      await createUser(t.dataSource, { role: 'participant', language: 'pt', name: 'Rita Lopes' }),
    ];
    for (const person of people) await enrol(t.dataSource, editionId, person);
  });
  afterAll(async () => {
    await t.close();
  });

  const hashSurvey = new Map<string, string>();
  const linkOf = (link: string): string | null => (link.includes('/s/') ? link.split('/s/')[1]!.trim() : null);

  /** An anonymous general assessment sent to the three, with its distribution and each person's link. */
  async function anonymousSurvey(minGroupSize?: number) {
    const survey = await createSurvey(organizer, editionId, 'general_assessment', true);
    if (minGroupSize) {
      const updated = await organizer.put(`/surveys/${survey.id}`, { minGroupSize });
      if (updated.status !== 200) throw new Error(`minGroupSize not set: ${updated.status} ${JSON.stringify(updated.body)}`);
    }
    const distribution = await sendNow(organizer, survey.id);
    await until(async () => {
      const rows: { token_hash: string; survey_id: string }[] = await t.dataSource.query(
        'SELECT t.token_hash, i.survey_id FROM survey_tokens t JOIN survey_invitations i ON i.id = t.invitation_id WHERE i.survey_id = $1',
        [survey.id],
      );
      for (const row of rows) hashSurvey.set(row.token_hash, row.survey_id);
      return rows.length >= people.length;
    });
    const tokenSurvey = { get: (token: string) => hashSurvey.get(hashToken(token)) };
    const tokens: string[] = [];
    for (const person of people) {
      // The link of this survey's invitation (a resend of an earlier survey may arrive meanwhile).
      const email = await t.mailbox.waitFor(person.email, (e) =>
        e.links.some((l) => linkOf(l) !== null && tokenSurvey.get(linkOf(l)!) === survey.id),
      );
      tokens.push(linkOf(email.links.find((l) => tokenSurvey.get(linkOf(l) ?? '') === survey.id)!)!);
    }
    return { surveyId: survey.id, distributionId: distribution.id, tokens };
  }

  async function answer(token: string, comment: string): Promise<void> {
    const response = await t.client().post(`/survey-links/${token}/response`, { answers: { ...GENERAL_ANSWERS, electives_missing: comment } });
    if (response.status !== 201) throw new Error(`not submitted: ${response.status} ${JSON.stringify(response.body)}`);
  }

  const publish = () => t.app.get(SurveyResultsPublisher).publishDue();

  it('keeps the minimum group size as a setting: 5 by default, never below 3', async () => {
    const survey = await createSurvey(organizer, editionId, 'general_assessment', true);
    expect((await organizer.get(`/surveys/${survey.id}`)).body.minGroupSize).toBe(5);
    const refused = await organizer.put(`/surveys/${survey.id}`, { minGroupSize: 2 });
    expect({ status: refused.status, path: refused.body.details?.[0]?.path }).toEqual({ status: 400, path: 'minGroupSize' });
    expect((await organizer.put(`/surveys/${survey.id}`, { minGroupSize: 3 })).body.minGroupSize).toBe(3);
  });

  it('shows results only in batches, never one answer at a time', async () => {
    const { surveyId, tokens } = await anonymousSurvey(3);
    await answer(tokens[0]!, 'first');
    expect((await organizer.get(`/surveys/${surveyId}/results`)).body.responses).toBe(0);
    await publish();
    // One answer waiting is fewer than the group size: publishing leaves it in the pool.
    expect((await organizer.get(`/surveys/${surveyId}/results`)).body.responses).toBe(0);
    await answer(tokens[1]!, 'second');
    await answer(tokens[2]!, 'third');
    expect((await organizer.get(`/surveys/${surveyId}/results`)).body.responses).toBe(0);
    await publish();
    const results = (await organizer.get(`/surveys/${surveyId}/results`)).body;
    expect(results).toMatchObject({ responses: 3, minGroupSize: 3, suppressed: false });
    expect(results.publishedAt).toEqual(expect.any(String));
  });

  it('never breaks results down into a group smaller than the minimum (one Portuguese answer)', async () => {
    const { surveyId, tokens } = await anonymousSurvey(3);
    for (const [i, token] of tokens.entries()) await answer(token, `comment ${i}`);
    await publish();
    const portuguese = (await organizer.get(`/surveys/${surveyId}/results?dimension=language&group=pt`)).body;
    expect(portuguese.suppressed).toBe(true);
    expect(portuguese.questions.every((q: { answered: number }) => q.answered === 0)).toBe(true);
    const english = (await organizer.get(`/surveys/${surveyId}/results?dimension=language&group=en`)).body;
    // Showing English alone would give Portuguese away by subtraction from the total.
    expect(english.suppressed).toBe(true);
    const overall = (await organizer.get(`/surveys/${surveyId}/results?dimension=language`)).body;
    expect(overall.groups).toEqual([]);
    const csv = await organizer.get(`/surveys/${surveyId}/export`);
    expect(String(csv.body)).not.toMatch(/\bpt\b/);
  });

  it('withholds everything while fewer than the minimum have answered: charts, free text and CSV', async () => {
    const { surveyId, tokens } = await anonymousSurvey();
    for (const [i, token] of tokens.entries()) await answer(token, `secret ${i}`);
    await t.app.get(SurveyResultsPublisher).publish(surveyId, { closing: true });
    const results = (await organizer.get(`/surveys/${surveyId}/results`)).body;
    expect(results).toMatchObject({ responses: 3, suppressed: true, minGroupSize: 5 });
    expect(results.questions.every((q: { answered: number }) => q.answered === 0)).toBe(true);
    expect((await organizer.get(`/surveys/${surveyId}/answers/electives_missing`)).body).toMatchObject({ items: [], total: 0 });
    expect(String((await organizer.get(`/surveys/${surveyId}/export`)).body)).not.toContain('secret');
  });

  it('answers a resend the same whether the person answered or not, and emails only who did not', async () => {
    const { distributionId, tokens } = await anonymousSurvey();
    await answer(tokens[0]!, 'answered');
    const recipients = (await organizer.get(`/distributions/${distributionId}/recipients`)).body.items as { invitationId: string; email: string }[];
    const of = (person: User) => recipients.find((r) => r.email === person.email)!.invitationId;
    const before = t.mailbox.received.length;
    const toRespondent = await organizer.post(`/distributions/${distributionId}/recipients/${of(people[0]!)}/resend`);
    const toOther = await organizer.post(`/distributions/${distributionId}/recipients/${of(people[1]!)}/resend`);
    expect([toRespondent.status, toOther.status]).toEqual([202, 202]);
    expect(toRespondent.body).toEqual(toOther.body);
    await t.mailbox.waitFor(people[1]!.email, (e) => t.mailbox.received.indexOf(e) >= before);
    await until(async () => {
      const [{ queued }] = await t.dataSource.query(
        `SELECT count(*)::int AS queued FROM survey_messages WHERE distribution_id = $1 AND status = 'queued'`,
        [distributionId],
      );
      return queued === 0;
    });
    expect(t.mailbox.received.slice(before).map((e) => e.to)).not.toContain(people[0]!.email);
  });

  it('shows per recipient only that they were invited, whatever reached them since', async () => {
    const { distributionId, tokens } = await anonymousSurvey();
    await answer(tokens[0]!, 'answered');
    const list = async () =>
      (await organizer.get(`/distributions/${distributionId}/recipients`)).body.items as {
        invitationId: string;
        responded: null;
        lastMessage: { kind: string } | null;
      }[];
    for (const recipient of await list()) await organizer.post(`/distributions/${distributionId}/recipients/${recipient.invitationId}/resend`);
    const items = await list();
    expect(items.map((r) => [r.responded, r.lastMessage])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
    const progress = (await organizer.get(`/distributions/${distributionId}/progress`)).body;
    expect(progress.messages.map((m: { kind: string }) => m.kind)).toEqual(expect.not.arrayContaining(['resend', 'reminder']));
    expect(progress.responded).toBe(1);
  });

  it('leaves a database reader nothing that links a response to its invitation', async () => {
    const { surveyId, tokens } = await anonymousSurvey(3);
    for (const [i, token] of tokens.entries()) await answer(token, `row ${i}`);
    const flags: { xmin: string }[] = await t.dataSource.query('SELECT xmin::text FROM survey_invitations WHERE survey_id = $1 AND responded', [
      surveyId,
    ]);
    const pooled: { xmin: string }[] = await t.dataSource.query('SELECT xmin::text FROM survey_response_pool WHERE survey_id = $1', [surveyId]);
    expect(pooled).toHaveLength(3);
    expect(pooled.filter((row) => flags.some((flag) => flag.xmin === row.xmin))).toEqual([]);
    await publish();
    const rows: { xmin: string; submitted_on: string; submitted_at: Date | null }[] = await t.dataSource.query(
      'SELECT xmin::text, submitted_on::text, submitted_at FROM survey_responses WHERE survey_id = $1',
      [surveyId],
    );
    // One batch: one transaction, one day, no time of its own.
    expect(new Set(rows.map((row) => row.xmin)).size).toBe(1);
    expect(new Set(rows.map((row) => row.submitted_on)).size).toBe(1);
    expect(rows.every((row) => row.submitted_at === null)).toBe(true);
    expect(rows.filter((row) => flags.some((flag) => flag.xmin === row.xmin))).toEqual([]);
    const timeColumns: { column_name: string }[] = await t.dataSource.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'survey_response_pool' AND (data_type LIKE 'timestamp%' OR data_type = 'date' OR data_type LIKE '%int%')`,
    );
    expect(timeColumns).toEqual([]);
  });
});
