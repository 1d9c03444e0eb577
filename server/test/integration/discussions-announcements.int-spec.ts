import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Message, MessagePage, RoomSummary } from '@sstc/shared';
import { MessagesRepository } from '../../src/modules/discussions/messages.repository.js';
import { MessagesService } from '../../src/modules/discussions/messages.service.js';
import { FakeLibreTranslate } from '../../src/modules/translation/testing/fake-libretranslate.js';
import { demoEdition, member, ok, roomsOf, send, type Member } from '../factories/discussions.factory.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

/**
 * Announcements in several languages: the moderator fills the empty languages with machine drafts
 * before posting, readers get their language's version (a draft says so), a moderator reviews or
 * rewrites a version later. Only those who may announce in the room do any of it.
 */
describe('announcements in several languages', () => {
  let t: TestApp;
  let engine: FakeLibreTranslate;
  let moderator: Member; // an organizer: moderates every room
  let bruno: Member; // a participant reading Portuguese
  let outsider: Member;
  let room: RoomSummary;
  let editionId: string;
  const sockets: Member['socket'][] = [];
  const announce = (body: string, versions: unknown[], extra: Record<string, unknown> = {}) =>
    send(moderator.socket, room.id, body, { kind: 'announcement', language: 'es', versions, ...extra });
  const asBruno = async (id: string) =>
    (await bruno.client.get<MessagePage>(`/discussions/rooms/${room.id}/messages`)).body.pinned.find((m) => m.id === id);

  beforeAll(async () => {
    engine = new FakeLibreTranslate();
    t = await startTestApp({ TRANSLATION_URL: await engine.start() });
    const demo = await demoEdition(t);
    editionId = demo.edition.id;
    moderator = await member(t, 'organizer', null, { language: 'es' });
    bruno = await member(t, 'participant', demo.edition.id, { language: 'pt' });
    outsider = await member(t, 'participant', null, { language: 'pt' });
    sockets.push(moderator.socket, bruno.socket, outsider.socket);
    room = (await roomsOf(bruno.client)).find((r) => r.kind === 'edition')!;
    await ok(moderator.socket, 'room:join', { roomId: room.id });
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    await t.close();
    await engine.stop();
  });

  it('drafts the languages asked for, for moderators of the room only', async () => {
    const request = { language: 'es', body: 'La sesión empieza a las 10', languages: ['pt', 'en', 'es'] };
    const drafted = await moderator.client.post(`/discussions/rooms/${room.id}/announcement-drafts`, request);
    expect(drafted.status).toBe(200);
    expect(drafted.body.versions).toEqual([
      { language: 'pt', body: '[pt] La sesión empieza a las 10' },
      { language: 'en', body: '[en] La sesión empieza a las 10' },
    ]);
    expect((await bruno.client.post(`/discussions/rooms/${room.id}/announcement-drafts`, request)).status).toBe(403);
    expect((await outsider.client.post(`/discussions/rooms/${room.id}/announcement-drafts`, request)).status).toBe(403);
  });

  it('gives readers the version in their language, a machine draft marked so, never to members of another kind of message', async () => {
    const sent = await announce('Mañana no hay sesión', [
      { language: 'pt', body: '[pt] Mañana no hay sesión', machineDraft: true },
      { language: 'fr', body: 'Demain, pas de séance' },
      { language: 'es', body: 'ignored: the original is in Spanish' },
    ]);
    expect(sent.ok).toBe(true);
    const message = sent.data as Message;
    expect(message.versions).toEqual([
      { language: 'fr', body: 'Demain, pas de séance', machineDraft: false },
      { language: 'pt', body: '[pt] Mañana no hay sesión', machineDraft: true },
    ]);
    expect((await asBruno(message.id))?.versions).toEqual(message.versions);
    // Only announcements carry versions; only moderators announce.
    expect((await send(moderator.socket, room.id, 'Hola', { versions: [{ language: 'pt', body: 'Olá' }] })).error.code).toBe('validation_failed');
    expect((await send(bruno.socket, room.id, 'Olá', { kind: 'announcement', versions: [{ language: 'es', body: 'Hola' }] })).error.code).toBe(
      'forbidden',
    );
  });

  it('lets a moderator review a draft or rewrite a version, and nobody else', async () => {
    const message = (await announce('El aula abre a las 9', [{ language: 'pt', body: '[pt] El aula abre a las 9', machineDraft: true }]))
      .data as Message;
    const review = { language: 'pt' };
    expect((await bruno.client.post(`/discussions/messages/${message.id}/versions/review`, review)).status).toBe(403);
    expect((await outsider.client.post(`/discussions/messages/${message.id}/versions/review`, review)).status).toBe(403);
    const reviewed = await moderator.client.post<Message>(`/discussions/messages/${message.id}/versions/review`, review);
    expect(reviewed.status).toBe(200);
    expect(reviewed.body.versions).toEqual([{ language: 'pt', body: '[pt] El aula abre a las 9', machineDraft: false }]);
    expect(reviewed.body.revision).toBeGreaterThan(message.revision);

    const written = await moderator.client.put<Message>(`/discussions/messages/${message.id}/versions`, {
      language: 'en',
      body: 'The room opens at 9',
    });
    expect(written.status).toBe(200);
    expect(written.body.versions).toContainEqual({ language: 'en', body: 'The room opens at 9', machineDraft: false });
    expect((await bruno.client.put(`/discussions/messages/${message.id}/versions`, { language: 'en', body: 'x' })).status).toBe(403);
    expect((await moderator.client.put(`/discussions/messages/${message.id}/versions`, { language: 'es', body: 'x' })).status).toBe(409);
    expect((await moderator.client.put(`/discussions/messages/${message.id}/versions`, { language: 'en', body: 'a\u0000b' })).status).toBe(400);

    const plain = (await send(moderator.socket, room.id, 'Un mensaje corriente', { language: 'es' })).data as Message;
    expect((await moderator.client.put(`/discussions/messages/${plain.id}/versions`, { language: 'en', body: 'x' })).status).toBe(404);
  });

  it('drops the drafts of an edited original, keeps what moderators wrote, and shows members no version of a hidden announcement', async () => {
    const message = (
      await announce('Traigan su portátil', [
        { language: 'pt', body: '[pt] Traigan su portátil', machineDraft: true },
        { language: 'fr', body: 'Apportez votre ordinateur' },
      ])
    ).data as Message;
    const edited = await ok<Message>(moderator.socket, 'message:edit', { messageId: message.id, body: 'Traigan su portátil cargado' });
    expect(edited.versions).toEqual([{ language: 'fr', body: 'Apportez votre ordinateur', machineDraft: false }]);

    await ok(moderator.socket, 'moderation:act', { action: 'hide', messageId: message.id, reason: 'Duplicate' });
    const page = (await bruno.client.get<MessagePage>(`/discussions/rooms/${room.id}/messages`)).body;
    expect(page.messages.find((m) => m.id === message.id)?.versions).toEqual([]);
    expect((await moderator.client.put(`/discussions/messages/${message.id}/versions`, { language: 'en', body: 'x' })).status).toBe(409);
  });

  it('pushes no engine translation to automatic readers of a language the announcement was written in', async () => {
    const reader = async (language: 'pt' | 'en') => {
      const m = await member(t, 'participant', editionId, { language });
      sockets.push(m.socket);
      expect((await m.client.put('/translation/preferences', { autoTranslate: true })).status).toBe(200);
      await ok(m.socket, 'room:join', { roomId: room.id });
      return m;
    };
    const portuguese = await reader('pt');
    const english = await reader('en');
    const pushed: string[] = [];
    portuguese.socket.on('message:translated', (payload) => pushed.push(...payload.translations.map((tr) => tr.body)));
    const arrived = new Promise<string>((resolve) =>
      english.socket.on('message:translated', (payload) => payload.translations[0] && resolve(payload.translations[0].body)),
    );
    engine.reset();
    const message = (await announce('Cerramos el aula el viernes', [{ language: 'pt', body: 'Fechamos a sala na sexta-feira' }])).data as Message;
    expect(await arrived).toBe('[en] Cerramos el aula el viernes');
    // The push the send started, done again and awaited: it shares any engine call still under way.
    await t.app.get(MessagesService).pushTranslations((await t.app.get(MessagesRepository).byId(message.id))!);
    expect(engine.translateCalls.filter((call) => call.body.target === 'pt')).toHaveLength(0);
    expect(pushed).toEqual([]);
  });
});
