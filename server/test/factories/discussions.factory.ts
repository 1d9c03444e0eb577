import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, Message, Role, RoomSummary, ServerToClientEvents, SocketErrorBody } from '@sstc/shared';
import { Cohort } from '../../src/modules/cohorts/cohort.entity.js';
import { Edition } from '../../src/modules/courses/edition.entity.js';
import { Enrolment } from '../../src/modules/enrolments/enrolment.entity.js';
import { ProgrammeItem } from '../../src/modules/programme/programme-item.entity.js';
import { DemoSeedService } from '../../src/modules/seed/demo-seed.service.js';
import type { User } from '../../src/modules/users/user.entity.js';
import type { ApiClient, UntypedBody } from '../setup/api-client.js';
import type { TestApp } from '../setup/test-app.js';
import { signedIn } from './users.factory.js';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface Member {
  user: User;
  client: ApiClient;
  socket: ClientSocket;
}

/** The demo's 2016 edition with its programme, cohorts and rooms. */
export async function demoEdition(t: TestApp): Promise<{ edition: Edition; module1: ProgrammeItem; elective: ProgrammeItem; cohorts: Cohort[] }> {
  await t.app.get(DemoSeedService).seedIfEmpty();
  const edition = await t.dataSource.getRepository(Edition).findOneByOrFail({ code: 'SSTC-2016' });
  const items = t.dataSource.getRepository(ProgrammeItem);
  return {
    edition,
    module1: await items.findOneByOrFail({ editionId: edition.id, kind: 'mandatory_module', number: 1 }),
    elective: await items.findOneByOrFail({ editionId: edition.id, kind: 'elective_module', number: 5 }),
    cohorts: await t.dataSource.getRepository(Cohort).find({ where: { editionId: edition.id }, order: { name: 'ASC' } }),
  };
}

/** A new account enrolled in the edition (optionally in a cohort), signed in, with an open socket. */
export async function member(
  t: TestApp,
  role: Role,
  editionId: string | null,
  options: { cohortId?: string; language?: User['language']; name?: string } = {},
): Promise<Member> {
  const { user, client } = await signedIn(t, role, { language: options.language ?? 'en', ...(options.name ? { name: options.name } : {}) });
  if (editionId && role !== 'organizer') {
    await t.dataSource.getRepository(Enrolment).save({ editionId, userId: user.id, role, status: 'active', cohortId: options.cohortId ?? null });
  }
  return { user, client, socket: await connect(t, client) };
}

export async function connect(t: TestApp, client: ApiClient): Promise<ClientSocket> {
  const socket: ClientSocket = io(t.url, {
    transports: ['websocket'],
    extraHeaders: { cookie: client.sessionCookie, origin: t.config.PUBLIC_URL },
    forceNew: true,
    reconnection: false,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('session:ready', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

type UntypedEmitter = { emitWithAck(event: string, payload: unknown): Promise<Reply> };

/** A reply as the tests read it: `data` when ok, else `error`. */
export type Reply<T = UntypedBody> = { ok: boolean; data: T; error: SocketErrorBody };

/** Emits a request and waits for its acknowledgement. */
export function request<E extends keyof ClientToServerEvents>(socket: ClientSocket, event: E, payload: unknown): Promise<Reply> {
  // The payload is loose on purpose (tests send malformed ones too), so the typed emit does not apply.
  return (socket.timeout(10_000) as unknown as UntypedEmitter).emitWithAck(event, payload);
}

export async function ok<T = UntypedBody>(socket: ClientSocket, event: keyof ClientToServerEvents, payload: unknown): Promise<T> {
  const reply = await request(socket, event, payload);
  if (!reply.ok) throw new Error(`${event} failed: ${JSON.stringify(reply.error)}`);
  return reply.data as T;
}

export function send(socket: ClientSocket, roomId: string, body: string, extra: Record<string, unknown> = {}): Promise<Reply<Message>> {
  return request(socket, 'message:send', { clientId: randomUUID(), roomId, body, ...extra });
}

export async function roomsOf(client: ApiClient): Promise<RoomSummary[]> {
  const response = await client.get('/discussions/rooms');
  if (response.status !== 200) throw new Error(`rooms: ${response.status}`);
  return response.body;
}

/** Collects every message a socket receives through room:changes. */
export function collect(socket: ClientSocket): {
  messages: Message[];
  revisions: number[];
  until(predicate: (messages: Message[]) => boolean, ms?: number): Promise<Message[]>;
} {
  const messages: Message[] = [];
  const revisions: number[] = [];
  socket.on('room:changes', (payload) => {
    revisions.push(payload.revision);
    messages.push(...payload.messages);
  });
  return {
    messages,
    revisions,
    async until(predicate, ms = 10_000) {
      const deadline = Date.now() + ms;
      while (!predicate(messages)) {
        if (Date.now() > deadline) throw new Error(`timed out; received ${JSON.stringify(messages.map((m) => [m.seq, m.body]))}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return messages;
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
