// Translation in the meeting point under load (issue 13): 300 readers in one room (75 each reading
// English, Spanish, French, Portuguese), automatic translation on for all, 30 messages written in the
// four languages (language detected, not given). Each reader asks for a message's translation when
// it arrives, as the client does for a message in view. The engine is the LibreTranslate-compatible
// fake with a fixed 200 ms latency. Measures: engine calls (goal: one per message and target
// language, 90), the time from a message's arrival at a reader to its translation there (p50/p95,
// goal p95 <= 600 ms), then the engine down: how fast readers hear "unavailable", whether sending
// still works, how many calls reach the dead engine, and recovery once it is back.
// Run after `npm run build`: `npm run bench -w e2e -- translation` (DATABASE_URL: a PostgreSQL where
// it may create and drop a database; default postgres://postgres@127.0.0.1:5432/postgres).
import { spawn } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { io } from 'socket.io-client';
import { freePort } from '../../server/dist/server/src/common/net/free-port.js';
import { FakeLibreTranslate } from '../../server/dist/server/src/modules/translation/testing/fake-libretranslate.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const READERS = Number(process.env.READERS ?? 300);
const MESSAGES = 30;
const LATENCY_MS = 200;
const LANGUAGES = ['en', 'es', 'fr', 'pt'];
const RETRY_AFTER_MS = 2_000;
// Sentences the fake engine's detector recognises, one per language; a number makes each message unique.
const SENTENCES = {
  en: (n) => `Hello, thanks for the good meeting and the ideas, number ${n}`,
  es: (n) => `Hola, gracias por la reunión y las ideas, número ${n}`,
  fr: (n) => `Bonjour, merci pour la réunion et les idées, numéro ${n}`,
  pt: (n) => `Olá, obrigado pela reunião e as ideias, número ${n}`,
};

