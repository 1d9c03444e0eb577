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
    roomId = (await roomsOf(participant.client)).find((room) => room.item?.number === module1.number)?.id ?? (await roomsOf(participant.client))[0]!.id;
  });
  afterAll(async () => {
    participant.socket.disconnect();
    await t.close();
  });

  function expectRefused(response: ApiResponse, field?: string): void {
    expect(response.status).toBe(400);
    expect(response.body).toEqual(expect.objectContaining({ code: 'validation_failed', message: expect.any(String), requestId: expect.any(String) }));
    if (field) expect(response.body.details.map((d: { path: string }) => d.path)).toContain(field);
  }

  it('accepts an empty profile change as nothing to change', async () => {
    const response = await participant.client.patch('/profile', {});
    expect(response.status).toBe(200);
    expect(response.body.id).toBe(participant.user.id);
  });

  it('refuses U+0000 in a name, with a translated message', async () => {
    const response = await organizer.patch('/profile', { name: 'Ana\u0000' });
    expectRefused(response, 'name');
    expect(response.body.details[0]).toEqual({ path: 'name', code: 'invalid_characters', message: expect.stringMatching(/caractère/) });
  });

  it('refuses U+0000 in a query string', async () => {
    expectRefused(await organizer.get(`/editions/${editionId}/enrolments?q=a%00b`), 'q');
  });

  it('refuses a lone surrogate in a localized text', async () => {
    expectRefused(await organizer.post(`/editions/${editionId}/learning/units`, unit('\ud800')), 'title.en');
  });

  it('refuses a date outside any sensible range', async () => {
    const survey = await createSurvey(organizer, editionId, 'general_assessment');
    const response = await organizer.post(`/surveys/${survey.id}/distributions`, {
      audience: { cohortIds: [], statuses: ['active'], roles: ['participant'] },
      opensAt: '0000-01-01T00:00:00Z',
      closesAt: '2100-01-01T00:00:00Z',
      reminderDays: [],
    });
    expectRefused(response, 'opensAt');
  });

  it('refuses a message cursor beyond any message number', async () => {
    expectRefused(await participant.client.get(`/discussions/rooms/${roomId}/messages?before=2147483648`), 'before');
  });

  it('refuses Markdown nested deeper than any page needs, before saving it', async () => {
    const deep = '>'.repeat(2_500) + ' deep';
    expectRefused(await organizer.post(`/editions/${editionId}/learning/units`, { ...unit('Deep'), body: { en: deep } }), 'body.en');
    expectRefused(await organizer.post('/learning/preview', { markdown: '- '.repeat(2_000) + 'x' }), 'markdown');
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
