import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Cohort, EditionDetail, Message, ProgrammeItem, RoomSummary } from '@sstc/shared';
import { createApp } from '../../src/app.factory.js';
import { freePort } from '../../src/common/net/free-port.js';
import { FollowMembershipJob } from '../../src/modules/discussions/jobs/follow-membership.job.js';
import { EnrolmentsService } from '../../src/modules/enrolments/enrolments.service.js';
import { RealtimeService } from '../../src/modules/realtime/realtime.service.js';
import { userRoom } from '../../src/modules/realtime/realtime.types.js';
import type { User } from '../../src/modules/users/user.entity.js';
import { connect, ok, request, roomsOf, type ClientSocket } from '../factories/discussions.factory.js';
import { createEdition } from '../factories/editions.factory.js';
import { signedIn } from '../factories/users.factory.js';
import type { ApiClient } from '../setup/api-client.js';
import { membershipChanges, membershipSettled } from '../setup/membership-changes.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

type Role = 'participant' | 'facilitator';

// Each test waits for several jobs and deliveries in a row: on a loaded machine that takes a while.
jest.setTimeout(120_000);

/** Everything a socket hears about rooms, in order. */
interface Heard {
  event: 'changes' | 'activity' | 'removed' | 'changed';
  roomId?: string;
  messageId?: string;
  seq?: number;
  body?: string | null;
  hidden?: boolean;
}

interface Observed {
  heard: Heard[];
  until(predicate: (heard: Heard) => boolean, what: string): Promise<Heard>;
}

function observe(socket: ClientSocket): Observed {
  const heard: Heard[] = [];
  socket.on('room:changes', ({ roomId, messages }) => {
    for (const m of messages) heard.push({ event: 'changes', roomId, messageId: m.id, seq: m.seq, body: m.body, hidden: m.hidden !== null });
  });
  socket.on('room:activity', ({ roomId, seq }) => heard.push({ event: 'activity', roomId, seq }));
  socket.on('room:removed', ({ roomId }) => heard.push({ event: 'removed', roomId }));
  socket.on('rooms:changed', () => heard.push({ event: 'changed' }));
  return {
    heard,
    async until(predicate, what) {
      for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 20))) {
        const found = heard.find(predicate);
        if (found) return found;
      }
      throw new Error(`timed out waiting for ${what}; heard ${JSON.stringify(heard)}`);
    },
  };
}

/** Whether a socket received this message, opened (room:changes) or watched (room:activity). */
const isMessage = (message: Message) => (h: Heard) =>
  h.roomId === message.roomId && ((h.event === 'changes' && h.messageId === message.id) || (h.event === 'activity' && h.seq === message.seq));

interface Person {
  user: User;
  client: ApiClient;
  socket: ClientSocket;
  seen: Observed;
  enrolmentId?: string;
}

type Start = () => Promise<{ a: TestApp; b?: { url: string; app: NestExpressApplication } }>;

const setups: { name: string; start: Start }[] = [
  { name: 'on one instance', start: async () => ({ a: await startTestApp() }) },
  {
    name: 'across two instances sharing Redis',
    start: async () => {
      const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
      const a = await startTestApp({ REDIS_URL });
      const port = await freePort();
      const app = await createApp({ ...a.config, PORT: port });
      await app.listen(port, '127.0.0.1');
      // Changes go through instance A's API, the people's sockets live on B, and whichever instance
      // takes a membership job, A's code handles it: the sockets move only through Redis.
      app.get(FollowMembershipJob).run = (payload) => a.app.get(FollowMembershipJob).run(payload);
      return { a, b: { url: `http://127.0.0.1:${port}`, app } };
    },
  },
];

/**
 * The same story for every change: a person has a live socket (watching their room list, with
 * some rooms open) before an organizer changes their membership; afterwards the socket hears
 * nothing more from a room lost, and hears a room gained, without reconnecting.
 */
