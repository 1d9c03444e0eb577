// Dispatch benchmark: one survey distribution to N recipients, delivered by two server instances
// (the built server) to a real SMTP server on loopback (smtp-server), with one instance killed
// (SIGKILL) and restarted mid-run. Prints emails per second and checks that every recipient got
// their invitation, and that no recipient got two different messages (a copy re-sent in the
// documented crash window carries the same Message-ID and is counted as a recognisable duplicate).
//
//   node e2e/bench/dispatch.bench.js [recipients=10000]      (DATABASE_URL: a PostgreSQL to create a database on)
//   npm run bench -w e2e -- dispatch
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
// The server's own freePort, from its build: the benchmarks run the built server anyway.
import { freePort } from '../../server/dist/server/src/common/net/free-port.js';
import { admin, withDatabase } from '../fixtures/databases.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN = path.join(ROOT, 'server/dist/server/src/main.js');
const PASSWORD = 'bench-password-2016';

export async function runDispatch({ recipients = 10_000, killAfter = 0.3, timeoutMs = 15 * 60_000, log = console.log } = {}) {
  const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const database = `sstc_bench_${randomBytes(4).toString('hex')}`;
  await admin(adminUrl, `CREATE DATABASE "${database}"`);
  const databaseUrl = withDatabase(adminUrl, database);
  const mailbox = await startMailbox();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sstc-bench-'));
  const servers = [];
  try {
    const a = await startServer(databaseUrl, mailbox.url, dataDir);
    servers.push(a);
    const { editionId, cookie } = await prepare(databaseUrl, a.url, recipients);
    const b = await startServer(databaseUrl, mailbox.url, dataDir);
    servers.push(b);

    const survey = await call(a.url, cookie, 'POST', `/editions/${editionId}/surveys`, { kind: 'custom' });
    const started = Date.now();
    await call(b.url, cookie, 'POST', `/surveys/${survey.id}/distributions`, {
      audience: { cohortIds: [], statuses: ['active'], roles: ['participant'] },
      opensAt: new Date().toISOString(),
      closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      reminderDays: [],
    });
    log(`distribution of ${recipients} recipients scheduled; two instances sending`);

    await until(() => mailbox.count() >= recipients * killAfter, timeoutMs, 'the first part of the run');
    a.process.kill('SIGKILL');
    const killedAt = mailbox.count();
    log(`killed instance A (pid ${a.process.pid}) after ${killedAt} emails; restarting it`);
    servers.push(await startServer(databaseUrl, mailbox.url, dataDir));

    await until(() => mailbox.recipients() >= recipients, timeoutMs, 'every recipient');
    const seconds = (mailbox.lastAt() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 1500)); // late duplicates, if any, arrive now
    const report = mailbox.report(recipients);
    const result = {
      recipients,
      seconds: Math.round(seconds * 10) / 10,
      emailsPerSecond: Math.round(recipients / seconds),
      killedAfter: killedAt,
      ...report,
    };
    log(JSON.stringify(result));
    return result;
  } finally {
    // A process killed by a signal keeps exitCode null: signalCode tells it has gone.
    const running = servers.filter((s) => s.process.exitCode === null && s.process.signalCode === null);
    await Promise.all(
      running.map(
        (s) =>
          new Promise((resolve) => {
            s.process.once('exit', resolve);
            s.process.kill('SIGTERM');
          }),
      ),
    );
    await mailbox.stop();
    rmSync(dataDir, { recursive: true, force: true });
    await admin(adminUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => undefined);
  }
}

