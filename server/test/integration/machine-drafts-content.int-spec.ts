import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { zonedTime } from '@sstc/shared';
import type { EditionDetail, FillDraftsReply, ProgrammeItem, SurveyDetail, SurveyForm } from '@sstc/shared';
import type { Edition } from '../../src/modules/courses/edition.entity.js';
import { FakeLibreTranslate } from '../../src/modules/translation/testing/fake-libretranslate.js';
import { createEdition, enrol } from '../factories/learning.factory.js';
import { invitationToken, sendNow } from '../factories/surveys.factory.js';
import { signedIn } from '../factories/users.factory.js';
import type { ApiClient } from '../setup/api-client.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

const key = (m: { field: string; language: string }) => `${m.field}:${m.language}`;

/** "Fill missing languages with a machine draft" in the programme and survey editors (learning units: machine-drafts.int-spec). */
describe('machine drafts of programme items and surveys', () => {
  let t: TestApp;
  let engine: FakeLibreTranslate;
  let edition: Edition;
  let organizer: ApiClient;
  let facilitator: ApiClient;
  let participant: ApiClient;
  let participantEmail: string;

  beforeAll(async () => {
    engine = new FakeLibreTranslate();
    t = await startTestApp({ TRANSLATION_URL: await engine.start() });
    edition = await createEdition(t.dataSource, { preLearningInDays: -3, faceToFaceInDays: 30 });
    ({ client: organizer } = await signedIn(t, 'organizer'));
    const staff = await signedIn(t, 'facilitator');
    facilitator = staff.client;
    await enrol(t.dataSource, edition, staff.user, { role: 'facilitator' });
    const reader = await signedIn(t, 'participant', { language: 'fr' });
    participant = reader.client;
    participantEmail = reader.user.email;
    await enrol(t.dataSource, edition, reader.user);
  });
  afterAll(async () => {
    await t.close();
    await engine.stop();
  });

  describe('programme items', () => {
    let item: ProgrammeItem;
    beforeAll(async () => {
      const created = await organizer.post<ProgrammeItem>(`/editions/${edition.id}/programme`, {
        kind: 'panel',
        title: { en: 'Opening panel', fr: 'Panel d’ouverture' },
        description: { en: 'Why South-South cooperation matters' },
        sessions: [
          {
            startsAt: zonedTime(edition.faceToFaceStart, '09:00', edition.timeZone).toISOString(),
            endsAt: zonedTime(edition.faceToFaceStart, '10:30', edition.timeZone).toISOString(),
            room: { en: 'Plenary hall' },
            format: 'fishbowl',
          },
        ],
      });
      if (created.status !== 201) throw new Error(`item not created: ${created.status} ${JSON.stringify(created.body)}`);
      item = created.body;
    });

    it('fills only the empty languages, keeps what people wrote, and readers of the programme see the marks', async () => {
      const reply = await organizer.post<FillDraftsReply>(`/programme/${item.id}/machine-drafts`);
      expect(reply.status).toBe(200);
      const room = `sessions.${item.sessions[0]!.id}.room`;
      expect(reply.body.filled.map(key).sort()).toEqual(
        ['description:es', 'description:fr', 'description:pt', 'title:es', 'title:pt', `${room}:es`, `${room}:fr`, `${room}:pt`].sort(),
      );
      expect(reply.body.drafts.map(key).sort()).toEqual(reply.body.filled.map(key).sort());
      const read = async () => (await participant.get<EditionDetail>(`/editions/${edition.id}`)).body.programme.find((i) => i.id === item.id)!;
      const shown = await read();
      expect(shown.title).toEqual({ en: 'Opening panel', fr: 'Panel d’ouverture', es: '[es] Opening panel', pt: '[pt] Opening panel' });
      expect(shown.machineDrafts.map(key)).toContain('description:fr');
      expect(shown.sessions[0]!.room).toEqual({ en: 'Plenary hall', es: '[es] Plenary hall', fr: '[fr] Plenary hall', pt: '[pt] Plenary hall' });

      engine.reset();
      expect((await organizer.post<FillDraftsReply>(`/programme/${item.id}/machine-drafts`)).body.filled).toEqual([]);
      expect(engine.translateCalls).toHaveLength(0);

      await organizer.post(`/programme/${item.id}/machine-drafts/review`, { field: 'description', language: 'fr' });
      expect((await read()).machineDrafts.map(key)).not.toContain('description:fr');
      // Rewritten by a person: no longer a draft.
      const [first] = shown.sessions;
      await organizer.put(`/programme/${item.id}`, {
        title: { ...shown.title, pt: 'Painel de abertura' },
        description: shown.description,
        sessions: [
          { id: first!.id, startsAt: first!.startsAt, endsAt: first!.endsAt, format: first!.format, room: { ...first!.room, fr: 'Salle plénière' } },
        ],
      });
      expect((await read()).machineDrafts.map(key).sort()).toEqual(
        ['description:es', 'description:pt', 'title:es', `${room}:es`, `${room}:pt`].sort(),
      );
    });

    it('is for organizers only', async () => {
      expect((await facilitator.post(`/programme/${item.id}/machine-drafts`)).status).toBe(403);
      expect((await participant.post(`/programme/${item.id}/machine-drafts/review`, { field: 'title', language: 'es' })).status).toBe(403);
      expect((await organizer.post(`/programme/${crypto.randomUUID()}/machine-drafts`)).status).toBe(404);
    });
  });

  describe('surveys', () => {
    let survey: SurveyDetail;
    beforeAll(async () => {
      const created = await organizer.post<SurveyDetail>(`/editions/${edition.id}/surveys`, {
        kind: 'custom',
        content: {
          title: { en: 'Your week in Turin' },
          intro: { en: 'Tell us what you learnt.' },
          sections: [
            {
              key: 'week',
              title: { en: 'The week' },
              questions: [
                {
                  key: 'useful',
                  type: 'single_choice',
                  text: { en: 'Was the week useful?', es: '¿Fue útil la semana?' },
                  required: true,
                  options: [
                    { value: 'yes', label: { en: 'Yes' } },
                    { value: 'no', label: { en: 'No' } },
                  ],
                },
              ],
            },
          ],
        },
      });
      if (created.status !== 201) throw new Error(`survey not created: ${created.status} ${JSON.stringify(created.body)}`);
      survey = created.body;
    });

    it('fills every empty text (questions, options, intro), keeps what people wrote, and tells respondents', async () => {
      const reply = await organizer.post<FillDraftsReply>(`/surveys/${survey.id}/machine-drafts`);
      expect(reply.status).toBe(200);
      const filled = reply.body.filled.map(key);
      expect(filled).toEqual(
        expect.arrayContaining(['title:fr', 'intro:pt', 'sections.0.questions.0.options.1.label:es', 'sections.0.questions.0.text:fr']),
      );
      expect(filled).not.toContain('sections.0.questions.0.text:es');
      const detail = (await organizer.get<SurveyDetail>(`/surveys/${survey.id}`)).body;
      expect(detail.content.sections[0]!.questions[0]!.text).toEqual({
        en: 'Was the week useful?',
        es: '¿Fue útil la semana?',
        fr: '[fr] Was the week useful?',
        pt: '[pt] Was the week useful?',
      });
      expect(detail.translations.every((tr) => tr.missing.length === 0)).toBe(true);
      expect(detail.machineDrafts.map(key).sort()).toEqual([...filled].sort());

      // Reviewing all the French drafts: a respondent reading French sees no note; English never did.
      for (const mark of detail.machineDrafts.filter((m) => m.language === 'fr').slice(1))
        await organizer.post(`/surveys/${survey.id}/machine-drafts/review`, mark);
      await sendNow(organizer, survey.id);
      const token = await invitationToken(t.mailbox, participantEmail);
      const form = async (language: string) => (await participant.get<SurveyForm>(`/survey-links/${token}?language=${language}`)).body;
      expect((await form('fr')).machineTranslated).toBe(true);
      expect((await form('en')).machineTranslated).toBe(false);
      const last = detail.machineDrafts.find((m) => m.language === 'fr')!;
      await organizer.post(`/surveys/${survey.id}/machine-drafts/review`, last);
      expect((await form('fr')).machineTranslated).toBe(false);
      expect((await form('pt')).machineTranslated).toBe(true);
    });

    it('is for organizers only', async () => {
      expect((await facilitator.post(`/surveys/${survey.id}/machine-drafts`)).status).toBe(403);
      expect((await participant.post(`/surveys/${survey.id}/machine-drafts/review`, { field: 'title', language: 'es' })).status).toBe(403);
      expect((await organizer.post(`/surveys/${survey.id}/machine-drafts/review`, { field: 'title', language: 'xx' })).status).toBe(400);
    });
  });
});