describe.each(setups)('membership changes followed by open sockets $name', ({ start }) => {
  let t: TestApp;
  /** Where the people's sockets connect: the second instance when there is one. */
  let socketUrl: string;
  let organizer: { user: User; client: ApiClient; socket: ClientSocket };
  let edition: EditionDetail;
  let cohortA: Cohort;
  let cohortB: Cohort;
  let lobby: string;
  const sockets: ClientSocket[] = [];
  let close: () => Promise<void>;

  beforeAll(async () => {
    const started = await start();
    t = started.a;
    socketUrl = started.b?.url ?? t.url;
    close = async () => {
      sockets.forEach((socket) => socket.disconnect());
      await started.b?.app.close();
      await t.close();
    };
    const { user, client } = await signedIn(t, 'organizer');
    organizer = { user, client, socket: await connect(t, client) };
    sockets.push(organizer.socket);
    edition = await createEdition(client, {
      electives: [
        { block: 'A', capacity: 1 },
        { block: 'A', capacity: 5 },
      ],
    });
    cohortA = (await client.post(`/editions/${edition.id}/cohorts`, { name: 'Cohort A', language: 'en' })).body;
    cohortB = (await client.post(`/editions/${edition.id}/cohorts`, { name: 'Cohort B', language: 'en' })).body;
    // A room everyone in these tests shares whatever else changes: the later message sent there
    // proves that an earlier one from a lost room would have arrived by then.
    lobby = (await client.post('/discussions/rooms', { title: { en: 'Lobby' } })).body.id;
  });
  afterAll(() => close());

  async function person(role: Role, enrol: { cohortId?: string } | null = {}): Promise<Person> {
    const { user, client } = await signedIn(t, role);
    let enrolmentId: string | undefined;
    if (enrol) {
      const response = await organizer.client.post(`/editions/${edition.id}/enrolments`, {
        email: user.email,
        name: user.name,
        language: 'en',
        role,
        ...(enrol.cohortId ? { cohortId: enrol.cohortId } : {}),
      });
      if (response.status !== 201) throw new Error(`enrol: ${response.status}`);
      enrolmentId = response.body.id;
    }
    const invited = await organizer.client.post(`/discussions/rooms/${lobby}/invitations`, { email: user.email, moderator: false });
    expect(invited.status).toBe(201);
    // The socket starts once the setup's own changes have been followed: what it hears next is the test's.
    await membershipSettled(t, user.id);
    const socket = await connect({ ...t, url: socketUrl }, client);
    sockets.push(socket);
    const seen = observe(socket);
    await ok(socket, 'rooms:watch', undefined);
    await ok(socket, 'room:join', { roomId: lobby });
    return { user, client, socket, seen, ...(enrolmentId ? { enrolmentId } : {}) };
  }

  async function roomIdOf(match: (room: RoomSummary) => boolean): Promise<string> {
    const room = (await roomsOf(organizer.client)).find((r) => r.edition?.id === edition.id && match(r));
    if (!room) throw new Error('no such room');
    return room.id;
  }
  const cohortRoom = (cohort: Cohort) => roomIdOf((r) => r.kind === 'cohort' && r.title.en === cohort.name);
  const editionRoom = () => roomIdOf((r) => r.kind === 'edition');
  const itemRoom = (item: ProgrammeItem) => roomIdOf((r) => r.item?.kind === item.kind && r.item.number === item.number);
  const electives = () => edition.programme.filter((item) => item.kind === 'elective_module');
  const mandatory = () => edition.programme.find((item) => item.kind === 'mandatory_module')!;

  /** The organizer says something in a room (waiting out the send rate when told to). */
  async function say(roomId: string, body: string): Promise<Message> {
    for (;;) {
      const reply = await request(organizer.socket, 'message:send', { clientId: randomUUID(), roomId, body });
      if (reply.ok) return reply.data;
      if (reply.error.code !== 'message_rate_limited') throw new Error(JSON.stringify(reply.error));
      await new Promise((resolve) => setTimeout(resolve, (reply.error.retryAfter ?? 1) * 1000));
    }
  }

  /** The socket hears what is said in the room now. */
  async function hears(who: Person, roomId: string): Promise<void> {
    const message = await say(roomId, `to ${who.user.id} in ${roomId}`);
    await who.seen.until(isMessage(message), `a message in room ${roomId}`);
  }

  /** The socket hears nothing more from `roomId`: a message there, then one in the lobby; only the second arrives. */
  async function hearsNothingFrom(who: Person, roomId: string): Promise<void> {
    const lost = await say(roomId, `not for ${who.user.id}`);
    const marker = await say(lobby, `marker for ${who.user.id}`);
    await who.seen.until(isMessage(marker), 'the lobby marker');
    expect(who.seen.heard.filter(isMessage(lost))).toEqual([]);
  }

  /** The change has been followed: its jobs are done and the person's client was told. */
  async function followed(who: Person, signal: (h: Heard) => boolean, from: number): Promise<void> {
    await membershipSettled(t, who.user.id);
    await who.seen.until((h) => who.seen.heard.indexOf(h) >= from && signal(h), 'the membership signal');
  }
  const removed = (roomId: string) => (h: Heard) => h.event === 'removed' && h.roomId === roomId;
  const changed = (h: Heard) => h.event === 'changed';

  async function open(who: Person, roomId: string): Promise<void> {
    await ok(who.socket, 'room:join', { roomId });
    await hears(who, roomId);
  }

  it('enrolling someone lets their open socket follow the rooms of the edition and their cohort', async () => {
    const ana = await person('participant', null);
    const mark = ana.seen.heard.length;
    const enrolled = await organizer.client.post(`/editions/${edition.id}/enrolments`, {
      email: ana.user.email,
      name: ana.user.name,
      language: 'en',
      cohortId: cohortA.id,
    });
    expect(enrolled.status).toBe(201);
    await followed(ana, changed, mark);
    await hears(ana, await editionRoom());
    await hears(ana, await cohortRoom(cohortA));
    await hears(ana, await itemRoom(mandatory()));
    expect(await membershipChanges(t, ana.user.id)).toContainEqual(
      expect.objectContaining({ change: 'enrolled', editionId: edition.id, cohortId: cohortA.id }),
    );
  });

  it('a CSV import lets the open sockets of the people it enrols follow their rooms', async () => {
    const bea = await person('participant', null);
    const mark = bea.seen.heard.length;
    const csv = `name,email,cohort\n${bea.user.name},${bea.user.email},${cohortB.name}\n`;
    const preview = await organizer.client.raw('POST', `/editions/${edition.id}/imports?fileName=people.csv`, csv, 'text/csv');
    expect(preview.status).toBe(201);
    expect((await organizer.client.post(`/imports/${preview.body.id}/confirm`)).status).toBe(200);
    await bea.seen.until((h) => bea.seen.heard.indexOf(h) >= mark && changed(h), 'the import to be followed');
    await membershipSettled(t, bea.user.id);
    await hears(bea, await cohortRoom(cohortB));
    await hears(bea, await editionRoom());
  });

  it('withdrawing someone takes their socket out of every room of the edition, and reinstating brings it back', async () => {
    const carl = await person('participant', { cohortId: cohortA.id });
    const [edition_, cohort] = [await editionRoom(), await cohortRoom(cohortA)];
    await open(carl, cohort);
    await hears(carl, edition_);

    let mark = carl.seen.heard.length;
    expect((await organizer.client.patch(`/enrolments/${carl.enrolmentId}`, { status: 'withdrawn' })).status).toBe(200);
    await followed(carl, removed(cohort), mark);
    await hearsNothingFrom(carl, cohort);
    await hearsNothingFrom(carl, edition_);

    mark = carl.seen.heard.length;
    expect((await organizer.client.patch(`/enrolments/${carl.enrolmentId}`, { status: 'active' })).status).toBe(200);
    await followed(carl, changed, mark);
    await hears(carl, cohort);
    await hears(carl, edition_);
  });

  it('moving someone to another cohort swaps the cohort room of their open socket', async () => {
    const dina = await person('participant', { cohortId: cohortA.id });
    const [roomA, roomB] = [await cohortRoom(cohortA), await cohortRoom(cohortB)];
    await open(dina, roomA);

    const mark = dina.seen.heard.length;
    expect((await organizer.client.patch(`/enrolments/${dina.enrolmentId}`, { cohortId: cohortB.id })).status).toBe(200);
    await followed(dina, removed(roomA), mark);
    await hearsNothingFrom(dina, roomA);
    await hears(dina, roomB);
    await hears(dina, await editionRoom());
  });

  it('a seat in an elective opens its room to the socket, and giving it up (or changing module) closes it', async () => {
    const [small, large] = electives();
    const emil = await person('participant');
    const [smallRoom, largeRoom] = [await itemRoom(small!), await itemRoom(large!)];

    let mark = emil.seen.heard.length;
    expect((await emil.client.put(`/editions/${edition.id}/electives/choices`, { itemId: large!.id })).status).toBe(200);
    await followed(emil, changed, mark);
    await hears(emil, largeRoom);
    await open(emil, largeRoom);

    mark = emil.seen.heard.length;
    expect((await emil.client.put(`/editions/${edition.id}/electives/choices`, { itemId: small!.id })).status).toBe(200);
    await followed(emil, removed(largeRoom), mark);
    await hearsNothingFrom(emil, largeRoom);
    await hears(emil, smallRoom);
    await open(emil, smallRoom);

    mark = emil.seen.heard.length;
    expect((await emil.client.delete(`/editions/${edition.id}/electives/choices/${small!.id}`)).status).toBe(200);
    await followed(emil, removed(smallRoom), mark);
    await hearsNothingFrom(emil, smallRoom);
  });

  it('a waitlist place opens nothing; promotion to a seat opens the room', async () => {
    const [small] = electives();
    const smallRoom = await itemRoom(small!);
    const [holder, waiting] = [await person('participant'), await person('participant')];
    expect((await holder.client.put(`/editions/${edition.id}/electives/choices`, { itemId: small!.id })).body.blocks[0].choice.status).toBe('seated');

    let mark = waiting.seen.heard.length;
    const placed = await waiting.client.put(`/editions/${edition.id}/electives/choices`, { itemId: small!.id, waitlist: true });
    expect(placed.body.blocks[0].choice.status).toBe('waitlisted');
    await followed(waiting, changed, mark);
    await hearsNothingFrom(waiting, smallRoom);
    expect(await membershipChanges(t, waiting.user.id)).toContainEqual(expect.objectContaining({ change: 'waitlisted', itemId: small!.id }));

    mark = waiting.seen.heard.length;
    expect((await holder.client.delete(`/editions/${edition.id}/electives/choices/${small!.id}`)).status).toBe(200);
    await followed(waiting, changed, mark);
    await hears(waiting, smallRoom);
    expect(await membershipChanges(t, waiting.user.id)).toContainEqual(expect.objectContaining({ change: 'promoted', itemId: small!.id }));
  });

  it('a facilitator added to a cohort follows its room, and is taken out when removed', async () => {
    const fred = await person('facilitator');
    const room = await cohortRoom(cohortB);
    const update = (facilitatorIds: string[]) =>
      organizer.client.put(`/cohorts/${cohortB.id}`, { name: cohortB.name, language: cohortB.language, facilitatorIds });

    let mark = fred.seen.heard.length;
    expect((await update([fred.user.id])).status).toBe(200);
    await followed(fred, changed, mark);
    await hears(fred, room);
    await open(fred, room);

    mark = fred.seen.heard.length;
    expect((await update([])).status).toBe(200);
    await followed(fred, removed(room), mark);
    await hearsNothingFrom(fred, room);
  });

  it('a facilitator added to an elective module follows its room, and is taken out when removed', async () => {
    const [, large] = electives();
    const gil = await person('facilitator');
    const room = await itemRoom(large!);

    let mark = gil.seen.heard.length;
    expect((await setItemFacilitators(large!, [gil.user.id])).status).toBe(200);
    await followed(gil, changed, mark);
    await hears(gil, room);
    await open(gil, room);

    mark = gil.seen.heard.length;
    expect((await setItemFacilitators(large!, [])).status).toBe(200);
    await followed(gil, removed(room), mark);
    await hearsNothingFrom(gil, room);
  });

  it('a facilitator made moderator of an open module room receives what moderators see, and stops when no longer', async () => {
    const hana = await person('facilitator');
    const room = await itemRoom(mandatory());
    await open(hana, room);
    /** A message the organizer hides at once: its text goes only to the room's moderators. */
    const hiddenBody = async () => {
      const message = await say(room, `hidden from ${hana.user.id}?`);
      await ok(organizer.socket, 'moderation:act', { action: 'hide', messageId: message.id, reason: 'Testing' });
      return (await hana.seen.until((h) => h.messageId === message.id && h.hidden === true, 'the hidden message')).body;
    };
    expect(await hiddenBody()).toBeNull();

    let mark = hana.seen.heard.length;
    expect((await setItemFacilitators(mandatory(), [hana.user.id])).status).toBe(200);
    await followed(hana, changed, mark);
    expect(await hiddenBody()).toBe(`hidden from ${hana.user.id}?`);

    mark = hana.seen.heard.length;
    expect((await setItemFacilitators(mandatory(), [])).status).toBe(200);
    await followed(hana, changed, mark);
    expect(await hiddenBody()).toBeNull();
    await hears(hana, room);
  });

  it('an invitation to a community room lets the open socket follow it', async () => {
    const ivo = await person('participant', null);
    const room = (await organizer.client.post('/discussions/rooms', { title: { en: 'Community corner' } })).body.id as string;
    const mark = ivo.seen.heard.length;
    expect((await organizer.client.post(`/discussions/rooms/${room}/invitations`, { email: ivo.user.email, moderator: false })).status).toBe(201);
    await followed(ivo, changed, mark);
    await hears(ivo, room);
  });

  it('removing a cohort takes the sockets of its people out of its channels', async () => {
    const cohort = (await organizer.client.post(`/editions/${edition.id}/cohorts`, { name: 'Short-lived', language: 'en' })).body as Cohort;
    const jo = await person('participant', { cohortId: cohort.id });
    const room = await cohortRoom(cohort);
    await open(jo, room);
    const mark = jo.seen.heard.length;
    expect((await organizer.client.delete(`/cohorts/${cohort.id}`)).status).toBe(204);
    await followed(jo, removed(room), mark);
    const channels = (await t.app.get(RealtimeService).socketsIn(userRoom(jo.user.id))).flatMap((socket) => [...socket.rooms]);
    expect(channels.filter((channel) => channel.includes(room))).toEqual([]);
    expect(channels).toContain(`room:${lobby}`);
  });

  async function setItemFacilitators(item: ProgrammeItem, facilitatorIds: string[]) {
    const { id: _id, kind: _kind, machineDrafts: _drafts, facilitators: _facilitators, ...fields } = item;
    return organizer.client.put(`/programme/${item.id}`, { ...fields, facilitatorIds });
  }

  it('records nothing when the transaction of the change rolls back', async () => {
    const kim = await person('participant', { cohortId: cohortA.id });
    const roomA = await cohortRoom(cohortA);
    await open(kim, roomA);
    const before = await membershipChanges(t, kim.user.id);
    expect(before.map((c) => c.change)).toEqual(['enrolled', 'room_invited']);

    // Fault injection: the move itself succeeds statement by statement, and the commit fails
    // (a deferred trigger), after the change and its job were written.
    await t.dataSource.query(`CREATE OR REPLACE FUNCTION refuse_commit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'refused by the test'; END $$`);
    await t.dataSource.query(`CREATE CONSTRAINT TRIGGER refuse_commit AFTER UPDATE ON enrolments DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW WHEN (NEW.user_id = '${kim.user.id}'::uuid) EXECUTE FUNCTION refuse_commit()`);
    // TypeORM logs the failed COMMIT it is told to expect here.
    const quiet = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await expect(t.app.get(EnrolmentsService).update(kim.enrolmentId!, { cohortId: cohortB.id })).rejects.toThrow('refused by the test');
    } finally {
      quiet.mockRestore();
      await t.dataSource.query(`DROP TRIGGER refuse_commit ON enrolments`);
    }
    expect(await membershipChanges(t, kim.user.id)).toEqual(before);
    await hears(kim, roomA);

    // The same change, committed, is recorded (so the check above could fail).
    await t.app.get(EnrolmentsService).update(kim.enrolmentId!, { cohortId: cohortB.id });
    expect((await membershipChanges(t, kim.user.id)).map((c) => c.change)).toEqual(['enrolled', 'room_invited', 'moved_cohort']);
  });
});
