import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { demoEdition, member, request, roomsOf, type Member } from '../factories/discussions.factory.js';
import { createSurvey } from '../factories/surveys.factory.js';
import { signedIn } from '../factories/users.factory.js';
import type { ApiClient, ApiResponse } from '../setup/api-client.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

/** The inputs the security review found answering 500: each is refused with the one error shape, in the caller's language. */
describe('hostile input', () => {
  let t: TestApp;
  let organizer: ApiClient;
  let participant: Member;
  let editionId: string;
  let roomId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const { edition, module1 } = await demoEdition(t);
    editionId = edition.id;
    organizer = (await signedIn(t, 'organizer', { language: 'fr' })).client;
    participant = await member(t, 'participant', edition.id);
    roomId =
      (await roomsOf(participant.client)).find((room) => room.item?.number === module1.number)?.id ?? (await roomsOf(participant.client))[0]!.id;
  });
  afterAll(async () => {
    participant.socket.disconnect();
    await t.close();
  });

  /** The one error shape, naming the field. */
  function refusal(response: ApiResponse): { status: number; code: unknown; fields: string[] } {
    return { status: response.status, code: response.body?.code, fields: (response.body?.details ?? []).map((d: { path: string }) => d.path) };
  }
  const refused = (field: string) => ({ status: 400, code: 'validation_failed', fields: expect.arrayContaining([field]) });

  it('accepts an empty profile change as nothing to change', async () => {
    const response = await participant.client.patch('/profile', {});
    expect(response.status).toBe(200);
    expect(response.body.id).toBe(participant.user.id);
  });

  it('refuses U+0000 in a name, with a translated message', async () => {
    const response = await organizer.patch('/profile', { name: 'Ana\u0000' });
    expect(refusal(response)).toEqual(refused('name'));
    expect(response.body.details[0]).toEqual({ path: 'name', code: 'invalid_characters', message: expect.stringMatching(/caractère/) });
  });

  it('refuses U+0000 in a query string', async () => {
    expect(refusal(await organizer.get(`/editions/${editionId}/enrolments?q=a%00b`))).toEqual(refused('q'));
  });

  it('refuses a lone surrogate in a localized text', async () => {
    expect(refusal(await organizer.post(`/editions/${editionId}/learning/units`, unit('\ud800')))).toEqual(refused('title.en'));
  });

  it('refuses a date outside any sensible range', async () => {
    const survey = await createSurvey(organizer, editionId, 'general_assessment');
    const response = await organizer.post(`/surveys/${survey.id}/distributions`, {
      audience: { cohortIds: [], statuses: ['active'], roles: ['participant'] },
      opensAt: '0000-01-01T00:00:00Z',
      closesAt: '2100-01-01T00:00:00Z',
      reminderDays: [],
    });
    expect(refusal(response)).toEqual(refused('opensAt'));
  });

  it('refuses a message cursor beyond any message number', async () => {
    expect(refusal(await participant.client.get(`/discussions/rooms/${roomId}/messages?before=2147483648`))).toEqual(refused('before'));
  });

  it('refuses Markdown nested deeper than any page needs, before saving it', async () => {
    const deep = '>'.repeat(2_500) + ' deep';
    expect(refusal(await organizer.post(`/editions/${editionId}/learning/units`, { ...unit('Deep'), body: { en: deep } }))).toEqual(
      refused('body.en'),
    );
    expect(refusal(await organizer.post('/learning/preview', { markdown: '- '.repeat(2_000) + 'x' }))).toEqual(refused('markdown'));
  });

  it('still renders reasonable nesting', async () => {
    const response = await organizer.post('/learning/preview', { markdown: '> > quoted twice\n\n- one\n  - two' });
    expect(response.status).toBe(200);
  });

  it('refuses U+0000 in a socket message with a translated error', async () => {
    const reply = await request(participant.socket, 'message:send', { clientId: randomUUID(), roomId, body: 'hello\u0000' });
    expect(reply.ok).toBe(false);
    expect(reply.error).toEqual(expect.objectContaining({ code: 'validation_failed', message: expect.any(String) }));
  });
});

function unit(title: string) {
  return { title: { en: title }, body: { en: 'Body' }, keyQuestions: [], resources: [], programmeItemId: null, estimatedMinutes: 10 };
}
