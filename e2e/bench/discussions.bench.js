// Discussions load test, in one run: (a) a bare socket.io server that only broadcasts and (b) the
// real server (built; authentication, membership checks, storage before acknowledgement), with the
// same 300 clients: one room of 300 members (the plenary) and 10 rooms of 30 (cohorts), 1 KB
// messages. Server and load generator are pinned to different cores with taskset when it exists.
// Prints deliveries per second and send-to-receive latency (p50, p99) for each, and real/bare.
// Run after `npm run build`: `npm run bench -w e2e -- discussions` (DATABASE_URL: a PostgreSQL
// where it may create and drop a database; default postgres://postgres@127.0.0.1:5432/postgres).
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
// The server's own freePort, from its build: the benchmarks run the built server anyway.
import { freePort } from '../../server/dist/server/src/common/net/free-port.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const MEMBERS = 300;
const COHORTS = 10;
const PHASES = [
  // A steady, moderate load: the latency a member sees on an ordinary busy day.
  { name: 'steady', senders: MEMBERS, perClientRate: 0.1, seconds: 10 },
  // Everyone sends as fast as acknowledgements allow, up to 2.5 a second (under the 3/s limit).
  { name: 'saturated', senders: MEMBERS, perClientRate: 2.5, seconds: 10 },
];
const canPin = cpus().length > 1 && spawnSync('taskset', ['-c', '0', 'true']).status === 0;

// Rounds alternate bare and real; each phase keeps its best round (the one least disturbed by
// whatever else the machine runs), and the report says how far the rounds spread.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const rounds = { bare: [], real: [] };
for (let round = 0; round < ROUNDS; round++) {
  rounds.bare.push(await bare());
  rounds.real.push(await real());
}
report({ bare: best(rounds.bare), real: best(rounds.real) }, rounds);

function best(runs) {
  return Object.fromEntries(
    PHASES.map(({ name }) => [name, runs.map((run) => run[name]).sort((a, b) => b.deliveriesPerSecond - a.deliveriesPerSecond)[0]]),
  );
}

async function bare() {
  const port = await freePort();
  const server = await start(0, [path.join(HERE, 'discussions-bare-server.js'), String(port)], {});
  try {
    const clients = Array.from({ length: MEMBERS }, (_, i) => ({ rooms: ['plenary', `cohort-${i % COHORTS}`] }));
    return await load(`http://127.0.0.1:${port}`, clients);
  } finally {
    await stop(server);
  }
}

async function real() {
  const database = `sstc_bench_${randomBytes(4).toString('hex')}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sstc-bench-'));
  await admin(ADMIN_URL, `CREATE DATABASE "${database}"`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const env = {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: url.toString(),
    SEED_DEMO: 'false',
    PUBLIC_URL: publicUrl,
    DATA_DIR: dataDir,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    REDIS_URL: '',
  };
  // BENCH_SERVER_ARGS: extra node flags for the real server (e.g. --cpu-prof to see where time goes).
  const server = await start(
    0,
    [...(process.env.BENCH_SERVER_ARGS?.split(' ').filter(Boolean) ?? []), path.join(ROOT, 'server/dist/server/src/main.js')],
    env,
  );
  try {
    const members = await populate(url.toString());
    // Listing rooms creates the edition's rooms; each member sees only theirs, so read all ids from the database.
    await fetch(`${publicUrl}/api/discussions/rooms`, { headers: { cookie: members[0].cookie } });
    const rooms = await query(url.toString(), `SELECT r.id, r.kind, c.name FROM rooms r LEFT JOIN cohorts c ON c.id = r.cohort_id`);
    const plenary = rooms.find((r) => r.kind === 'edition').id;
    const cohortRoom = new Map(rooms.filter((r) => r.kind === 'cohort').map((r) => [r.name, r.id]));
    const clients = members.map((m) => ({ cookie: m.cookie, rooms: [plenary, cohortRoom.get(m.cohort)] }));
    return await load(publicUrl, clients, true);
  } finally {
    await stop(server);
    await admin(ADMIN_URL, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** An edition with 300 enrolled participants in 10 cohorts, each with a session cookie (no password hashing needed). */
async function populate(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const title = { en: 'Benchmark edition' };
    const [course] = (await client.query(`INSERT INTO courses (code, title) VALUES ('BENCH', $1) RETURNING id`, [title])).rows;
    const [edition] = (
      await client.query(
        `INSERT INTO editions (code, course_id, title, venue, time_zone, default_language, languages, pre_learning_opens, pre_learning_closes,
           face_to_face_start, face_to_face_end, post_learning_opens, elective_deadline, impact_assessment_on)
         VALUES ('BENCH-1', $1, $2, '{"en":"Turin"}', 'Europe/Rome', 'en', '{en}', '2016-02-01', '2016-05-31', '2016-07-11', '2016-07-15', '2016-07-16', '2016-06-30', '2016-11-15') RETURNING id`,
        [course.id, title],
      )
    ).rows;
    const cohorts = (
      await client.query(
        `INSERT INTO cohorts (edition_id, name) SELECT $1, 'Cohort ' || n FROM generate_series(1, ${COHORTS}) n RETURNING id, name`,
        [edition.id],
      )
    ).rows;
    const members = [];
    for (let i = 0; i < MEMBERS; i++) {
      const token = randomBytes(32).toString('base64url');
      const cohort = cohorts[i % COHORTS];
      const [user] = (
        await client.query(
          `INSERT INTO users (email, name, role, password_hash, language) VALUES ($1, $2, 'participant', 'bench', 'en') RETURNING id`,
          [`bench-${i}@example.org`, `Member ${i}`],
        )
      ).rows;
      await client.query(`INSERT INTO enrolments (edition_id, user_id, role, cohort_id, status) VALUES ($1, $2, 'participant', $3, 'active')`, [
        edition.id,
        user.id,
        cohort.id,
      ]);
      await client.query(`INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
        createHash('sha256').update(token).digest('hex'),
        user.id,
      ]);
      members.push({ cookie: `sstc_session=${token}`, cohort: cohort.name });
    }
    return members;
  } finally {
    await client.end();
  }
}