const engine = new FakeLibreTranslate({ latencyMs: LATENCY_MS });
const engineUrl = await engine.start();
const database = `sstc_bench_${randomBytes(4).toString('hex')}`;
const dataDir = mkdtempSync(path.join(tmpdir(), 'sstc-bench-'));
await query(ADMIN_URL, `CREATE DATABASE "${database}"`);
const dbUrl = new URL(ADMIN_URL);
dbUrl.pathname = `/${database}`;
const port = await freePort();
const publicUrl = `http://127.0.0.1:${port}`;
const server = await start([path.join(ROOT, 'server/dist/server/src/main.js')], {
  PORT: String(port),
  HOST: '127.0.0.1',
  DATABASE_URL: dbUrl.toString(),
  SEED_DEMO: 'false',
  PUBLIC_URL: publicUrl,
  DATA_DIR: dataDir,
  NODE_ENV: 'production',
  LOG_LEVEL: 'error',
  REDIS_URL: '',
  TRANSLATION_URL: engineUrl,
  TRANSLATION_RETRY_AFTER_MS: String(RETRY_AFTER_MS),
});
const clients = [];
try {
  const members = await populate(dbUrl.toString());
  await fetch(`${publicUrl}/api/discussions/rooms`, { headers: { cookie: members[0].cookie } });
  const [{ id: roomId }] = await query(dbUrl.toString(), `SELECT id FROM rooms WHERE kind = 'edition'`);
  for (let i = 0; i < members.length; i += 25) clients.push(...(await Promise.all(members.slice(i, i + 25).map((m) => connect(m, roomId)))));
  for (const client of clients) await ack(client.socket, 'room:join', { roomId });
  const authors = Object.fromEntries(LANGUAGES.map((language) => [language, clients.find((c) => c.language === language)]));

  // ---- Engine up: 30 messages, one every 400 ms, in turn from the four languages. ----
  engine.reset();
  const sent = [];
  for (let n = 0; n < MESSAGES; n++) {
    const language = LANGUAGES[n % 4];
    sent.push(ack(authors[language].socket, 'message:send', { clientId: randomUUID(), roomId, body: SENTENCES[language](n) }));
    await new Promise((resolve) => setTimeout(resolve, 400));
  }
  const stored = (await Promise.all(sent)).map((reply) => reply.data);
  const expected = clients.reduce((sum, c) => sum + stored.filter((m) => m.language !== c.language).length, 0);
  await until(() => samples('up').length >= expected, 60_000).catch(() => undefined);
  const up = samples('up');
  const calls = engine.calls.filter((c) => c.path === '/translate').length;
  const detections = engine.calls.filter((c) => c.path === '/detect').length;
  const misdetected = stored.filter((m, n) => m.language !== LANGUAGES[n % 4]).length;
  const failedUp = clients.reduce((sum, c) => sum + c.failed.length, 0);
  const asked = clients.reduce((sum, c) => sum + c.asked, 0);

  // ---- Engine down: 8 more messages. ----
  for (const client of clients) client.phase = 'down';
  engine.reset();
  engine.setDown(true);
  const downSends = [];
  for (let n = 0; n < 8; n++) {
    const language = LANGUAGES[n % 4];
    const started = performance.now();
    const reply = await ack(authors[language].socket, 'message:send', { clientId: randomUUID(), roomId, body: SENTENCES[language](100 + n) });
    downSends.push({ ok: reply.ok, ms: performance.now() - started });
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const expectedDown = clients.reduce((sum, c) => sum + (c.language === 'en' ? 8 : 8), 0);
  await until(
    () =>
      clients.reduce((sum, c) => sum + c.failed.filter((f) => f.phase === 'down').length + c.samples.filter((s) => s.phase === 'down').length, 0) >=
      expectedDown * 0.5,
    30_000,
  ).catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const downFailures = clients.flatMap((c) => c.failed.filter((f) => f.phase === 'down'));
  const callsWhileDown = engine.calls.length + engine.refused;

  // ---- Back: after the breaker's wait, new messages translate again. ----
  engine.setDown(false);
  for (const client of clients) client.phase = 'back';
  await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS + 200));
  engine.reset();
  const back = await ack(authors.es.socket, 'message:send', { clientId: randomUUID(), roomId, body: SENTENCES.es(200) });
  await until(() => samples('back').length >= clients.filter((c) => c.language !== back.data.language).length, 20_000).catch(() => undefined);

  report({
    up,
    calls,
    detections,
    misdetected,
    failedUp,
    asked,
    expected,
    downSends,
    downFailures,
    callsWhileDown,
    back: samples('back'),
    backCalls: engine.calls.filter((c) => c.path === '/translate').length,
  });
} finally {
  for (const client of clients) client.socket.disconnect();
  await stop(server);
  await engine.stop();
  await query(ADMIN_URL, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  rmSync(dataDir, { recursive: true, force: true });
}

function samples(phase) {
  return clients.flatMap((c) => c.samples.filter((s) => s.phase === phase).map((s) => s.ms));
}

/**
 * A reader with automatic translation, as the client behaves: a foreign message that arrives is
 * translated by the server's push to the readers of that language; without one within 4 s, the
 * reader asks for it (message:translate).
 */
function connect(member, roomId) {
  const socket = io(publicUrl, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    extraHeaders: { cookie: member.cookie, origin: publicUrl },
  });
  const client = { socket, language: member.language, samples: [], failed: [], waiting: new Map(), seen: new Set(), phase: 'up', asked: 0 };
  const done = (id, ok, code) => {
    const wait = client.waiting.get(id);
    if (!wait) return;
    client.waiting.delete(id);
    clearTimeout(wait.timer);
    const ms = performance.now() - wait.arrived;
    if (ok) client.samples.push({ phase: wait.phase, ms });
    else client.failed.push({ phase: wait.phase, ms, code });
  };
  socket.on('message:translated', ({ translations, unavailable }) => {
    for (const t of translations) done(t.messageId, true);
    for (const id of unavailable) done(id, false, 'translation_unavailable');
  });
  socket.on('room:changes', ({ messages }) => {
    for (const message of messages) {
      if (!message.body || message.language === client.language || client.seen.has(message.id)) continue;
      client.seen.add(message.id);
      const timer = setTimeout(() => {
        client.asked++;
        void ack(socket, 'message:translate', { roomId, messageIds: [message.id] }).then((reply) =>
          done(message.id, reply.ok && reply.data.translations.length > 0, reply.ok ? 'deferred' : reply.error.code),
        );
      }, 4_000);
      client.waiting.set(message.id, { arrived: performance.now(), phase: client.phase, timer });
    }
  });
  return new Promise((resolve, reject) => {
    socket.once('session:ready', () => resolve(client));
    socket.once('connect_error', reject);
  });
}

