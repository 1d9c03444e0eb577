import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Message, RoomSummary, TranslateMessagesReply } from '@sstc/shared';
import { FakeLibreTranslate } from '../../src/modules/translation/testing/fake-libretranslate.js';
import { sha256, TranslationService } from '../../src/modules/translation/translation.service.js';
import { demoEdition, member, ok, roomsOf, send, type Member } from '../factories/discussions.factory.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

/**
 * Two server instances on one database and one Redis, as behind the load balancer: a message is
 * translated into a language by one engine call, whichever instances its readers are on.
 */
describe('translation across server instances', () => {
  let a: TestApp;
  let b: TestApp;
  let engine: FakeLibreTranslate;
  let room: RoomSummary;
  let editionId: string;
  const sockets: Member['socket'][] = [];
  const someone = async (t: TestApp, language: 'es' | 'pt' | 'fr') => {
    const m = await member(t, 'participant', editionId, { language });
    sockets.push(m.socket);
    await ok(m.socket, 'room:join', { roomId: room.id });
    return m;
  };
  const translate = (m: Member, messageIds: string[]) => ok<TranslateMessagesReply>(m.socket, 'message:translate', { roomId: room.id, messageIds });
  const callsFor = (text: string, target: string) =>
    engine.translateCalls.filter((c) => JSON.stringify(c.body).includes(text) && c.body.target === target);
  const rows = async (body: string) =>
    a.dataSource.query<{ translated_text: string | null }[]>(`SELECT translated_text FROM translations WHERE source_hash = $1`, [sha256(body)]);

  beforeAll(async () => {
    // The engine answers after 200 ms: long enough for both instances to be asking at once.
    engine = new FakeLibreTranslate({ latencyMs: 200 });
    const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
    const env = { TRANSLATION_URL: await engine.start(), REDIS_URL, TRANSLATION_READER_RATE: '1000' };
    a = await startTestApp(env);
    b = await startTestApp(env, { databaseUrl: a.config.DATABASE_URL });
    const demo = await demoEdition(a);
    editionId = demo.edition.id;
    const author = await member(a, 'participant', editionId, { language: 'es' });
    sockets.push(author.socket);
    room = (await roomsOf(author.client)).find((r) => r.kind === 'edition')!;
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    await b.close();
    await a.close();
    await engine.stop();
  });
  beforeEach(() => engine.reset());

  /** Waits for a condition, never a fixed time. */
  const until = async (condition: () => boolean | Promise<boolean>) => {
    const deadline = Date.now() + 10_000;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error('condition not met in time');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  /** Requests for translations this instance is serving now (its own engine call, or waiting for another instance's). */
  const serving = (t: TestApp) => (t.app.get(TranslationService) as unknown as { inFlight: Map<string, unknown> }).inFlight.size;

  it('asks the engine once when readers on both instances ask for the same message at the same moment', async () => {
    const author = await someone(a, 'es');
    const readers = [await someone(a, 'pt'), await someone(b, 'pt'), await someone(b, 'pt'), await someone(a, 'fr'), await someone(b, 'fr')];
    const body = 'Una cooperación entre ciudades del Sur, contada en la sala';
    const message = (await send(author.socket, room.id, body)).data as Message;
    engine.reset();
    const replies = await Promise.all(readers.map((reader) => translate(reader, [message.id])));
    expect(replies.map((r) => r.translations[0]?.body)).toEqual([`[pt] ${body}`, `[pt] ${body}`, `[pt] ${body}`, `[fr] ${body}`, `[fr] ${body}`]);
    expect(callsFor(body, 'pt')).toHaveLength(1);
    expect(callsFor(body, 'fr')).toHaveLength(1);
    await Promise.all([a.app.get(TranslationService).settled(), b.app.get(TranslationService).settled()]);
    expect((await rows(body)).map((r) => r.translated_text)).toEqual(expect.arrayContaining([`[fr] ${body}`, `[pt] ${body}`]));
    expect(await rows(body)).toHaveLength(2);
  });

  it('asks once when one instance pushes the automatic translation while a reader on the other asks for it', async () => {
    const author = await someone(a, 'es');
    const automatic = await member(b, 'participant', editionId, { language: 'pt' });
    sockets.push(automatic.socket);
    expect((await automatic.client.put('/translation/preferences', { autoTranslate: true })).status).toBe(200);
    await ok(automatic.socket, 'room:join', { roomId: room.id });
    const onDemand = await someone(b, 'pt');
    const body = 'Mensaje que se traduce solo para quien lo pidió';
    const pushed = new Promise<{ translations: { body: string }[] }>((resolve) => automatic.socket.once('message:translated', resolve));
    // The author's instance (A) pushes to the automatic reader on B; the other reader on B asks as the message shows.
    const sent = send(author.socket, room.id, body);
    const arrived = new Promise<Message>((resolve) =>
      onDemand.socket.on('room:changes', (payload) => {
        const message = payload.messages.find((m) => m.body === body);
        if (message) resolve(message);
      }),
    );
    const asked = translate(onDemand, [(await arrived).id]);
    expect((await pushed).translations[0]!.body).toBe(`[pt] ${body}`);
    expect((await asked).translations[0]!.body).toBe(`[pt] ${body}`);
    await sent;
    expect(callsFor(body, 'pt')).toHaveLength(1);
    automatic.socket.disconnect();
  });

  it('takes over a claim left by an instance that stopped, and lets the other try after a failure', async () => {
    const author = await someone(a, 'es');
    const reader = await someone(b, 'pt');
    const body = 'Un mensaje cuyo traductor se detuvo a medio camino';
    const message = (await send(author.socket, room.id, body, { language: 'es' })).data as Message;
    const version = await b.app.get(TranslationService).version();
    // A claim from long ago, without text: its instance died while asking the engine.
    await a.dataSource.query(
      `INSERT INTO translations (source_hash, source_language, target_language, engine_version, translated_text, created_at)
       VALUES ($1, 'es', 'pt', $2, NULL, now() - interval '1 hour')`,
      [sha256(body), version],
    );
    engine.reset();
    expect((await translate(reader, [message.id])).translations[0]!.body).toBe(`[pt] ${body}`);
    expect(callsFor(body, 'pt')).toHaveLength(1);

    // The engine refuses A's request: A gives its claim up, and B's reader gets a translation.
    const other = 'Otro mensaje para un motor que falla una vez';
    const second = (await send(author.socket, room.id, other, { language: 'es' })).data as Message;
    const readerOnA = await someone(a, 'fr');
    engine.setDown(true);
    const failed = await translate(readerOnA, [second.id]).catch((error: unknown) => error);
    expect((failed as Error).message).toContain('translation_unavailable');
    expect(await rows(other)).toEqual([]);
    engine.setDown(false);
    const readerOnB = await someone(b, 'fr');
    expect((await translate(readerOnB, [second.id])).translations[0]!.body).toBe(`[fr] ${other}`);
  });

  it.each(['hidden', 'deleted'] as const)(
    'never translates or caches again a message %s while another instance waits to translate it',
    async (change) => {
      const author = await someone(a, 'es');
      const moderator = await member(a, 'organizer', null, { language: 'es' });
      sockets.push(moderator.socket);
      const reader = await someone(b, 'pt');
      const body = `Un mensaje que se va a quitar mientras se traduce (${change})`;
      const message = (await send(author.socket, room.id, body, { language: 'es' })).data as Message;
      const version = await b.app.get(TranslationService).version();
      // Another instance is asking the engine for it (a fresh claim): B's reader waits for its text.
      await a.dataSource.query(
        `INSERT INTO translations (source_hash, source_language, target_language, engine_version, translated_text) VALUES ($1, 'es', 'pt', $2, NULL)`,
        [sha256(body), version],
      );
      engine.reset();
      const asked = translate(reader, [message.id]);
      await until(() => serving(b) > 0);
      if (change === 'hidden') await ok(moderator.socket, 'moderation:act', { action: 'hide', messageId: message.id, reason: 'Off topic' });
      else await ok(author.socket, 'message:delete', { messageId: message.id });
      const reply = await asked;
      await b.app.get(TranslationService).settled();
      expect(reply.translations).toEqual([]);
      expect(callsFor(body, 'pt')).toHaveLength(0);
      expect(await rows(body)).toEqual([]);
    },
  );
});
