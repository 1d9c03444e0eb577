import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import type { Browser } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, RoomSummary, ServerToClientEvents, SocketReply } from '@sstc/shared';
import { freePort } from '../../server/src/common/net/free-port.js';
import { admin, withDatabase } from '../fixtures/databases.mjs';
import { Mailbox } from '../../server/test/setup/mailbox.js';
import { expectAccessible } from '../fixtures/axe.js';
import { DEMO_PASSWORD, launchBrowser } from '../fixtures/browser.js';
import { NotificationsPage } from '../pages/notifications.page.js';
import { SignInPage } from '../pages/sign-in.page.js';

// Digests go by email: this journey runs its own built server on a database of its own, with the
// real SMTP peer of the server tests (the shared e2e server writes .eml files), so it changes
// nothing of the shared demo. The clock is the digest job's payload: the journey queues the slot
// of tomorrow morning itself, as the server's own schedule would when the morning comes.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const JOAO = 'participant@academy.example.org';
const ORGANIZER = 'organizer@academy.example.org';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type Texts = typeof import('../../client/src/locales/pt/notifications.json');
const pt = JSON.parse(readFileSync(path.join(ROOT, 'client/src/locales/pt/notifications.json'), 'utf8')) as Texts;

describe('notification centre and digests', () => {
  const database = `sstc_e2e_notify_${randomBytes(4).toString('hex')}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sstc-notify-'));
  const databaseUrl = withDatabase(ADMIN_URL, database);
  const mailbox = new Mailbox();
  let server: ChildProcess | undefined;
  let url: string;
  let browser: Browser;
  let socket: ClientSocket | undefined;

  beforeAll(async () => {
    await admin(ADMIN_URL, `CREATE DATABASE "${database}"`);
    await mailbox.start();
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    server = await start(port);
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    socket?.disconnect();
    await browser?.close();
    await stop(server);
    await mailbox.stop();
    await admin(ADMIN_URL, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a participant sets mentions to a daily digest, sees a mention live, and receives exactly one digest the next morning in their zone', async () => {
    const context = await browser.newContext({ locale: 'pt-PT', baseURL: url, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(JOAO, DEMO_PASSWORD);
    await page.getByTestId('current-user').waitFor();
    const me = (await (await page.request.get('/api/auth/me')).json()) as { id: string; timeZone: string; language: string };
    expect(me.language).toBe('pt');

    const notifications = new NotificationsPage(page);
    await notifications.openSettings(pt.settings_link, pt.settings.kinds.mention);
    await notifications.choose(pt.settings.kinds.mention, pt.settings.deliveries.daily, pt.settings.saved);
    const before = await notifications.badgeCount();

    // The organizer mentions João in the alumni room.
    const cookie = await signInApi(ORGANIZER);
    const rooms = (await (await fetch(`${url}/api/discussions/rooms`, { headers: { cookie } })).json()) as RoomSummary[];
    const community = rooms.find((room) => room.kind === 'community')!;
    socket = await connect(cookie);
    await ok(socket, 'message:send', {
      clientId: randomUUID(),
      roomId: community.id,
      body: `@[João Silva](${me.id}) pode partilhar o relatório do SENAI?`,
    });

    // Live, on the page he has open.
    await notifications.waitForBadge(before + 1);
    await notifications.openList();
    await expect(notifications.notifications().first().textContent()).resolves.toContain('pode partilhar o relatório do SENAI?');

    // Nothing by email yet: the mention waits for the digest.
    const morning = await nextMorning(me.timeZone);
    const slot = await queueDigests(morning);
    await waitForJob(slot);
    const digest = await mailbox.waitFor(JOAO, (email) => email.subject === 'O seu resumo diário da Academia CSST', 60_000);
    expect(digest.text).toContain('pode partilhar o relatório do SENAI?');
    expect(digest.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');

    // The same slot again, and a later one the same morning: still one digest.
    const again = [await queueDigests(morning), await queueDigests(new Date(new Date(morning).getTime() + 2 * 3_600_000).toISOString())];
    for (const id of again) await waitForJob(id);
    expect(mailbox.received.filter((email) => email.to === JOAO && email.subject === digest.subject)).toHaveLength(1);

    // The unsubscribe link works without signing in: it asks first, then stops the digest.
    const link = digest.links.find((candidate) => candidate.includes('/unsubscribe/'))!;
    const anonymous = await browser.newContext({ locale: 'pt-PT', baseURL: url, viewport: { width: 390, height: 844 } });
    const unsubscribe = await anonymous.newPage();
    await unsubscribe.goto(link);
    await unsubscribe.getByRole('button', { name: pt.unsubscribe.confirm }).waitFor();
    await expectAccessible(unsubscribe);
    await unsubscribe.getByRole('button', { name: pt.unsubscribe.confirm }).click();
    await unsubscribe.getByRole('status').filter({ hasText: pt.settings.kinds.mention }).waitFor();
    await expectAccessible(unsubscribe);
    const preferences = (await (await page.request.get('/api/notifications/preferences')).json()) as {
      preferences: { kind: string; delivery: string }[];
    };
    expect(preferences.preferences.find((p) => p.kind === 'mention')!.delivery).toBe('app');
    await anonymous.close();
    await context.close();
  }, 120_000);

  /** The next 07:05 in the zone: "tomorrow morning" (or this morning, before 07:05). */
  async function nextMorning(timeZone: string): Promise<string> {
    const rows = await query<{ at: Date }>(
      `SELECT CASE WHEN now() < (date_trunc('day', now() AT TIME ZONE $1) + interval '7 hours 5 minutes') AT TIME ZONE $1
                   THEN (date_trunc('day', now() AT TIME ZONE $1) + interval '7 hours 5 minutes') AT TIME ZONE $1
                   ELSE (date_trunc('day', now() AT TIME ZONE $1) + interval '1 day 7 hours 5 minutes') AT TIME ZONE $1 END AS at`,
      [timeZone],
    );
    return new Date(rows[0]!.at).toISOString();
  }

  /** The test clock: a digest slot queued for `at` (pg-boss's table, as the server's own scheduler fills it). */
  async function queueDigests(at: string): Promise<string> {
    const rows = await query<{ id: string }>(`INSERT INTO pgboss.job (name, data) VALUES ('send-notification-digests', $1) RETURNING id`, [
      JSON.stringify({ at }),
    ]);
    return rows[0]!.id;
  }

  async function waitForJob(id: string): Promise<void> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const rows = await query<{ state: string }>(
        `SELECT state FROM pgboss.job WHERE id = $1 UNION ALL SELECT state FROM pgboss.archive WHERE id = $1`,
        [id],
      );
      if (rows[0]?.state === 'completed') return;
      if (rows[0]?.state === 'failed' || Date.now() > deadline) throw new Error(`digest job ${id}: ${rows[0]?.state ?? 'missing'}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  async function query<T>(sql: string, values: unknown[]): Promise<T[]> {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return (await client.query(sql, values)).rows as T[];
    } finally {
      await client.end();
    }
  }

  async function start(port: number): Promise<ChildProcess> {
    const env = {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      REDIS_URL: '',
      SMTP_URL: mailbox.url,
      SEED_DEMO: 'true',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATA_DIR: dataDir,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      TRANSLATION_URL: '',
    };
    const child = spawn(process.execPath, [path.join(ROOT, 'server/dist/server/src/main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const deadline = Date.now() + 100_000;
    while (!output.includes('Press Ctrl-C to stop')) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`The server did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return child;
  }

  async function signInApi(email: string): Promise<string> {
    const response = await fetch(`${url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    if (response.status !== 200) throw new Error(`sign-in ${email}: ${response.status}`);
    return response.headers.get('set-cookie')!.split(';')[0]!;
  }

  function connect(cookie: string): Promise<ClientSocket> {
    const opened: ClientSocket = io(url, { transports: ['websocket'], extraHeaders: { cookie, origin: url }, forceNew: true, reconnection: false });
    return new Promise((resolve, reject) => {
      opened.once('session:ready', () => resolve(opened));
      opened.once('connect_error', reject);
    });
  }
});

async function ok(socket: ClientSocket, event: keyof ClientToServerEvents, payload: unknown): Promise<unknown> {
  // The payload is checked by the server, not here: the typed emit does not apply.
  const untyped = socket.timeout(10_000) as unknown as { emitWithAck(event: string, payload: unknown): Promise<SocketReply<unknown>> };
  const reply = await untyped.emitWithAck(event, payload);
  if (!reply.ok) throw new Error(`${event}: ${JSON.stringify(reply.error)}`);
  return reply.data;
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGINT');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}
