import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Message, RoomSummary } from '@sstc/shared';
import { ElectiveChoice } from '../../src/modules/enrolments/elective-choice.entity.js';
import { ProgrammeItem } from '../../src/modules/programme/programme-item.entity.js';
import { Message as MessageEntity } from '../../src/modules/discussions/entities/message.entity.js';
import { MemoryRateLimiter, RateLimiter } from '../../src/modules/discussions/rate-limiter.js';
import { collect, connect, demoEdition, member, ok, request, roomsOf, send, sleep, type Member } from '../factories/discussions.factory.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

describe('discussion rooms and delivery', () => {
  let t: TestApp;
  let demo: Awaited<ReturnType<typeof demoEdition>>;
  let ana: Member;
  let bruno: Member;
  let rooms: RoomSummary[];
  let moduleRoom: RoomSummary;
  const sockets: Member['socket'][] = [];

  beforeAll(async () => {
    t = await startTestApp();
    demo = await demoEdition(t);
    const english = demo.cohorts.find((c) => c.language === 'en')!;
    ana = await member(t, 'participant', demo.edition.id, { cohortId: english.id, language: 'es', name: 'Ana' });
    bruno = await member(t, 'participant', demo.edition.id, { language: 'pt', name: 'Bruno' });
    sockets.push(ana.socket, bruno.socket);
    rooms = await roomsOf(ana.client);
    moduleRoom = rooms.find((r) => r.item?.kind === 'mandatory_module' && r.item.number === 1)!;
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    await t.close();
  });

  describe('membership', () => {
    it('gives a participant the rooms of their edition, cohort, panels, mandatory modules and the community', () => {
      const kinds = rooms.map((r) => (r.item ? r.item.kind : r.kind)).sort();
      expect(kinds.filter((k) => k === 'edition')).toHaveLength(1);
      expect(kinds.filter((k) => k === 'panel')).toHaveLength(4);
      expect(kinds.filter((k) => k === 'mandatory_module')).toHaveLength(2);
      expect(kinds.filter((k) => k === 'elective_module')).toHaveLength(0);
      expect(rooms.filter((r) => r.kind === 'cohort').map((r) => r.title.en)).toEqual(['English']);
      expect(rooms.filter((r) => r.kind === 'community')).toHaveLength(1);
      expect(rooms.every((r) => !r.canModerate)).toBe(true);
    });

    it('opens an elective module room only to participants seated in it', async () => {
      const electiveRoom = async (m: Member) => (await roomsOf(m.client)).find((r) => r.item?.kind === 'elective_module' && r.item.number === 5);
      expect(await electiveRoom(ana)).toBeUndefined();
      await t.dataSource
        .getRepository(ElectiveChoice)
        .save({ editionId: demo.edition.id, itemId: demo.elective.id, userId: ana.user.id, block: 'B', status: 'seated' });
      const room = await electiveRoom(ana);
      expect(room).toBeDefined();
      expect((await request(bruno.socket, 'room:join', { roomId: room!.id })).error.code).toBe('forbidden');
    });

    it('lets module facilitators and organizers moderate, and no one outside the edition in', async () => {
      const facilitator = await member(t, 'facilitator', null);
      const organizer = await member(t, 'organizer', null);
      const outsider = await member(t, 'participant', null);
      sockets.push(facilitator.socket, organizer.socket, outsider.socket);
      const item = await t.dataSource
        .getRepository(ProgrammeItem)
        .findOneOrFail({ where: { id: demo.module1.id }, relations: { facilitators: true } });
      item.facilitators.push(facilitator.user);
      await t.dataSource.getRepository(ProgrammeItem).save(item);

      const facilitated = await roomsOf(facilitator.client);
      expect(facilitated.map((r) => [r.id, r.canModerate])).toEqual([[moduleRoom.id, true]]);
      const all = await roomsOf(organizer.client);
      expect(all.length).toBeGreaterThan(rooms.length);
      expect(all.every((r) => r.canModerate)).toBe(true);
      expect((await roomsOf(outsider.client)).filter((r) => r.kind !== 'community')).toEqual([]);
      expect((await request(outsider.socket, 'room:join', { roomId: moduleRoom.id })).error.code).toBe('forbidden');
      expect((await send(outsider.socket, moduleRoom.id, 'Let me in')).ok).toBe(false);
      expect((await outsider.client.get(`/discussions/rooms/${moduleRoom.id}/messages`)).status).toBe(403);
    });
  });

  describe('delivery', () => {
    beforeAll(async () => {
      await ok(ana.socket, 'room:join', { roomId: moduleRoom.id });
      await ok(bruno.socket, 'room:join', { roomId: moduleRoom.id });
    });
    // Each test starts with a full send-rate bucket (6 messages, refilled at 3 a second).
    beforeEach(() => sleep(2_000));

    it('stores a message sent twice with the same id once, and answers the same message', async () => {
      const clientId = randomUUID();
      const payload = { clientId, roomId: moduleRoom.id, body: 'Hola a todos' };
      const [first, second] = await Promise.all([ok<Message>(ana.socket, 'message:send', payload), ok<Message>(ana.socket, 'message:send', payload)]);
      const third = await ok<Message>(ana.socket, 'message:send', payload);
      expect(second.id).toBe(first.id);
      expect(third).toMatchObject({ id: first.id, seq: first.seq, body: 'Hola a todos', language: 'es', author: { name: 'Ana' } });
      expect(await t.dataSource.getRepository(MessageEntity).countBy({ authorId: ana.user.id, clientId })).toBe(1);
    });

    it('numbers messages in commit order and delivers each once to the other members', async () => {
      const received = collect(bruno.socket);
      const bodies = Array.from({ length: 6 }, (_, i) => `message ${i}`);
      const acks = await Promise.all(
        bodies.map((body) => ok<Message>(ana.socket, 'message:send', { clientId: randomUUID(), roomId: moduleRoom.id, body })),
      );
      const seqs = acks.map((m) => m.seq);
      expect(new Set(seqs).size).toBe(6);
      await received.until((messages) => bodies.every((b) => messages.some((m) => m.body === b)));
      const delivered = received.messages.filter((m) => bodies.includes(m.body!));
      expect(delivered).toHaveLength(6);
      // Concurrent commits may reach readers out of order; each carries its number, and clients
      // that see a gap ask for what lies between (room-store.spec.ts).
      expect(new Set(delivered.map((m) => m.revision)).size).toBe(6);
      const page = (await bruno.client.get(`/discussions/rooms/${moduleRoom.id}/messages?limit=6`)).body;
      expect(page.messages.map((m: Message) => m.seq)).toEqual([...seqs].sort((a, b) => b - a));
    });

    it('catches up after a disconnect with every missed message, none twice', async () => {
      const { revision } = await ok(bruno.socket, 'room:sync', { roomId: moduleRoom.id, after: 0 });
      bruno.socket.disconnect();
      const missed: Message[] = [];
      for (let i = 0; i < 4; i++)
        missed.push(await ok<Message>(ana.socket, 'message:send', { clientId: randomUUID(), roomId: moduleRoom.id, body: `while away ${i}` }));
      await sleep(1_100);
      bruno.socket = await connect(t, bruno.client);
      sockets.push(bruno.socket);
      const caughtUp = await ok(bruno.socket, 'room:sync', { roomId: moduleRoom.id, after: revision });
      expect(caughtUp.messages.map((m: Message) => m.id)).toEqual(missed.map((m) => m.id));
      expect(caughtUp.revision).toBe(missed.at(-1)!.revision);
      expect(caughtUp.more).toBe(false);
      expect((await ok(bruno.socket, 'room:sync', { roomId: moduleRoom.id, after: caughtUp.revision })).messages).toEqual([]);
      await ok(bruno.socket, 'room:join', { roomId: moduleRoom.id });
    });

    it('threads replies under their first message and counts them', async () => {
      const root = await ok<Message>(bruno.socket, 'message:send', { clientId: randomUUID(), roomId: moduleRoom.id, body: 'Uma pergunta' });
      const reply = await ok<Message>(ana.socket, 'message:send', {
        clientId: randomUUID(),
        roomId: moduleRoom.id,
        body: 'Una respuesta',
        parentId: root.id,
      });
      const nested = await ok<Message>(bruno.socket, 'message:send', {
        clientId: randomUUID(),
        roomId: moduleRoom.id,
        body: 'Obrigado',
        parentId: reply.id,
      });
      expect(nested.parentId).toBe(root.id);
      const thread = (await ana.client.get(`/discussions/messages/${root.id}/thread`)).body as Message[];
      expect(thread.map((m) => m.body)).toEqual(['Uma pergunta', 'Una respuesta', 'Obrigado']);
      expect(thread[0]!.replyCount).toBe(2);
    });

    it('keeps reactions per person and emoji', async () => {
      const message = await ok<Message>(bruno.socket, 'message:send', { clientId: randomUUID(), roomId: moduleRoom.id, body: 'React to me' });
      await ok(ana.socket, 'message:react', { messageId: message.id, emoji: '👍', on: true });
      const again = await ok<Message>(ana.socket, 'message:react', { messageId: message.id, emoji: '👍', on: true });
      expect(again.reactions).toEqual([{ emoji: '👍', count: 1, userIds: [ana.user.id] }]);
      const off = await ok<Message>(ana.socket, 'message:react', { messageId: message.id, emoji: '👍', on: false });
      expect(off.reactions).toEqual([]);
      expect((await request(ana.socket, 'message:react', { messageId: message.id, emoji: '<script>', on: true })).error.code).toBe(
        'validation_failed',
      );
    });

    it('lets authors edit and delete only their own messages', async () => {
      const message = await ok<Message>(ana.socket, 'message:send', { clientId: randomUUID(), roomId: moduleRoom.id, body: 'Primera versión' });
      const edited = await ok<Message>(ana.socket, 'message:edit', { messageId: message.id, body: 'Segunda versión' });
      expect(edited).toMatchObject({ body: 'Segunda versión', seq: message.seq });
      expect(edited.revision).toBeGreaterThan(message.revision);
      expect(edited.editedAt).not.toBeNull();
      expect((await request(bruno.socket, 'message:edit', { messageId: message.id, body: 'Not mine' })).error.code).toBe('forbidden');
      expect((await request(bruno.socket, 'message:delete', { messageId: message.id })).error.code).toBe('forbidden');
      expect((await request(ana.socket, 'message:edits', { messageId: message.id })).error.code).toBe('forbidden');
      const deleted = await ok<Message>(ana.socket, 'message:delete', { messageId: message.id });
      expect(deleted).toMatchObject({ body: null });
      expect(deleted.deletedAt).not.toBeNull();
      expect((await request(ana.socket, 'message:edit', { messageId: message.id, body: 'Too late' })).error.code).toBe('message_unavailable');
    });

    it('marks a room read and counts unread messages by others', async () => {
      const before = (await roomsOf(bruno.client)).find((r) => r.id === moduleRoom.id)!;
      expect(before.unread).toBeGreaterThan(0);
      await ok(bruno.socket, 'room:read', { roomId: moduleRoom.id, seq: before.lastRevision });
      expect((await roomsOf(bruno.client)).find((r) => r.id === moduleRoom.id)!.unread).toBe(0);
      await ok(ana.socket, 'message:send', { clientId: randomUUID(), roomId: moduleRoom.id, body: 'One more' });
      expect((await roomsOf(bruno.client)).find((r) => r.id === moduleRoom.id)!.unread).toBe(1);
    });

    it('shows presence and typing to the room', async () => {
      const typing = new Promise<string>((resolve) => bruno.socket.once('room:typing', ({ person }) => resolve(person.name)));
      ana.socket.emit('room:typing', { roomId: moduleRoom.id });
      expect(await typing).toBe('Ana');
      const joined = await ok(ana.socket, 'room:join', { roomId: moduleRoom.id });
      expect(joined.presence.map((p: { name: string }) => p.name).sort()).toEqual(['Ana', 'Bruno']);
      const left = new Promise<boolean>((resolve) =>
        ana.socket.once('room:presence', ({ person, online }) => person.name === 'Bruno' && resolve(online)),
      );
      await ok(bruno.socket, 'room:leave', { roomId: moduleRoom.id });
      expect(await left).toBe(false);
      await ok(bruno.socket, 'room:join', { roomId: moduleRoom.id });
    });
  });

  describe('limits', () => {
    beforeEach(() => sleep(2_000));
    it('refuses a message over 4,000 characters, and one over 64 KB, with a translated error and keeps the connection', async () => {
      const long = await send(ana.socket, moduleRoom.id, 'x'.repeat(4_001));
      expect(long).toMatchObject({
        ok: false,
        error: { code: 'message_too_long', message: 'Este mensaje es demasiado largo: como máximo 4000 caracteres.' },
      });
      const huge = await send(ana.socket, moduleRoom.id, 'y'.repeat(200_000));
      expect(huge).toMatchObject({ ok: false, error: { code: 'message_too_long' } });
      expect(ana.socket.connected).toBe(true);
      expect((await send(ana.socket, moduleRoom.id, 'Still here')).ok).toBe(true);
    });

    it('holds a burst of six messages, then asks to wait, in the sender language', async () => {
      const carla = await member(t, 'participant', demo.edition.id, { language: 'fr' });
      sockets.push(carla.socket);
      // The limiter's clock stands still while the burst goes out, however slow the machine.
      const limiter = t.app.get(RateLimiter) as MemoryRateLimiter;
      const clock = limiter.now;
      let now = clock();
      limiter.now = () => now;
      try {
        const replies = [];
        for (let i = 0; i < 8; i++) replies.push(await send(carla.socket, moduleRoom.id, `rapide ${i}`));
        expect(replies.slice(0, 6).every((r) => r.ok)).toBe(true);
        const refused = replies[6]!;
        expect(refused).toMatchObject({ ok: false, error: { code: 'message_rate_limited', retryAfter: 1 } });
        expect(!refused.ok && refused.error.message).toBe('Vous envoyez des messages trop vite. Vous pourrez en envoyer de nouveau dans 1 seconde.');
        now += 1_000;
        expect((await send(carla.socket, moduleRoom.id, 'de nouveau')).ok).toBe(true);
      } finally {
        limiter.now = clock;
      }
    });

    it('answers a malformed payload with validation details, not an exception', async () => {
      const reply = await request(ana.socket, 'message:send', { clientId: 'nope', roomId: moduleRoom.id, body: '', extra: true });
      expect(reply.ok).toBe(false);
      expect(reply.error.code).toBe('validation_failed');
      expect(reply.error.details!.map((d: { path: string }) => d.path).sort()).toEqual(['body', 'clientId', 'extra']);
    });
  });
});
