import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Message, MessagePage, ModerationAction, Notification, RoomSummary } from '@sstc/shared';
import { Enrolment } from '../../src/modules/enrolments/enrolment.entity.js';
import { RoomAccessService } from '../../src/modules/discussions/room-access.service.js';
import { SendNotificationEmailsJob } from '../../src/modules/notifications/jobs/send-notification-emails.job.js';
import { ProgrammeItem } from '../../src/modules/programme/programme-item.entity.js';
import { collect, demoEdition, member, ok, request, roomsOf, send, sleep, type Member } from '../factories/discussions.factory.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

describe('facilitation and moderation', () => {
  let t: TestApp;
  let demo: Awaited<ReturnType<typeof demoEdition>>;
  let ana: Member;
  let bruno: Member;
  let carla: Member;
  let facilitator: Member;
  let otherFacilitator: Member;
  let organizer: Member;
  let room: RoomSummary;
  const everyone = () => [ana, bruno, carla, facilitator, otherFacilitator, organizer];

  beforeAll(async () => {
    t = await startTestApp();
    demo = await demoEdition(t);
    ana = await member(t, 'participant', demo.edition.id, { language: 'es', name: 'Ana' });
    bruno = await member(t, 'participant', demo.edition.id, { language: 'pt', name: 'Bruno' });
    carla = await member(t, 'participant', demo.edition.id, { language: 'fr', name: 'Carla' });
    facilitator = await member(t, 'facilitator', demo.edition.id, { language: 'fr', name: 'Fatou' });
    otherFacilitator = await member(t, 'facilitator', demo.edition.id, { name: 'Other' });
    organizer = await member(t, 'organizer', null, { name: 'Olga' });
    const items = t.dataSource.getRepository(ProgrammeItem);
    const item = await items.findOneOrFail({ where: { id: demo.module1.id }, relations: { facilitators: true } });
    item.facilitators = [facilitator.user];
    await items.save(item);
    room = (await roomsOf(ana.client)).find((r) => r.item?.kind === 'mandatory_module' && r.item.number === 1)!;
    for (const m of everyone()) await ok(m.socket, 'room:join', { roomId: room.id });
  });
  beforeEach(() => sleep(1_000));
  afterAll(async () => {
    everyone().forEach((m) => m.socket.disconnect());
    await t.close();
  });

  it('lets the module facilitator and organizers hide a message, not participants or other facilitators', async () => {
    const message = await ok<Message>(ana.socket, 'message:send', { clientId: randomUUID(), roomId: room.id, body: 'Something out of place' });
    const hide = { action: 'hide', messageId: message.id, reason: 'Off topic' };
    expect((await request(bruno.socket, 'moderation:act', hide)).error.code).toBe('forbidden');
    expect((await request(otherFacilitator.socket, 'moderation:act', hide)).error.code).toBe('forbidden');

    const seenByBruno = collect(bruno.socket);
    const seenByFacilitator = collect(facilitator.socket);
    await ok(facilitator.socket, 'moderation:act', hide);
    const [tombstone] = await seenByBruno.until((ms) => ms.some((m) => m.id === message.id));
    expect(tombstone).toMatchObject({ id: message.id, body: null, hidden: { reason: null, by: null } });
    const [full] = await seenByFacilitator.until((ms) => ms.some((m) => m.id === message.id));
    expect(full).toMatchObject({ body: 'Something out of place', hidden: { reason: 'Off topic', by: { name: 'Fatou' } } });

    // In the history too, participants get a placeholder: no text, no reason, no moderator.
    const page = (await bruno.client.get(`/discussions/rooms/${room.id}/messages`)).body.messages as Message[];
    expect(page.find((m) => m.id === message.id)).toMatchObject({ body: null, mentions: [], hidden: { reason: null, by: null } });
    const moderatorPage = (await organizer.client.get(`/discussions/rooms/${room.id}/messages`)).body.messages as Message[];
    expect(moderatorPage.find((m) => m.id === message.id)?.body).toBe('Something out of place');

    await ok(organizer.socket, 'moderation:act', { action: 'restore', messageId: message.id, reason: 'Fine after all' });
    const restored = (await bruno.client.get(`/discussions/rooms/${room.id}/messages`)).body.messages as Message[];
    expect(restored.find((m) => m.id === message.id)?.body).toBe('Something out of place');

    const log = (await facilitator.client.get(`/discussions/rooms/${room.id}/moderation-log`)).body.items as ModerationAction[];
    expect(log.slice(0, 2).map((a) => [a.action, a.actor?.name, a.reason, a.targetUser?.name])).toEqual([
      ['restore', 'Olga', 'Fine after all', 'Ana'],
      ['hide', 'Fatou', 'Off topic', 'Ana'],
    ]);
    expect((await ana.client.get(`/discussions/rooms/${room.id}/moderation-log`)).status).toBe(403);
  });

  it('locks a room read-only for members, not for its moderators', async () => {
    await ok(facilitator.socket, 'moderation:act', { action: 'lock', roomId: room.id, reason: 'Break' });
    expect((await send(ana.socket, room.id, 'Hello?')).error).toMatchObject({
      code: 'room_locked',
      message: 'Esta sala es de solo lectura: un moderador la ha bloqueado.',
    });
    expect((await send(facilitator.socket, room.id, 'We resume at 14:00', { kind: 'announcement' })).ok).toBe(true);
    await ok(facilitator.socket, 'moderation:act', { action: 'unlock', roomId: room.id });
    expect((await send(ana.socket, room.id, 'Hello again')).ok).toBe(true);
  });

  it('mutes a member for a time with a translated error, but never a moderator', async () => {
    expect(
      (await request(facilitator.socket, 'moderation:act', { action: 'mute', roomId: room.id, userId: organizer.user.id, minutes: 10, reason: 'x' }))
        .error.code,
    ).toBe('forbidden');
    await ok(facilitator.socket, 'moderation:act', { action: 'mute', roomId: room.id, userId: bruno.user.id, minutes: 10, reason: 'Cool down' });
    const refused = await send(bruno.socket, room.id, 'Posso falar?');
    expect(refused.error).toMatchObject({
      code: 'member_muted',
      message: 'Um moderador silenciou-o/a nesta sala. Poderá publicar de novo dentro de 10 minutos.',
    });
    await ok(facilitator.socket, 'moderation:act', { action: 'unmute', roomId: room.id, userId: bruno.user.id });
    expect((await send(bruno.socket, room.id, 'Obrigado')).ok).toBe(true);
  });

  it('sets slow mode for members', async () => {
    await ok(organizer.socket, 'moderation:act', { action: 'slow_mode', roomId: room.id, seconds: 30 });
    expect((await send(carla.socket, room.id, 'Un')).ok).toBe(true);
    const second = await send(carla.socket, room.id, 'Deux');
    expect(second.error.code).toBe('slow_mode');
    expect(second.error.retryAfter).toBeGreaterThan(25);
    await ok(organizer.socket, 'moderation:act', { action: 'slow_mode', roomId: room.id, seconds: 0 });
  });

  it('lets only moderators post announcements and prompts, which are pinned and notify members', async () => {
    expect((await send(ana.socket, room.id, 'I am the boss', { kind: 'announcement' })).error.code).toBe('forbidden');
    const notified = new Promise<Notification>((resolve) => carla.socket.once('notification:new', resolve));
    const prompt = await ok<Message>(facilitator.socket, 'message:send', {
      clientId: randomUUID(),
      roomId: room.id,
      body: 'What did you learn?',
      kind: 'prompt',
    });
    expect(prompt.pinnedAt).not.toBeNull();
    await ok(facilitator.socket, 'message:send', { clientId: randomUUID(), roomId: room.id, body: 'Read the summary', kind: 'announcement' });
    expect(await notified).toMatchObject({ kind: 'announcement', actor: { name: 'Fatou' }, excerpt: 'Read the summary' });
    const joined = await ok(carla.socket, 'room:join', { roomId: room.id });
    expect(joined.pinned.map((m: Message) => m.kind)).toEqual(expect.arrayContaining(['prompt', 'announcement']));
    // The newest page carries them too (a copy kept offline shows them); an older page does not.
    const newest = (await carla.client.get(`/discussions/rooms/${room.id}/messages`)).body as MessagePage;
    expect(newest.pinned.map((m) => m.id)).toEqual(joined.pinned.map((m: Message) => m.id));
    const older = (await carla.client.get(`/discussions/rooms/${room.id}/messages?before=${prompt.seq}`)).body as MessagePage;
    expect(older.pinned).toEqual([]);
  });

  it('queues members reports, hides a message reported by three members, and lets a moderator settle them', async () => {
    const message = await ok<Message>(facilitator.socket, 'message:send', { clientId: randomUUID(), roomId: room.id, body: 'Buy cheap watches' });
    expect((await request(facilitator.socket, 'message:report', { messageId: message.id, reason: 'spam' })).error.code).toBe('forbidden');
    const spam = await ok<Message>(otherFacilitator.socket, 'message:send', {
      clientId: randomUUID(),
      roomId: room.id,
      body: 'Buy cheap watches!!!',
    });
    await ok(ana.socket, 'message:report', { messageId: spam.id, reason: 'spam', note: 'Advertising' });
    expect((await request(ana.socket, 'message:report', { messageId: spam.id, reason: 'spam' })).error.code).toBe('already_reported');
    await ok(bruno.socket, 'message:report', { messageId: spam.id, reason: 'spam' });
    const queue = (await facilitator.client.get('/discussions/reports')).body;
    expect(queue.items.filter((r: { message: Message }) => r.message.id === spam.id)).toHaveLength(2);
    expect(queue.items[0].message.openReports).toBe(2);
    expect((await ana.client.get('/discussions/reports')).body.items).toEqual([]);
    expect((await otherFacilitator.client.get('/discussions/reports')).body.items).toEqual([]);

    await ok(carla.socket, 'message:report', { messageId: spam.id, reason: 'abusive' });
    const pageForAna = (await ana.client.get(`/discussions/rooms/${room.id}/messages`)).body.messages as Message[];
    expect(pageForAna.find((m) => m.id === spam.id)).toMatchObject({ body: null, hidden: { reason: null, by: null } });

    const reportId = (await facilitator.client.get('/discussions/reports')).body.items.find((r: { message: Message }) => r.message.id === spam.id).id;
    expect((await ana.client.post(`/discussions/reports/${reportId}/resolve`, { action: 'dismiss', reason: 'no' })).status).toBe(403);
    expect((await facilitator.client.post(`/discussions/reports/${reportId}/resolve`, { action: 'delete', reason: 'Spam' })).status).toBe(204);
    expect((await facilitator.client.get('/discussions/reports')).body.items.filter((r: { message: Message }) => r.message.id === spam.id)).toEqual(
      [],
    );
    const resolved = (await facilitator.client.get('/discussions/reports?status=resolved')).body.items;
    expect(resolved.filter((r: { resolvedBy: { name: string } }) => r.resolvedBy.name === 'Fatou')).toHaveLength(3);
    const log = (await facilitator.client.get(`/discussions/rooms/${room.id}/moderation-log`)).body.items as ModerationAction[];
    expect(log.slice(0, 2).map((a) => [a.action, a.actor?.name ?? 'system'])).toEqual([
      ['delete', 'Fatou'],
      ['hide', 'system'],
    ]);
  });

  it('keeps the edit history for moderators', async () => {
    const message = await ok<Message>(ana.socket, 'message:send', { clientId: randomUUID(), roomId: room.id, body: 'Version one' });
    await ok(ana.socket, 'message:edit', { messageId: message.id, body: 'Version two' });
    await ok(ana.socket, 'message:edit', { messageId: message.id, body: 'Version three' });
    const edits = await ok(facilitator.socket, 'message:edits', { messageId: message.id });
    expect(edits.map((e: { body: string }) => e.body)).toEqual(['Version one', 'Version two']);
    expect((await request(bruno.socket, 'message:edits', { messageId: message.id })).error.code).toBe('forbidden');
  });

  it('notifies a mention in the app, and by email to someone who is away', async () => {
    const notified = new Promise<Notification>((resolve) => bruno.socket.once('notification:new', resolve));
    await ok(ana.socket, 'message:send', {
      clientId: randomUUID(),
      roomId: room.id,
      body: `@[Bruno](${bruno.user.id}) ¿puedes compartir el informe?`,
    });
    expect(await notified).toMatchObject({ kind: 'mention', actor: { name: 'Ana' }, excerpt: '@Bruno ¿puedes compartir el informe?' });
    const list = (await bruno.client.get('/notifications?unread=true')).body;
    expect(list.unread).toBeGreaterThan(0);

    const job = t.app.get(SendNotificationEmailsJob);
    const emailsTo = () => t.mailbox.received.filter((m) => m.to === bruno.user.email).length;
    await job.run({ userId: bruno.user.id });
    await sleep(500);
    expect(emailsTo()).toBe(0);
    bruno.socket.disconnect();
    await sleep(200);
    await job.run({ userId: bruno.user.id });
    const email = await t.mailbox.waitFor(bruno.user.email);
    expect(email.subject).toBe('Novas notificações da Academia CSST');
    expect(email.text).toContain('Ana mencionou-o/a em');
    expect(email.text).toContain('@Bruno ¿puedes compartir el informe?');
    await job.run({ userId: bruno.user.id });
    await sleep(500);
    expect(emailsTo()).toBe(1);
  });

  it('takes a participant an organizer withdraws out of the edition rooms at once', async () => {
    const removed = new Promise<string>((resolve) => carla.socket.once('room:removed', ({ roomId }) => resolve(roomId)));
    const received = collect(carla.socket);
    const enrolment = await t.dataSource.getRepository(Enrolment).findOneByOrFail({ userId: carla.user.id, editionId: demo.edition.id });
    expect((await organizer.client.patch(`/enrolments/${enrolment.id}`, { status: 'withdrawn' })).status).toBe(200);
    expect(await removed).toBeDefined();
    // Withdrawn, she belongs to none of the edition's rooms any more.
    expect((await t.app.get(RoomAccessService).standing(carla.user.id, [room.id])).has(room.id)).toBe(false);
    await sleep(200);
    await ok(ana.socket, 'message:send', { clientId: randomUUID(), roomId: room.id, body: 'Carla should not read this' });
    await sleep(300);
    expect(received.messages.some((m) => m.body === 'Carla should not read this')).toBe(false);
    expect((await send(carla.socket, room.id, 'Still here?')).error.code).toBe('forbidden');
    expect((await request(carla.socket, 'room:join', { roomId: room.id })).error.code).toBe('forbidden');
    expect(await roomsOf(carla.client)).toEqual([]);
  });
});