/** Runs the load generator on the other core and returns what it measured. */
async function load(url, clients, watch = false) {
  const plan = JSON.stringify({ url, clients, phases: PHASES, watch });
  const child = spawnPinned(1, [path.join(HERE, 'discussions-load.js'), plan], {});
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => process.stderr.write(chunk));
  const code = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`load generator failed (${code})`);
  return JSON.parse(output.trim().split('\n').at(-1));
}

function spawnPinned(core, args, env) {
  const command = canPin ? ['taskset', ['-c', String(core), process.execPath, ...args]] : [process.execPath, args];
  return spawn(command[0], command[1], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

async function start(core, args, env) {
  const child = spawnPinned(core, args, env);
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

async function admin(url, sql) {
  await query(url, sql);
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

function report({ bare: b, real: r }, all) {
  const row = (target, phase, m) =>
    `${target.padEnd(6)} ${phase.padEnd(10)} ${String(m.sent).padStart(7)} ${String(m.refused).padStart(8)} ${Math.round(m.deliveriesPerSecond).toString().padStart(13)} ${m.p50.toFixed(1).padStart(8)} ${m.p99.toFixed(1).padStart(8)}`;
  console.log(
    `\nDiscussions: ${MEMBERS} clients, 1 room of ${MEMBERS} + ${COHORTS} rooms of ${MEMBERS / COHORTS}, 1 KB messages; ${canPin ? 'server on core 0, load generator on core 1 (taskset); PostgreSQL unpinned' : 'not pinned (no taskset or a single core)'}`,
  );
  console.log(
    `best of ${ROUNDS} alternating rounds per target; deliveries/s of every round: ${PHASES.map(({ name }) => `${name} bare ${all.bare.map((x) => Math.round(x[name].deliveriesPerSecond)).join('/')} real ${all.real.map((x) => Math.round(x[name].deliveriesPerSecond)).join('/')}`).join('; ')}`,
  );
  console.log('target phase         sent  refused  deliveries/s  p50 ms   p99 ms');
  for (const phase of PHASES) {
    console.log(row('bare', phase.name, b[phase.name]));
    console.log(row('real', phase.name, r[phase.name]));
  }
  for (const [target, measured] of Object.entries({ bare: b, real: r })) {
    for (const phase of PHASES)
      if (measured[phase.name].refused) console.log(`${target} ${phase.name} refusals: ${JSON.stringify(measured[phase.name].errors)}`);
  }
  for (const phase of PHASES) {
    const ratio = r[phase.name].deliveriesPerSecond / b[phase.name].deliveriesPerSecond;
    console.log(`real/bare deliveries per second, ${phase.name}: ${(ratio * 100).toFixed(0)}%`);
  }
}
