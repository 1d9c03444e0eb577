import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@sstc/shared';
import { signedIn } from '../factories/users.factory.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

describe('realtime handshake', () => {
  let t: TestApp;
  const sockets: ClientSocket[] = [];

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    await t.close();
  });

  function connect(cookie: string, origin = t.config.PUBLIC_URL): ClientSocket {
    const socket: ClientSocket = io(t.url, { transports: ['websocket'], extraHeaders: { cookie, origin }, reconnection: false, forceNew: true });
    sockets.push(socket);
    return socket;
  }

  const outcome = (socket: ClientSocket) =>
    new Promise<string>((resolve) => {
      socket.on('session:ready', ({ user }) => resolve(`ready:${user.role}`));
      socket.on('connect_error', (error) => resolve(`error:${error.message}`));
    });

  it('accepts a signed-in session from an allowed origin', async () => {
    const { client } = await signedIn(t, 'facilitator');
    const socket = connect(client.sessionCookie);
    expect(await outcome(socket)).toBe('ready:facilitator');
    const reply = await socket.timeout(5_000).emitWithAck('session:ping');
    expect(new Date(reply.at).getTime()).toBeGreaterThan(0);
  });

  it('refuses a handshake without a session', async () => {
    expect(await outcome(connect(''))).toBe('error:unauthenticated');
  });

  it('refuses a handshake from a foreign origin', async () => {
    const { client } = await signedIn(t, 'participant');
    expect(await outcome(connect(client.sessionCookie, 'https://evil.example'))).toBe('error:forbidden');
  });

  it('disconnects the sockets of a session that signs out', async () => {
    const { client } = await signedIn(t, 'participant');
    const socket = connect(client.sessionCookie);
    expect(await outcome(socket)).toBe('ready:participant');
    const ended = new Promise<string>((resolve) => socket.on('disconnect', (reason) => resolve(reason)));
    await client.post('/auth/sign-out');
    expect(await ended).toBe('io server disconnect');
  });
});