describe('community rooms', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await demoEdition(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('lets organizers open a themed room for everyone enrolled, and its moderators invite people from outside', async () => {
    const organizer = await member(t, 'organizer', null);
    const participant = await member(t, 'participant', (await demoEdition(t)).edition.id);
    const alumnus = await member(t, 'participant', null, { name: 'Alumnus' });
    const title = { en: 'Just transition', es: 'Transición justa', fr: 'Transition juste', pt: 'Transição justa' };
    expect((await participant.client.post('/discussions/rooms', { title })).status).toBe(403);
    const created = await organizer.client.post('/discussions/rooms', { title });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'community', title, canModerate: true, edition: null });
    const roomId = created.body.id;

    expect((await roomsOf(participant.client)).some((r) => r.id === roomId)).toBe(true);
    expect((await roomsOf(alumnus.client)).some((r) => r.id === roomId)).toBe(false);
    expect((await participant.client.post(`/discussions/rooms/${roomId}/invitations`, { email: alumnus.user.email })).status).toBe(403);
    expect((await organizer.client.post(`/discussions/rooms/${roomId}/invitations`, { email: 'nobody@example.org' })).status).toBe(404);
    const invited = await organizer.client.post(`/discussions/rooms/${roomId}/invitations`, { email: alumnus.user.email });
    expect(invited.body).toMatchObject({ id: alumnus.user.id, name: 'Alumnus' });
    expect((await roomsOf(alumnus.client)).map((r) => r.id)).toEqual([roomId]);
    await ok(alumnus.socket, 'room:join', { roomId });
    expect((await send(alumnus.socket, roomId, 'Thanks for the invitation')).ok).toBe(true);
    const log = (await organizer.client.get(`/discussions/rooms/${roomId}/moderation-log`)).body.items;
    expect(log[0]).toMatchObject({ action: 'invite', targetUser: { name: 'Alumnus' } });
    [organizer, participant, alumnus].forEach((m) => m.socket.disconnect());
  });
});