function ack(socket, event, payload) {
  return socket
    .timeout(30_000)
    .emitWithAck(event, payload)
    .catch(() => ({ ok: false, error: { code: 'no_answer' } }));
}

/** 300 participants of one edition, a quarter per language, automatic translation on, each with a session. */
async function populate(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const title = { en: 'Benchmark edition' };
    const [course] = (await client.query(`INSERT INTO courses (code, title) VALUES ('BENCH', $1) RETURNING id`, [title])).rows;
    const [edition] = (
      await client.query(
        `INSERT INTO editions (code, course_id, title, venue, time_zone, default_language, languages, pre_learning_opens, pre_learning_closes,
           face_to_face_start, face_to_face_end, post_learning_opens, elective_deadline, impact_assessment_on)
         VALUES ('BENCH-1', $1, $2, '{"en":"Turin"}', 'Europe/Rome', 'en', '{en,es,fr,pt}', '2016-02-01', '2016-05-31', '2016-07-11', '2016-07-15', '2016-07-16', '2016-06-30', '2016-11-15') RETURNING id`,
        [course.id, title],
      )
    ).rows;
    const members = [];
    for (let i = 0; i < READERS; i++) {
      const token = randomBytes(32).toString('base64url');
      const language = LANGUAGES[i % 4];
      const [user] = (
        await client.query(
          `INSERT INTO users (email, name, role, password_hash, language) VALUES ($1, $2, 'participant', 'bench', $3) RETURNING id`,
          [`bench-${i}@example.org`, `Reader ${i}`, language],
        )
      ).rows;
      await client.query(`INSERT INTO enrolments (edition_id, user_id, role, status) VALUES ($1, $2, 'participant', 'active')`, [
        edition.id,
        user.id,
      ]);
      await client.query(`INSERT INTO translation_preferences (user_id, auto_translate) VALUES ($1, true)`, [user.id]);
      await client.query(`INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
        createHash('sha256').update(token).digest('hex'),
        user.id,
      ]);
      members.push({ cookie: `sstc_session=${token}`, language });
    }
    return members;
  } finally {
    await client.end();
  }
}

async function start(args, env) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 90_000;
  while (!output.includes('Press Ctrl-C to stop')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return child;
}

async function stop(child) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGINT');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

async function until(condition, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function query(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

function percentile(values, p) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function report(r) {
  const ms = (v) => `${Math.round(v)} ms`;
  console.log(
    `\nTranslation bench: ${READERS} readers (a quarter per language), ${MESSAGES} messages in 4 languages, fake engine ${LATENCY_MS} ms\n`,
  );
  console.log('| measure | value | goal |');
  console.log('| --- | --- | --- |');
  console.log(`| engine translate calls | ${r.calls} | ${MESSAGES * 3} (one per message and target language) |`);
  console.log(`| engine detect calls | ${r.detections} (misdetected: ${r.misdetected}) | ${MESSAGES} |`);
  console.log(`| translations shown | ${r.up.length} of ${r.expected} (failed or deferred: ${r.failedUp}; asked after no push: ${r.asked}) | all |`);
  console.log(
    `| arrival → translation shown, p50 / p95 / max | ${ms(percentile(r.up, 50))} / ${ms(percentile(r.up, 95))} / ${ms(Math.max(...r.up))} | p95 ≤ 600 ms |`,
  );
  const codes = {};
  for (const f of r.downFailures) codes[f.code] = (codes[f.code] ?? 0) + 1;
  console.log(
    `| engine down: messages sent | ${r.downSends.filter((s) => s.ok).length} of ${r.downSends.length}, send p95 ${ms(
      percentile(
        r.downSends.map((s) => s.ms),
        95,
      ),
    )} | all, fast |`,
  );
  console.log(
    `| engine down: readers told, by code | ${JSON.stringify(codes)}; p95 ${ms(
      percentile(
        r.downFailures.map((f) => f.ms),
        95,
      ),
    )} | translation_unavailable, fast |`,
  );
  console.log(`| engine down: connections tried to the engine | ${r.callsWhileDown} | a few (circuit open) |`);
  console.log(
    `| engine back: translations of a new message | ${r.back.length}, ${r.backCalls} engine calls, p95 ${ms(percentile(r.back, 95))} | all readers, 3 calls |`,
  );
}
