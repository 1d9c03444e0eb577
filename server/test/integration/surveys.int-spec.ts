import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DistributionsService } from '../../src/modules/surveys/distributions.service.js';
import { SurveyResponse } from '../../src/modules/surveys/entities/survey-response.entity.js';
import { SurveyResultsPublisher } from '../../src/modules/surveys/survey-results-publisher.service.js';
import { formatClosing, type SurveyForm } from '@sstc/shared';
import type { User } from '../../src/modules/users/user.entity.js';
import { createCohort, createEdition, enrol } from '../factories/stored-editions.factory.js';
import { parseCsv } from '../../src/modules/enrolments/csv.js';
import { createSurvey, IMPACT_ANSWERS, invitationToken, sendNow } from '../factories/surveys.factory.js';
import { createUser, signedIn } from '../factories/users.factory.js';
import type { ApiClient } from '../setup/api-client.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** Rows of every table (public and pg-boss) whose text contains `needle`: proves where a value is stored. */
async function tablesContaining(t: TestApp, needle: string): Promise<string[]> {
  const tables: { schema: string; name: string }[] = await t.dataSource.query(
    `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables WHERE table_schema IN ('public', 'pgboss') AND table_type = 'BASE TABLE'`,
  );
  const found: string[] = [];
  for (const table of tables) {
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM "${table.schema}"."${table.name}" AS row WHERE row::text LIKE $1`,
      [`%${needle}%`],
    );
    if (count > 0) found.push(`${table.schema}.${table.name}`);
  }
  return found;
}

describe('surveys: distribution, links and responses', () => {
  let t: TestApp;
  let organizer: ApiClient;
  let editionId: string;
  let maria: User;
  let kwame: User;
  let joao: User;
  let withdrawn: User;

  beforeAll(async () => {
    t = await startTestApp();
    organizer = (await signedIn(t, 'organizer')).client;
    const edition = await createEdition(t.dataSource);
    editionId = edition.id;
    const spanish = await createCohort(t.dataSource, editionId, 'Español');
    const english = await createCohort(t.dataSource, editionId, 'English');
    maria = await createUser(t.dataSource, {
      role: 'participant',
      language: 'es',
      name: 'María Fernández',
      country: 'CO',
      timeZone: 'America/Bogota',
    });
    kwame = await createUser(t.dataSource, { role: 'participant', language: 'en', name: 'Kwame Mensah', country: 'GH' });
    joao = await createUser(t.dataSource, { role: 'participant', language: 'pt', name: 'João Silva', country: 'BR' });
    withdrawn = await createUser(t.dataSource, { role: 'participant', language: 'en', name: 'Withdrawn Person' });
    await enrol(t.dataSource, editionId, maria, { cohortId: spanish.id });
    await enrol(t.dataSource, editionId, kwame, { cohortId: english.id });
    await enrol(t.dataSource, editionId, joao, { cohortId: english.id });
    await enrol(t.dataSource, editionId, withdrawn, { status: 'withdrawn' });
  });
  afterAll(async () => {
    await t.close();
  });

  describe('an identified impact assessment', () => {
    let surveyId: string;
    let distributionId: string;
    let token: string;

    beforeAll(async () => {
      surveyId = (await createSurvey(organizer, editionId, 'impact_assessment')).id;
      distributionId = (await sendNow(organizer, surveyId)).id;
      token = await invitationToken(t.mailbox, maria.email);
    });

    it('emails each active participant once in their language with a personal link, and no one else', async () => {
      const spanish = await t.mailbox.waitFor(maria.email);
      expect(spanish.subject).toBe('Evaluación de impacto: cuatro meses después de la Academia: queremos conocer su opinión');
      expect(spanish.text).toContain('Responder la encuesta');
      expect((await t.mailbox.waitFor(joao.email)).subject).toContain('Avaliação de impacto');
      expect((await t.mailbox.waitFor(kwame.email)).subject).toContain('we would like to hear from you');
      // The row is marked sent right after the SMTP server accepted the message: poll briefly.
      let progress = (await organizer.get(`/distributions/${distributionId}/progress`)).body;
      for (let i = 0; i < 50 && progress.messages.some((m: { status: string }) => m.status !== 'sent'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        progress = (await organizer.get(`/distributions/${distributionId}/progress`)).body;
      }
      expect(progress).toEqual({ recipients: 3, responded: 0, messages: [{ kind: 'invitation', status: 'sent', count: 3 }] });
      expect(t.mailbox.received.filter((e) => e.to === withdrawn.email)).toEqual([]);
      expect(t.mailbox.received.filter((e) => e.to === maria.email)).toHaveLength(1);
    });

    it('tells the same duration and closing moment in the email and on the form, in the edition’s time zone, named', async () => {
      const email = await t.mailbox.waitFor(maria.email);
      const form = (await t.client('es').get(`/survey-links/${token}`)).body as SurveyForm;
      expect(form.timeZone).toBe('Europe/Rome');
      const closes = formatClosing(form.closesAt, 'es', form.timeZone);
      expect(closes).toMatch(/hora .*Europa central/);
      expect(email.text.replace(/\s+/g, ' ')).toContain(closes);
      expect(email.text).toContain(`unos ${form.estimatedMinutes} minutos`);
    });

    it('carries an unguessable token of at least 128 random bits, stored only as its SHA-256', async () => {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43,}$/);
      expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
      const [stored] = await t.dataSource.query('SELECT token_hash FROM survey_tokens WHERE token_hash = $1', [sha256(token)]);
      expect(stored).toBeDefined();
      expect(await tablesContaining(t, token)).toEqual([]);
      const other = await invitationToken(t.mailbox, kwame.email);
      expect(other).not.toBe(token);
    });

    it('opens the form without signing in, in the recipient language, and keeps a draft across reloads', async () => {
      const visitor = t.client('en');
      const form = await visitor.get(`/survey-links/${token}`);
      expect(form.status).toBe(200);
      expect(form.body).toMatchObject({ language: 'es', kind: 'impact_assessment', anonymous: false, draft: null });
      expect(form.body.survey.title).toBe('Evaluación de impacto: cuatro meses después de la Academia');
      expect((await visitor.put(`/survey-links/${token}/draft`, { answers: { sstc_knowledge: 2, unknown_key: 'dropped' } })).status).toBe(204);
      const reloaded = await t.client('es').get(`/survey-links/${token}`);
      expect(reloaded.body.draft).toEqual({ sstc_knowledge: 2 });
      const [{ draft }] = await t.dataSource.query('SELECT draft FROM survey_tokens WHERE token_hash = $1', [sha256(token)]);
      expect(Buffer.from(draft).toString('utf8')).not.toContain('sstc_knowledge');
    });

    it('answers invalid answers with per-field errors in the recipient language and stores nothing', async () => {
      const response = await t.client('es').post(`/survey-links/${token}/response`, {
        answers: { ...IMPACT_ANSWERS, sstc_knowledge: 9, initiative_countries: undefined, network_contacts: 'lots' },
      });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('validation_failed');
      const byPath = Object.fromEntries(response.body.details.map((d: { path: string; code: string; message: string }) => [d.path, d]));
      expect(byPath['answers.sstc_knowledge']).toMatchObject({ code: 'invalid_value', message: 'Este valor no es una de las opciones permitidas.' });
      expect(byPath['answers.initiative_countries']).toMatchObject({ code: 'required', message: 'Este campo es obligatorio.' });
      expect(byPath['answers.network_contacts'].code).toBe('invalid_value');
      expect(await t.dataSource.getRepository(SurveyResponse).countBy({ surveyId })).toBe(0);
    });

    it('accepts one submission and answers a second one clearly, changing nothing', async () => {
      const first = await t.client('es').post(`/survey-links/${token}/response`, { answers: IMPACT_ANSWERS });
      expect(first.status).toBe(201);
      expect(first.body.submittedOn).toBe(new Date().toISOString().slice(0, 10));
      const stored = await t.dataSource.getRepository(SurveyResponse).findBy({ surveyId });
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({ userId: maria.id, country: 'CO', language: 'es' });

      const again = await t.client('es').post(`/survey-links/${token}/response`, { answers: { ...IMPACT_ANSWERS, sstc_knowledge: 1 } });
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'survey_already_submitted', message: 'Sus respuestas ya se enviaron. ¡Gracias!' });
      expect((await t.client('es').get(`/survey-links/${token}`)).body.code).toBe('survey_already_submitted');
      const after = await t.dataSource.getRepository(SurveyResponse).findBy({ surveyId });
      expect(after).toEqual(stored);
      const [{ drafts }] = await t.dataSource.query('SELECT count(draft)::int AS drafts FROM survey_tokens');
      expect(drafts).toBe(0);
    });

    it('refuses two simultaneous submissions of the same link but one', async () => {
      const joaoToken = await invitationToken(t.mailbox, joao.email);
      const answers = { ...IMPACT_ANSWERS, initiative_linked: 'no' };
      const statuses = (await Promise.all([1, 2, 3].map(() => t.client('pt').post(`/survey-links/${joaoToken}/response`, { answers }))))
        .map((r) => r.status)
        .sort((a, b) => a - b);
      expect(statuses).toEqual([201, 409, 409]);
      expect(await t.dataSource.getRepository(SurveyResponse).countBy({ surveyId, userId: joao.id })).toBe(1);
    });

    it('puts a respondent with a linked initiative who accepts an interview in the interview list', async () => {
      const list = await organizer.get(`/surveys/${surveyId}/interviews`);
      expect(list.status).toBe(200);
      expect(list.body.items).toHaveLength(1);
      expect(list.body.items[0]).toMatchObject({ status: 'to_schedule', participant: { name: 'María Fernández' }, cohort: 'Español' });
      expect(Object.values(list.body.items[0].initiative)).toContain('Colombia, Mozambique, Portugal');
    });

    it('sends reminders only to those who have not responded, once per reminder day', async () => {
      const distributions = t.app.get(DistributionsService);
      const [row] = await t.dataSource.query('SELECT opens_at FROM survey_distributions WHERE id = $1', [distributionId]);
      expect((await organizer.patch(`/distributions/${distributionId}`, { reminderDays: [7] })).status).toBe(200);
      const payload = { distributionId, day: 7, dueAt: new Date(new Date(row.opens_at).getTime() + 7 * 86_400_000).toISOString() };
      // The job would run in seven days; run it now, twice, as a retry would.
      await distributions.planReminder(payload);
      await distributions.planReminder(payload);
      const reminder = await t.mailbox.waitFor(kwame.email, (e) => e.subject.startsWith('Reminder:'));
      expect(reminder.text).toContain('/s/');
      const reminders: { to: string }[] = await t.dataSource.query(
        `SELECT u.email AS to FROM survey_messages m JOIN survey_invitations i ON i.id = m.invitation_id JOIN users u ON u.id = i.user_id WHERE m.kind = 'reminder' AND i.distribution_id = $1`,
        [distributionId],
      );
      expect(reminders.map((r) => r.to)).toEqual([kwame.email]);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(t.mailbox.received.filter((e) => e.subject.startsWith('Recordatorio') || e.subject.startsWith('Lembrete'))).toEqual([]);
    });

    it('resends an invitation to one person with a fresh link, and refuses it for a respondent', async () => {
      const recipients = (await organizer.get(`/distributions/${distributionId}/recipients?search=kwame`)).body;
      expect(recipients.items).toHaveLength(1);
      expect(recipients.items[0]).toMatchObject({ name: 'Kwame Mensah', responded: false, lastMessage: { status: 'sent' } });
      const before = t.mailbox.received.filter((e) => e.to === kwame.email).length;
      expect((await organizer.post(`/distributions/${distributionId}/recipients/${recipients.items[0].invitationId}/resend`)).status).toBe(202);
      await t.mailbox.waitFor(kwame.email, () => t.mailbox.received.filter((e) => e.to === kwame.email).length > before);
      const mariaRow = (await organizer.get(`/distributions/${distributionId}/recipients?search=mar%C3%ADa`)).body.items[0];
      expect(mariaRow.responded).toBe(true);
      expect((await organizer.post(`/distributions/${distributionId}/recipients/${mariaRow.invitationId}/resend`)).body.code).toBe(
        'survey_already_submitted',
      );
    });

    it('exports responses as CSV in a chosen language that matches the stored responses', async () => {
      const response = await fetch(`${t.url}/api/surveys/${surveyId}/export?language=es`, { headers: { cookie: organizer.sessionCookie } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/csv');
      expect(response.headers.get('x-total-count')).toBe('2');
      const rows = parseCsv((await response.text()).replace(/^\uFEFF/, ''));
      const [header, ...data] = rows;
      expect(header!.slice(0, 4)).toEqual(['Respuesta', 'Enviada el', 'Idioma', 'Nombre']);
      expect(header).toContain('¿Qué países participan?');
      const stored = await t.dataSource.getRepository(SurveyResponse).findBy({ surveyId });
      expect(data).toHaveLength(stored.length);
      const column = (name: string) => header!.indexOf(name);
      for (const response of stored) {
        const row = data.find((r) => r[0] === response.id)!;
        expect(row[1]).toBe(response.submittedOn);
        expect(row[column('¿Cómo valora su conocimiento de los principios y modalidades de la cooperación Sur-Sur y triangular?')]).toBe(
          String(response.answers.sstc_knowledge),
        );
        expect(
          row[
            column('¿Ha iniciado o se ha sumado a una iniciativa de cooperación Sur-Sur o triangular vinculada a su participación en la Academia?')
          ],
        ).toBe(response.answers.initiative_linked === 'yes' ? 'Sí' : 'No');
      }
      const maria = data.find((r) => r[3] === 'María Fernández')!;
      expect(maria[column('¿Qué modalidad de cooperación sigue?')]).toBe('Triangular; Sur-Sur');
      // A value that a spreadsheet would run as a formula is defused.
      expect(maria[column('¿Qué socios participan (instituciones, organizaciones, agencias)?')]).toBe("'=Ministry of Labour, ITC-ILO");

      // For a spreadsheet that expects semicolons (?delimiter=, else the caller's language): the same cells.
      const semicolons = await fetch(`${t.url}/api/surveys/${surveyId}/export?language=es&delimiter=semicolon`, {
        headers: { cookie: organizer.sessionCookie },
      });
      const text = await semicolons.text();
      expect(text).toMatch(/^\uFEFF?Respuesta;Enviada el;Idioma;Nombre;/);
      expect(parseCsv(text.replace(/^\uFEFF/, ''))).toEqual(rows);
    });

    it('shows results per question with counts and means, and the response rate', async () => {
      const results = (await organizer.get(`/surveys/${surveyId}/results?dimension=cohort`)).body;
      expect(results).toMatchObject({ invited: 3, responses: 2, dimension: 'cohort' });
      expect(results.timeline).toEqual([{ day: new Date().toISOString().slice(0, 10), responses: 2, cumulative: 2 }]);
      expect(results.groups).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ label: 'Español', invited: 1, responses: 1 }),
          expect.objectContaining({ label: 'English', invited: 2, responses: 1 }),
        ]),
      );
      const knowledge = results.questions.find((q: { key: string }) => q.key === 'sstc_knowledge');
      expect(knowledge).toMatchObject({ answered: 2, mean: 4 });
      expect(knowledge.scale.find((p: { value: number }) => p.value === 4).count).toBe(2);
      const linked = results.questions.find((q: { key: string }) => q.key === 'initiative_linked');
      expect(linked.options).toEqual([
        { value: 'yes', label: 'Yes', count: 1 },
        { value: 'no', label: 'No', count: 1 },
      ]);
      const spanishOnly = (await organizer.get(`/surveys/${surveyId}/results?dimension=language&group=es`)).body;
      expect(spanishOnly).toMatchObject({ invited: 1, responses: 1 });
      const texts = (await organizer.get(`/surveys/${surveyId}/answers/initiative_description`)).body;
      expect(texts).toMatchObject({ total: 1, items: [IMPACT_ANSWERS.initiative_description] });
    });

    it('fixes anonymity and structure once sent, but lets texts be corrected', async () => {
      const detail = (await organizer.get(`/surveys/${surveyId}`)).body;
      expect(detail.lockedAt).not.toBeNull();
      expect((await organizer.put(`/surveys/${surveyId}`, { anonymous: true })).body.code).toBe('survey_locked');
      const content = structuredClone(detail.content);
      content.sections[0].questions.pop();
      expect((await organizer.put(`/surveys/${surveyId}`, { content })).status).toBe(409);
      const retitled = structuredClone(detail.content);
      retitled.sections[0].title.en = 'Since Turin';
      const saved = await organizer.put(`/surveys/${surveyId}`, { content: retitled });
      expect(saved.status).toBe(200);
      expect(saved.body.content.sections[0].title.en).toBe('Since Turin');
    });

    it('shows a clear error for an unknown, malformed or expired link', async () => {
      expect((await t.client('fr').get(`/survey-links/${'x'.repeat(43)}`)).body).toMatchObject({
        code: 'survey_link_invalid',
        message: expect.stringContaining('lien'),
      });
      expect((await t.client().get('/survey-links/short')).status).toBe(404);
      const kwameToken = await invitationToken(t.mailbox, kwame.email);
      expect((await organizer.patch(`/distributions/${distributionId}`, { closesAt: new Date(Date.now() + 800).toISOString() })).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const expired = await t.client('en').post(`/survey-links/${kwameToken}/response`, { answers: IMPACT_ANSWERS });
      expect(expired.status).toBe(410);
      expect(expired.body.code).toBe('survey_closed');
    });
  });

  describe('an anonymous general assessment', () => {
    let surveyId: string;
    let responseId: string;

    beforeAll(async () => {
      surveyId = (await createSurvey(organizer, editionId, 'general_assessment')).id;
      await sendNow(organizer, surveyId);
      const token = await invitationToken(t.mailbox, maria.email, 'Evaluación general');
      const answers = {
        recommend: 9,
        objectives_met: 5,
        content_relevance: 4,
        sstc_knowledge: 4,
        best_format: 'world_cafe',
        electives_useful: 'no',
        electives_missing: 'More time for group work',
        organisation: 5,
      };
      const submitted = await t.client('es').post(`/survey-links/${token}/response`, { answers });
      if (submitted.status !== 201) throw new Error(`response not stored: ${submitted.status} ${JSON.stringify(submitted.body)}`);
      // Anonymous responses reach survey_responses with their batch (see survey-anonymity.int-spec.ts).
      await t.app.get(SurveyResultsPublisher).publish(surveyId, { closing: true });
      responseId = (await t.dataSource.getRepository(SurveyResponse).findOneByOrFail({ surveyId })).id;
    });

    it('stores nothing that links the response to the person', async () => {
      const response = await t.dataSource.getRepository(SurveyResponse).findOneByOrFail({ id: responseId });
      expect(response).toMatchObject({ userId: null, submittedAt: null, cohortId: null, country: null, iloRegion: null, constituencyGroup: null });
      // Only the day is kept: too coarse to match against the send log.
      expect(response.submittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const [invitation] = await t.dataSource.query('SELECT i.id FROM survey_invitations i WHERE i.survey_id = $1 AND i.user_id = $2', [
        surveyId,
        maria.id,
      ]);
      const [row] = await t.dataSource.query('SELECT row_to_json(r)::text AS text FROM survey_responses r WHERE id = $1', [responseId]);
      for (const identifying of [maria.id, maria.email, maria.name, invitation.id]) expect(row.text).not.toContain(identifying);
      // No other row anywhere refers to the response.
      expect(await tablesContaining(t, responseId)).toEqual(['public.survey_responses']);
    });

    it('has no column through which a response could point to a person, an invitation or a precise time', async () => {
      const references: { column: string; target: string }[] = await t.dataSource.query(
        `SELECT kcu.column_name AS column, ccu.table_name AS target FROM information_schema.table_constraints tc
           JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name
           JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name
          WHERE tc.table_name = 'survey_responses' AND tc.constraint_type = 'FOREIGN KEY' ORDER BY 1`,
      );
      expect(references).toEqual([
        { column: 'survey_id', target: 'surveys' },
        { column: 'user_id', target: 'users' },
      ]);
      const timestamps: { column_name: string }[] = await t.dataSource.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'survey_responses' AND data_type LIKE 'timestamp%'`,
      );
      expect(timestamps.map((c) => c.column_name)).toEqual(['submitted_at']);
      const [{ linked }] = await t.dataSource.query(
        `SELECT count(*)::int AS linked FROM survey_responses r JOIN surveys s ON s.id = r.survey_id WHERE s.anonymous AND (r.user_id IS NOT NULL OR r.submitted_at IS NOT NULL OR r.cohort_id IS NOT NULL OR r.country IS NOT NULL)`,
      );
      expect(linked).toBe(0);
    });

    it('keeps who responded only to stop reminders, without showing it', async () => {
      const [distribution] = (await organizer.get(`/surveys/${surveyId}`)).body.distributions;
      const recipients = (await organizer.get(`/distributions/${distribution.id}/recipients`)).body.items;
      expect(recipients.map((r: { responded: boolean | null }) => r.responded)).toEqual([null, null, null]);
      const results = (await organizer.get(`/surveys/${surveyId}/results?dimension=cohort`)).body;
      expect(results).toMatchObject({ anonymous: true, dimension: 'language', dimensions: ['language'], responses: 1 });
    });
  });

  describe('translations', () => {
    it('blocks sending while a recipient language misses texts, unless the fallback is accepted', async () => {
      const survey = (await organizer.post(`/editions/${editionId}/surveys`, { kind: 'custom' })).body;
      const content = structuredClone(survey.content);
      content.sections[0].questions[0].text = { en: 'Your comments', es: 'Sus comentarios' };
      const saved = (await organizer.put(`/surveys/${survey.id}`, { content })).body;
      expect(saved.translations).toEqual(
        expect.arrayContaining([
          { language: 'pt', missing: ['sections.0.questions.0.text'] },
          { language: 'es', missing: [] },
        ]),
      );
      const refused = await t.client('es').post(`/surveys/${survey.id}/distributions`, {});
      expect(refused.status).toBe(401);
      const blocked = await organizer.post(`/surveys/${survey.id}/distributions`, {
        audience: { cohortIds: [], statuses: ['active'], roles: ['participant'] },
        opensAt: new Date().toISOString(),
        closesAt: new Date(Date.now() + 86_400_000).toISOString(),
        reminderDays: [],
      });
      expect(blocked.status).toBe(422);
      expect(blocked.body.code).toBe('survey_translation_missing');
      // French misses the text too, but nobody in the audience reads French.
      expect(blocked.body.details.map((d: { path: string }) => d.path)).toEqual(['translations.pt']);
      expect((await organizer.put(`/surveys/${survey.id}`, { acceptFallback: true })).status).toBe(200);
      const accepted = await sendNow(organizer, survey.id);
      expect(accepted.status).toBe('scheduled');
      const portuguese = await t.client('pt').get(`/survey-links/${await invitationToken(t.mailbox, joao.email, 'Novo inquérito')}`);
      expect(portuguese.body.survey.sections[0].questions[0].text).toBe('Your comments');
    });
  });
});
