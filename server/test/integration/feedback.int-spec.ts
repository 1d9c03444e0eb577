import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SurveyResultsPublisher } from '../../src/modules/surveys/survey-results-publisher.service.js';
import { FakeLibreTranslate } from '../../src/modules/translation/testing/fake-libretranslate.js';
import type { User } from '../../src/modules/users/user.entity.js';
import { createEdition, enrol } from '../factories/stored-editions.factory.js';
import { createSurvey, sendNow, tokenOf } from '../factories/surveys.factory.js';
import { createUser, signedIn } from '../factories/users.factory.js';
import type { ApiClient } from '../setup/api-client.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import { until } from '../setup/until.js';

const ANSWERS = {
  recommend: 9,
  objectives_met: 5,
  content_relevance: 4,
  sstc_knowledge: 4,
  best_format: 'world_cafe',
  electives_useful: 'no',
  organisation: 5,
};

describe('the feedback page of the general assessment', () => {
  let t: TestApp;
  let engine: FakeLibreTranslate;
  let organizer: ApiClient;
  let editionId: string;
  let people: User[];
  let surveyId: string;
  let distributionId: string;

  beforeAll(async () => {
    engine = new FakeLibreTranslate();
    t = await startTestApp({ TRANSLATION_URL: await engine.start() });
    organizer = (await signedIn(t, 'organizer')).client;
    editionId = (await createEdition(t.dataSource)).id;
    people = [];
    for (const [language, name] of [
      ['en', 'Ama Owusu'],
      ['pt', 'Rita Lopes'],
      ['fr', 'Awa Diop'],
      ['es', 'Lucía Gómez'],
    ] as const)
      people.push(await createUser(t.dataSource, { role: 'participant', language, name }));
    for (const person of people) await enrol(t.dataSource, editionId, person);
    surveyId = (await createSurvey(organizer, editionId, 'general_assessment', true)).id;
    const settings = await organizer.put(`/surveys/${surveyId}`, { minGroupSize: 3 });
    if (settings.status !== 200) throw new Error(`minGroupSize: ${settings.status}`);
    distributionId = (await sendNow(organizer, surveyId)).id;
    // Three of the four answer; the anonymous answers wait in the pool until a batch is published.
    for (const person of people.slice(0, 3)) {
      const token = tokenOf(await t.mailbox.waitFor(person.email, (e) => e.links.some((l) => l.includes('/s/'))));
      const response = await t
        .client()
        .post(`/survey-links/${token}/response`, { answers: { ...ANSWERS, electives_missing: `note by ${person.name}` } });
      if (response.status !== 201) throw new Error(`not submitted: ${response.status} ${JSON.stringify(response.body)}`);
    }
  }, 120_000);
  afterAll(async () => {
    await t.close();
    await engine.stop();
  });

  it('lets organizers share closed questions only, and publish only once the survey has closed', async () => {
    const draft = await organizer.get(`/editions/${editionId}/feedback`);
    expect(draft.status).toBe(200);
    expect(draft.body.surveyId).toBe(surveyId);
    expect(draft.body.choices.find((c: { key: string }) => c.key === 'electives_missing').shareable).toBe(false);
    expect(draft.body.choices.find((c: { key: string }) => c.key === 'recommend').shareable).toBe(true);

    const text = await organizer.put(`/editions/${editionId}/feedback`, { surveyId, questionKeys: ['recommend', 'electives_missing'], note: {} });
    expect(text.status).toBe(400);
    expect(text.body.details[0].path).toBe('questionKeys.1');
    const saved = await organizer.put(`/editions/${editionId}/feedback`, {
      surveyId,
      questionKeys: ['recommend', 'best_format'],
      note: { en: 'Thank you all.', pt: 'Obrigado a todos.' },
    });
    expect(saved.status).toBe(200);
    // Before a batch is published, fewer than the minimum group size are visible: nothing is shown.
    expect(saved.body.responses).toBeNull();
    expect(saved.body.results).toEqual([]);

    const early = await organizer.post(`/editions/${editionId}/feedback/publish`);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('feedback_survey_open');
  });

  it('shows participants nothing before publication, then the chosen results without who answered, and emails them once', async () => {
    const reader = await signedIn(t, 'participant', { language: 'pt' });
    await enrol(t.dataSource, editionId, reader.user);
    expect((await reader.client.get(`/editions/${editionId}/feedback`)).status).toBe(404);
    expect((await reader.client.put(`/editions/${editionId}/feedback`, { surveyId, questionKeys: [], note: {} })).status).toBe(403);
    expect((await reader.client.post(`/editions/${editionId}/feedback/publish`)).status).toBe(403);

    expect((await organizer.patch(`/distributions/${distributionId}`, { closesAt: new Date(Date.now() + 500).toISOString() })).status).toBe(200);
    await until(async () => (await organizer.get(`/editions/${editionId}/feedback`)).body.surveyClosed === true);
    await t.app.get(SurveyResultsPublisher).publish(surveyId, { closing: true });

    const published = await organizer.post(`/editions/${editionId}/feedback/publish`);
    expect(published.status).toBe(200);
    expect(published.body.publishedAt).not.toBeNull();
    expect((await organizer.post(`/editions/${editionId}/feedback/publish`)).status).toBe(200);

    const page = await reader.client.get(`/editions/${editionId}/feedback`);
    expect(page.status).toBe(200);
    expect(page.body.responses).toBe(3);
    expect(page.body.note.pt).toBe('Obrigado a todos.');
    expect(page.body.choices).toBeUndefined();
    expect(page.body.results.map((q: { key: string }) => q.key)).toEqual(['recommend', 'best_format']);
    expect(page.body.results.every((q: { texts: string[] }) => q.texts.length === 0)).toBe(true);
    expect(JSON.stringify(page.body)).not.toMatch(/note by|Ama Owusu|Rita Lopes|Awa Diop/);

    // The notification centre holds it too, leading to the post-learning tab.
    const inbox = await reader.client.get('/notifications');
    expect(inbox.body.items.filter((n: { kind: string }) => n.kind === 'feedback_published').map((n: { link: string }) => n.link)).toEqual([
      `/editions/${editionId}/post-learning`,
    ]);

    const outsider = await signedIn(t, 'participant');
    expect((await outsider.client.get(`/editions/${editionId}/feedback`)).status).toBe(403);

    // Every active participant is told, in their language, once however often the page is published.
    const rita = await t.mailbox.waitFor(people[1]!.email, (e) => e.subject.startsWith('Retorno da avaliação geral'));
    expect(rita.links.some((l) => l.endsWith(`/editions/${editionId}/post-learning`))).toBe(true);
    await t.mailbox.waitFor(people[2]!.email, (e) => e.subject.startsWith('Retour de l’évaluation générale'));
    await t.mailbox.waitFor(people[3]!.email, (e) => e.subject.startsWith('Retroalimentación'));
    const [{ queued }] = await t.dataSource.query(
      `SELECT count(*)::int AS queued FROM (SELECT data FROM pgboss.job UNION ALL SELECT data FROM pgboss.archive) j WHERE j.data->>'key' LIKE $1`,
      [`feedback-published:${editionId}:%`],
    );
    expect(queued).toBe(5);
  }, 60_000);

  it('fills the note’s missing languages with machine drafts that readers see as such until an organizer reviews them', async () => {
    const reader = await signedIn(t, 'participant', { language: 'fr' });
    await enrol(t.dataSource, editionId, reader.user);
    expect((await reader.client.post(`/editions/${editionId}/feedback/machine-drafts`)).status).toBe(403);
    const filled = await organizer.post(`/editions/${editionId}/feedback/machine-drafts`);
    expect(filled.status).toBe(200);
    expect(filled.body.filled.map((m: { language: string }) => m.language).sort()).toEqual(['es', 'fr']);
    const page = (await reader.client.get(`/editions/${editionId}/feedback`)).body;
    expect(page.note).toEqual({ en: 'Thank you all.', pt: 'Obrigado a todos.', es: '[es] Thank you all.', fr: '[fr] Thank you all.' });
    expect(page.machineDrafts).toContainEqual({ field: 'note', language: 'fr' });
    const reviewed = await organizer.post(`/editions/${editionId}/feedback/machine-drafts/review`, { field: 'note', language: 'fr' });
    expect(reviewed.body.drafts).toEqual([{ field: 'note', language: 'es' }]);
    expect((await reader.client.get(`/editions/${editionId}/feedback`)).body.machineDrafts).toEqual([{ field: 'note', language: 'es' }]);
  });
});