/** A real SMTP server that records, per recipient, the Message-IDs it received. */
async function startMailbox() {
  const byRecipient = new Map();
  let total = 0;
  let last = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    maxClients: 1000,
    onData(stream, session, callback) {
      let head = '';
      stream.on('data', (chunk) => {
        if (head.length < 16_384) head += chunk.toString('utf8');
      });
      stream.on('end', () => {
        const messageId = /^Message-ID:\s*(\S+)/im.exec(head)?.[1] ?? `none-${total}`;
        for (const { address } of session.envelope.rcptTo) {
          const ids = byRecipient.get(address) ?? [];
          ids.push(messageId);
          byRecipient.set(address, ids);
        }
        total++;
        last = Date.now();
        callback();
      });
    },
  });
  // A killed instance drops its SMTP connection mid-session: that is the scenario, not a failure.
  server.on('error', () => {});
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address();
  return {
    url: `smtp://127.0.0.1:${port}/?pool=true&maxConnections=4`,
    count: () => total,
    recipients: () => byRecipient.size,
    lastAt: () => last,
    report(expected) {
      let duplicates = 0;
      let conflicting = 0;
      for (const ids of byRecipient.values()) {
        duplicates += ids.length - 1;
        if (new Set(ids).size > 1) conflicting++;
      }
      return {
        received: total,
        distinctRecipients: byRecipient.size,
        missing: expected - byRecipient.size,
        duplicatesSameMessageId: duplicates - conflicting,
        recipientsWithTwoDifferentMessages: conflicting,
      };
    },
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}

async function startServer(databaseUrl, smtpUrl, dataDir) {
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    SMTP_URL: smtpUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    SEED_DEMO: 'false',
    NODE_ENV: 'production',
    LOG_LEVEL: 'error',
    DATA_DIR: dataDir,
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    REDIS_URL: '',
  };
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  child.stderr.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  await until(() => output.includes('Press Ctrl-C to stop') || child.exitCode !== null, 90_000, 'the server to start');
  if (child.exitCode !== null) throw new Error(`The server did not start:\n${output}`);
  return { process: child, url: `http://127.0.0.1:${port}` };
}

/** An edition with N active participants in four languages, and an organizer signed in. */
async function prepare(databaseUrl, serverUrl, recipients) {
  const { hashPassword } = await import(pathToFileURL(path.join(ROOT, 'server/dist/server/src/common/crypto/password.js')).href);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let editionId;
  try {
    const [{ id: courseId }] = (await client.query(`INSERT INTO courses (code, title) VALUES ('BENCH', '{"en":"Bench"}') RETURNING id`)).rows;
    editionId = (
      await client.query(
        `INSERT INTO editions (code, course_id, title, venue, time_zone, default_language, languages, pre_learning_opens, pre_learning_closes, face_to_face_start, face_to_face_end, post_learning_opens, elective_deadline, impact_assessment_on)
         VALUES ('BENCH-1', $1, '{"en":"Bench edition","es":"Edición","fr":"Édition","pt":"Edição"}', '{"en":"Turin"}', 'Europe/Rome', 'en', '{en,es,fr,pt}', '2016-02-01', '2016-05-31', '2016-07-11', '2016-07-15', '2016-07-16', '2016-06-30', '2016-11-15') RETURNING id`,
        [courseId],
      )
    ).rows[0].id;
    await client.query(
      `INSERT INTO users (email, name, role, password_hash, language, activated_at) VALUES ('organizer@bench.example.org', 'Bench Organizer', 'organizer', $1, 'en', now())`,
      [await hashPassword(PASSWORD, 12)],
    );
    await client.query(
      `INSERT INTO users (email, name, role, language, time_zone) SELECT 'person-' || i || '@bench.example.org', 'Person ' || i, 'participant', (ARRAY['en','es','fr','pt'])[1 + i % 4], 'UTC' FROM generate_series(1, $1) AS i`,
      [recipients],
    );
    await client.query(
      `INSERT INTO enrolments (edition_id, user_id, role, status) SELECT $1, id, 'participant', 'active' FROM users WHERE role = 'participant'`,
      [editionId],
    );
  } finally {
    await client.end();
  }
  const response = await fetch(`${serverUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'organizer@bench.example.org', password: PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status}`);
  return { editionId, cookie: response.headers.get('set-cookie').split(';')[0] };
}

async function call(serverUrl, cookie, method, route, body) {
  const response = await fetch(`${serverUrl}/api${route}`, {
    method,
    // A cookie without an Origin is refused (CSRF second line): say where the call comes from, as a browser does.
    headers: { cookie, origin: serverUrl, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const payload = await response.json();
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${JSON.stringify(payload)}`);
  return payload;
}

async function until(condition, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const recipients = Number(process.argv[2] ?? 10_000);
  runDispatch({ recipients }).then(
    (result) => process.exit(result.missing === 0 && result.recipientsWithTwoDifferentMessages === 0 ? 0 : 1),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
