import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, Message, RoomSummary, ServerToClientEvents, SocketReply, SyncRoomReply } from '@sstc/shared';
import { freePort } from '../../server/src/common/net/free-port.js';
import { admin, withDatabase } from '../fixtures/databases.mjs';
import { DEMO_PASSWORD } from '../fixtures/browser.js';

// Two built server processes on one fresh database and the machine's Redis: the socket.io Redis
// adapter carries room events between them, the Redis counters hold the send rate across them,
// and a restarted instance's clients catch up from the database.

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

interface Instance {
  url: string;
  process: ChildProcess;
}

describe('discussions on two server instances', () => {
  const database = `sstc_e2e_cluster_${randomBytes(4).toString('hex')}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sstc-cluster-'));
  const databaseUrl = withDatabase(ADMIN_URL, database);
  const ports: number[] = [];
  const instances: Instance[] = [];
  const sockets: ClientSocket[] = [];
  let roomId: string;
  let cookies: Record<string, string>;

  beforeAll(async () => {
    await admin(ADMIN_URL, `CREATE DATABASE "${database}"`);
    ports.push(await freePort(), await freePort());
    // The first instance migrates and seeds; the second starts on the ready database.
    instances[0] = await start(ports[0]!, true);
    instances[1] = await start(ports[1]!, false);
    cookies = {
      joao: await signIn(instances[0]!.url, 'participant@academy.example.org'),
      maria: await signIn(instances[1]!.url, 'participante@academy.example.org'),
      kwame: await signIn(instances[0]!.url, 'participant.en@academy.example.org'),
    };
    const rooms: RoomSummary[] = await (await fetch(`${instances[0]!.url}/api/discussions/rooms`, { headers: { cookie: cookies.joao! } })).json();
    roomId = rooms.find((r) => r.edition?.code === 'SSTC-2016' && r.kind === 'edition')!.id;
  }, 120_000);

  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    await Promise.all(instances.map((instance) => stop(instance)));
    await admin(ADMIN_URL, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('delivers a message sent through one instance to a client of the other', async () => {
    const onA = await connect(instances[0]!.url, cookies.joao!);
    const onB = await connect(instances[1]!.url, cookies.maria!);
    await ok(onA, 'room:join', { roomId });
    await ok(onB, 'room:join', { roomId });
    const received = new Promise<Message>((resolve) =>
      onB.on('room:changes', ({ messages }) => messages[0]?.body === 'Across instances' && resolve(messages[0])),
    );
    const sent = await ok<Message>(onA, 'message:send', { clientId: randomUUID(), roomId, body: 'Across instances' });
    expect((await received).id).toBe(sent.id);
  });

  it('holds the send rate across instances', async () => {
    const onA = await connect(instances[0]!.url, cookies.kwame!);
    const onB = await connect(instances[1]!.url, cookies.kwame!);
    const replies: SocketReply<Message>[] = [];
    for (let i = 0; i < 10; i++)
      replies.push(await request<Message>(i % 2 ? onB : onA, 'message:send', { clientId: randomUUID(), roomId, body: `burst ${i}` }));
    const accepted = replies.filter((r) => r.ok).length;
    // One bucket of six for both instances (two separate in-process buckets would accept all ten).
    expect(accepted).toBeGreaterThanOrEqual(6);
    expect(accepted).toBeLessThanOrEqual(7);
    expect(replies.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'message_rate_limited' } });
  });

  it('catches a client up after its instance restarts, with no message lost or repeated', async () => {
    const onA = await connect(instances[0]!.url, cookies.joao!, true);
    const onB = await connect(instances[1]!.url, cookies.maria!);
    await ok(onB, 'room:join', { roomId });
    const { revision: cursor } = await ok<SyncRoomReply>(onA, 'room:sync', { roomId, after: 0 });
    const reconnected = new Promise<void>((resolve) => onA.io.once('reconnect', () => resolve()));

    instances[0]!.process.kill('SIGKILL');
    await new Promise((resolve) => instances[0]!.process.once('exit', resolve));
    const missed: Message[] = [];
    for (let i = 0; i < 3; i++)
      missed.push(await ok<Message>(onB, 'message:send', { clientId: randomUUID(), roomId, body: `during the restart ${i}` }));
    instances[0] = await start(ports[0]!, false);
    await reconnected;

    const caughtUp = await ok<SyncRoomReply>(onA, 'room:sync', { roomId, after: cursor });
    const ids = caughtUp.messages.map((m) => m.id);
    expect(ids).toEqual(missed.map((m) => m.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(caughtUp.revision).toBe(missed.at(-1)!.revision);

    // And the restarted instance is live again, in both directions.
    await ok(onA, 'room:join', { roomId });
    const back = new Promise<string>((resolve) =>
      onB.on('room:changes', ({ messages }) => messages[0]?.body === 'Back again' && resolve(messages[0].id)),
    );
    const sent = await ok<Message>(onA, 'message:send', { clientId: randomUUID(), roomId, body: 'Back again' });
    expect(await back).toBe(sent.id);
  }, 90_000);

  async function start(port: number, seed: boolean): Promise<Instance> {
    const url = `http://127.0.0.1:${port}`;
    const env = {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      REDIS_URL,
      SEED_DEMO: String(seed),
      PUBLIC_URL: url,
      ALLOWED_ORIGINS: ports.map((p) => `http://127.0.0.1:${p}`).join(','),
      DATA_DIR: dataDir,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
    };
    const child = spawn(process.execPath, [path.join(ROOT, 'server/dist/server/src/main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const deadline = Date.now() + 90_000;
    while (!output.includes('Press Ctrl-C to stop')) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`Instance on ${port} did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return { url, process: child };
  }

  function connect(url: string, cookie: string, reconnection = false): Promise<ClientSocket> {
    const socket: ClientSocket = io(url, {
      transports: ['websocket'],
      extraHeaders: { cookie, origin: url },
      forceNew: true,
      reconnection,
      reconnectionDelay: 200,
      reconnectionDelayMax: 1_000,
    });
    sockets.push(socket);
    return new Promise((resolve, reject) => {
      socket.once('session:ready', () => resolve(socket));
      socket.once('connect_error', reject);
    });
  }
});

function request<T>(socket: ClientSocket, event: keyof ClientToServerEvents, payload: unknown): Promise<SocketReply<T>> {
  // The payload is checked by the server, not here: the typed emit does not apply.
  const untyped = socket.timeout(10_000) as unknown as { emitWithAck(event: string, payload: unknown): Promise<SocketReply<T>> };
  return untyped.emitWithAck(event, payload);
}

async function ok<T = unknown>(socket: ClientSocket, event: keyof ClientToServerEvents, payload: unknown): Promise<T> {
  const reply = await request<T>(socket, event, payload);
  if (!reply.ok) throw new Error(`${event}: ${JSON.stringify(reply.error)}`);
  return reply.data;
}

async function signIn(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in ${email}: ${response.status}`);
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

async function stop(instance: Instance): Promise<void> {
  if (instance.process.exitCode !== null || instance.process.signalCode !== null) return;
  const exited = new Promise((resolve) => instance.process.once('exit', resolve));
  instance.process.kill('SIGINT');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  if (instance.process.exitCode === null) instance.process.kill('SIGKILL');
}
