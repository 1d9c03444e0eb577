import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Message, RoomSummary, TranslateMessagesReply } from '@sstc/shared';
import { FakeLibreTranslate } from '../../src/modules/translation/testing/fake-libretranslate.js';
import { sha256 } from '../../src/modules/translation/translation.service.js';
import { demoEdition, member, ok, request, roomsOf, send, type Member } from '../factories/discussions.factory.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import { until } from '../setup/until.js';

/** Waits for a condition, never a fixed time. */
describe('translation in the meeting point', () => {
  let t: TestApp;
  let engine: FakeLibreTranslate;
  let ana: Member; // Spanish
  let bruno: Member; // Portuguese
  let carla: Member; // Portuguese too
  let facilitator: Member;
  let outsider: Member;
  let room: RoomSummary;
  let editionId: string;
  const sockets: Member['socket'][] = [];
  /** Another Spanish-speaking author: each has a send rate of their own. */
  const spanishAuthor = () => newMember('es');
  /** Another Portuguese-speaking reader, with a translation rate of their own. */
  const portugueseReader = () => newMember('pt');
  const newMember = async (language: 'es' | 'pt') => {
    const someone = await member(t, 'participant', editionId, { language });
    sockets.push(someone.socket);
    return someone;
  };

  const translate = (m: Member, messageIds: string[]) => ok<TranslateMessagesReply>(m.socket, 'message:translate', { roomId: room.id, messageIds });
  const cached = async (body: string) =>
    (await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM translations WHERE source_hash = $1`, [sha256(body)]))[0]!.n;

  beforeAll(async () => {
    engine = new FakeLibreTranslate();
    t = await startTestApp({ TRANSLATION_URL: await engine.start(), TRANSLATION_READER_RATE: '5' });
    const demo = await demoEdition(t);
    editionId = demo.edition.id;
    ana = await member(t, 'participant', demo.edition.id, { language: 'es', name: 'Ana' });
    bruno = await member(t, 'participant', demo.edition.id, { language: 'pt', name: 'Bruno' });
    carla = await member(t, 'participant', demo.edition.id, { language: 'pt', name: 'Carla' });
    facilitator = await member(t, 'organizer', null, { language: 'fr', name: 'Fabienne' });
    outsider = await member(t, 'participant', null, { language: 'pt' });
    sockets.push(ana.socket, bruno.socket, carla.socket, facilitator.socket, outsider.socket);
    room = (await roomsOf(ana.client)).find((r) => r.kind === 'edition')!;
    for (const m of [ana, bruno, carla, facilitator]) await ok(m.socket, 'room:join', { roomId: room.id });
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    await t.close();
    await engine.stop();
  });
  beforeEach(() => engine.reset());

  it('detects the language of a message when the author does not say it, and keeps the author’s choice', async () => {
    const detected = (await send(ana.socket, room.id, 'Hola, ¿cómo está usted?')).data as Message;
    expect(detected.language).toBe('es');
    const chosen = (await send(ana.socket, room.id, 'Bonjour, comment allez-vous ?', { language: 'es' })).data as Message;
    expect(chosen.language).toBe('es');
    // Nothing recognisable: the author's own language.
    const unknown = (await send(bruno.socket, room.id, '👍 42')).data as Message;
    expect(unknown.language).toBe('pt');
  });

  it('translates on demand into the reader’s language, keeping markup, once for every reader of that language', async () => {
    const body = 'Nuestro proyecto de cooperación funciona bien\n**gracias** @[Bruno](' + bruno.user.id + ')';
    const message = (await send(ana.socket, room.id, body)).data as Message;
    engine.reset();
    const [first, second] = await Promise.all([translate(bruno, [message.id]), translate(carla, [message.id])]);
    expect(first.translations).toEqual([
      {
        messageId: message.id,
        revision: message.revision,
        from: 'es',
        to: 'pt',
        body: `O nosso projeto de cooperação funciona bem\n**[pt] gracias** @[Bruno](${bruno.user.id})`,
      },
    ]);
    expect(second.translations).toEqual(first.translations);
    await translate(bruno, [message.id]);
    expect(engine.translateCalls).toHaveLength(1);
    // A reader of the message's own language gets nothing to translate.
    expect((await translate(ana, [message.id])).translations).toEqual([]);
  });

  it('translates an edited message again and forgets the translations of a deleted one', async () => {
    const message = (await send(ana.socket, room.id, 'Hola, ¿cómo está usted?')).data as Message;
    await translate(bruno, [message.id]);
    await until(async () => (await cached(message.body!)) === 1);
    const edited = await ok<Message>(ana.socket, 'message:edit', { messageId: message.id, body: 'Hola de nuevo, ¿cómo está usted?' });
    expect(await cached(message.body!)).toBe(0);
    engine.reset();
    expect((await translate(bruno, [message.id])).translations[0]).toMatchObject({
      revision: edited.revision,
      body: '[pt] Hola de nuevo, ¿cómo está usted?',
    });
    expect(engine.translateCalls).toHaveLength(1);
    await ok(ana.socket, 'message:delete', { messageId: message.id });
    expect(await cached(edited.body!)).toBe(0);
    expect((await translate(bruno, [message.id])).translations).toEqual([]);
  });

  it('forgets the translations of a hidden message; moderators and reports keep the original', async () => {
    const message = (await send((await spanishAuthor()).socket, room.id, 'Mensaje para ocultar con la moderación')).data as Message;
    await translate(bruno, [message.id]);
    await ok(bruno.socket, 'message:report', { messageId: message.id, reason: 'off_topic' });
    await ok(facilitator.socket, 'moderation:act', { action: 'hide', messageId: message.id, reason: 'Off topic' });
    expect(await cached(message.body!)).toBe(0);
    expect((await translate(bruno, [message.id])).translations).toEqual([]);
    const reports = (await facilitator.client.get('/discussions/reports?status=resolved')).body as { items: { message: { body: string } }[] };
    expect(reports.items.map((r) => r.message.body)).toContain('Mensaje para ocultar con la moderación');
  });

  it('holds each reader to their rate, the first asked first, and tells when to ask again', async () => {
    const ids: string[] = [];
    const authors = [await spanishAuthor(), await spanishAuthor()];
    for (let i = 0; i < 7; i++) ids.push(((await send(authors[i % 2]!.socket, room.id, `Mensaje número ${i} de la sala`)).data as Message).id);
    const reply = await translate(carla, ids);
    const done = reply.translations.map((tr) => tr.messageId);
    expect(done.length).toBeLessThanOrEqual(5);
    expect(done).toEqual(ids.slice(0, done.length));
    expect(reply.deferred).toEqual(ids.slice(done.length));
    expect(reply.retryAfter).toBeGreaterThan(0);
    // Another reader has a rate of their own.
    expect((await translate(await portugueseReader(), ids.slice(0, 2))).translations).toHaveLength(2);
  });

  it('pushes a new message translated to every reader who reads automatically in that language: one engine call', async () => {
    const readers = [await portugueseReader(), await portugueseReader()];
    const manual = await portugueseReader();
    for (const reader of readers) {
      expect((await reader.client.put('/translation/preferences', { autoTranslate: true })).status).toBe(200);
      await ok(reader.socket, 'room:join', { roomId: room.id });
    }
    await ok(manual.socket, 'room:join', { roomId: room.id });
    const heard = readers.map((reader) => new Promise<unknown>((resolve) => reader.socket.once('message:translated', resolve)));
    let manualHeard = false;
    manual.socket.on('message:translated', () => (manualHeard = true));
    engine.reset();
    const message = (await send((await spanishAuthor()).socket, room.id, 'Hola, ¿cómo está usted? Bienvenidos')).data as Message;
    for (const payload of await Promise.all(heard))
      expect(payload).toEqual({
        roomId: room.id,
        translations: [{ messageId: message.id, revision: message.revision, from: 'es', to: 'pt', body: '[pt] Hola, ¿cómo está usted? Bienvenidos' }],
        unavailable: [],
      });
    expect(engine.translateCalls.filter((c) => c.body.target === 'pt')).toHaveLength(1);
    expect(manualHeard).toBe(false);

    // Turned off and joined again: nothing more pushed.
    await readers[0]!.client.put('/translation/preferences', { autoTranslate: false });
    await ok(readers[0]!.socket, 'room:join', { roomId: room.id });
    let stillHeard = false;
    readers[0]!.socket.on('message:translated', () => (stillHeard = true));
    const next = new Promise((resolve) => readers[1]!.socket.once('message:translated', resolve));
    await send((await spanishAuthor()).socket, room.id, 'Hola otra vez, gracias');
    await next;
    expect(stillHeard).toBe(false);
  });

  it('says translation is unavailable when the engine is down, and the room goes on', async () => {
    const message = (await send((await spanishAuthor()).socket, room.id, 'Una frase cuando el motor no responde')).data as Message;
    engine.setDown(true);
    try {
      const reader = await portugueseReader();
      const failed = await request(reader.socket, 'message:translate', { roomId: room.id, messageIds: [message.id] });
      expect(failed.ok).toBe(false);
      expect(failed.error).toEqual({ code: 'translation_unavailable', message: 'Tradução indisponível neste momento.' });
      // Sending still works (the author's language when detection cannot answer).
      const sent = await send(reader.socket, room.id, 'Olá, como está você?');
      expect(sent.ok).toBe(true);
      expect((sent.data as Message).language).toBe('pt');
    } finally {
      engine.setDown(false);
    }
  });

  it('checks the room: a reader outside it gets nothing, bad payloads are refused', async () => {
    const author = await spanishAuthor();
    const message = (await send(author.socket, room.id, 'Hola, ¿cómo está usted?')).data as Message;
    expect((await request(outsider.socket, 'message:translate', { roomId: room.id, messageIds: [message.id] })).error.code).toBe('forbidden');
    expect((await request(bruno.socket, 'message:translate', { roomId: room.id, messageIds: [] })).error.code).toBe('validation_failed');
    // A message id from another room is ignored.
    const other = (await roomsOf(ana.client)).find((r) => r.kind === 'community')!;
    const elsewhere = (await send(author.socket, other.id, 'Hola desde otra sala')).data as Message;
    expect((await translate(await portugueseReader(), [elsewhere.id])).translations).toEqual([]);
  });
});
