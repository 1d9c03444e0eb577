import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demoEdition, member, request, roomsOf, type Member } from '../factories/discussions.factory.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

/** A flood of socket requests from one person is cut short, and tells nobody else anything. */
describe('socket rate limits', () => {
  let t: TestApp;
  let flooder: Member;
  let watcher: Member;
  let roomId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const { edition } = await demoEdition(t);
    flooder = await member(t, 'participant', edition.id, { language: 'fr' });
    watcher = await member(t, 'participant', edition.id);
    roomId = (await roomsOf(flooder.client))[0]!.id;
    const joined = await request(watcher.socket, 'room:join', { roomId });
    if (!joined.ok) throw new Error(`join failed: ${JSON.stringify(joined.error)}`);
  });
  afterAll(async () => {
    flooder.socket.disconnect();
    watcher.socket.disconnect();
    await t.close();
  });

  it('refuses a flood of joins with a translated error and broadcasts presence once', async () => {
    let presence = 0;
    watcher.socket.on('room:presence', (event) => {
      if (event.person.id === flooder.user.id) presence += 1;
    });
    const replies = await Promise.all(Array.from({ length: 300 }, () => request(flooder.socket, 'room:join', { roomId })));
    const refused = replies.filter((reply) => !reply.ok);
    expect(refused.length).toBeGreaterThan(250);
    expect(refused[0]!.error).toEqual({ code: 'too_many_requests', message: expect.stringMatching(/requêtes/), retryAfter: expect.any(Number) });
    // One more round trip on the watcher's socket: any broadcast sent before it has arrived.
    await request(watcher.socket, 'room:sync', { roomId, after: 0 });
    expect(presence).toBe(1);
  });

  it('counts every kind of request in one budget: syncs and edit histories too', async () => {
    const replies = await Promise.all(
      Array.from({ length: 400 }, (_, i) =>
        i % 2 === 0
          ? request(watcher.socket, 'room:sync', { roomId, after: 0 })
          : request(watcher.socket, 'message:edits', { messageId: '00000000-0000-4000-8000-000000000000' }),
      ),
    );
    const refused = (kind: number) => replies.filter((reply, i) => i % 2 === kind && !reply.ok && reply.error.code === 'too_many_requests').length;
    expect(refused(0)).toBeGreaterThan(0);
    expect(refused(1)).toBeGreaterThan(0);
  });

  it('keeps the server responsive during a flood of joins', async () => {
    const health = async () => {
      const started = performance.now();
      expect((await fetch(`${t.url}/api/health`)).status).toBe(200);
      return performance.now() - started;
    };
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const quiet: number[] = [];
    for (let i = 0; i < 5; i += 1) quiet.push(await health());
    const flood = Promise.all(Array.from({ length: 1_000 }, () => request(flooder.socket, 'room:join', { roomId })));
    const during: number[] = [];
    for (let i = 0; i < 5; i += 1) during.push(await health());
    await flood;
    // Relative to the same machine at rest (other suites share the CPU): without limits the flood made it seconds.
    expect(median(during)).toBeLessThan(4 * median(quiet) + 200);
  });
});
