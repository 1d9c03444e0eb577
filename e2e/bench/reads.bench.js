// The HTTP read path under load (issue 16): the reads a participant's pages make most — home
// (their editions and what needs them now), the edition page, the pre-learning package, the room list, the agenda — hit by
// autocannon at 50 and 200 connections, each compared in the same run with a trivial route of the
// same server (`GET /api/auth/me`: the same middleware, session lookup and JSON reply, no feature
// query). Prints the steady state's p50/p99 latency and requests/s (once every connection has had
// its first answer), errors, the ratio to the baseline, and the ramp: how long until all connections
// had an answer and the slowest first answer (see measure()).
// Built server on a fresh database with the demo data; server on core 0, load on core 1 (taskset).
//   npm run build && npm run bench -w e2e -- reads      (BENCH_SECONDS=10 per measurement)
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import autocannon from 'autocannon';
import globalSetup from '../fixtures/global-setup.mjs';
import globalTeardown from '../fixtures/global-teardown.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = [50, 200];
const GOAL_P99_MS = 250;

await globalSetup();
const base = /** @type {string} */ (process.env.E2E_BASE_URL);
let failed = false;
try {
  const pinned = pin();
  const cookie = await signIn('participant@academy.example.org');
  const editions = await get(cookie, '/api/editions');
  const edition = editions.find((e) => e.code === 'SSTC-2016') ?? editions[0];
  const routes = [
    ['home (my editions)', '/api/editions'],
    ['home (what needs me)', '/api/home'],
    ['edition page', `/api/editions/${edition.id}`],
    ['pre-learning package', `/api/editions/${edition.id}/learning`],
    ['room list', '/api/discussions/rooms'],
    ['agenda', `/api/editions/${edition.id}/agenda`],
  ];
  for (const [, path] of routes) await get(cookie, path); // each answers 200 before it is measured

  console.log(`HTTP reads as a participant, ${SECONDS} s each; ${pinned ? 'server on core 0, autocannon on core 1' : 'not pinned'}`);
  for (const connections of CONNECTIONS) {
    await measure(cookie, '/api/auth/me', connections, 1); // warm-up, not reported
    console.log(`\n${connections} connections`);
    console.log(
      `${'route'.padEnd(24)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'errors'.padStart(7)} ${'req/s vs baseline'.padStart(18)} ${'ramp s'.padStart(8)} ${'1st answer ms'.padStart(14)}`,
    );
    for (const [name, path] of routes) {
      // The baseline just before each route, so that both see the same machine.
      const baseline = await measure(cookie, '/api/auth/me', connections, SECONDS);
      const result = await measure(cookie, path, connections, SECONDS);
      console.log(row('  baseline: auth/me', baseline, baseline));
      console.log(row(name, result, baseline));
      if (result.errors > 0 || (connections === 200 && result.p99 > GOAL_P99_MS)) failed = true;
    }
  }
  console.log(`\ngoal: p99 ≤ ${GOAL_P99_MS} ms at 200 connections and 0 errors — ${failed ? 'NOT MET' : 'met'}`);
} finally {
  await globalTeardown();
}
process.exit(failed ? 1 : 0);

/** The server on core 0 and this process (autocannon) on core 1, so that the load generator does not steal the server's CPU. */
function pin() {
  const server = /** @type {import('node:child_process').ChildProcess} */ (globalThis.__e2eServer);
  if (cpus().length < 2 || spawnSync('taskset', ['-c', '0', 'true']).status !== 0) return false;
  spawnSync('taskset', ['-a', '-p', '-c', '0', String(server.pid)]);
  spawnSync('taskset', ['-a', '-p', '-c', '1', String(process.pid)]);
  return true;
}

/**
 * Figures of the steady state: from the moment every connection has had its first answer, for
 * `seconds`. Under load the server takes new connections one per turn of its event loop (libuv
 * since Node 20), so when 200 open at once the last waits seconds for its first answer; behind the
 * reverse proxy of a deployment the server keeps a few long-lived connections instead. That ramp is
 * reported on its own: how long until every connection had an answer, and the slowest first answer.
 */
async function measure(cookie, path, connections, seconds) {
  const started = performance.now();
  const firstAnswers = new Map();
  const latencies = [];
  let steadySince;
  let steadyUntil;
  const run = autocannon({ url: `${base}${path}`, connections, duration: 600, headers: { cookie, 'accept-encoding': 'gzip' } });
  const giveUp = setTimeout(() => run.stop(), 180_000);
  run.on('response', (client, _status, _bytes, ms) => {
    const now = performance.now();
    if (!firstAnswers.has(client)) {
      firstAnswers.set(client, ms);
      if (firstAnswers.size === connections) steadySince = now;
      return;
    }
    if (steadySince === undefined || steadyUntil !== undefined) return;
    latencies.push(ms);
    if (now - steadySince >= seconds * 1000) {
      steadyUntil = now;
      run.stop();
    }
  });
  const result = await run;
  clearTimeout(giveUp);
  await drained(cookie);
  latencies.sort((a, b) => a - b);
  const quantile = (q) => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)] ?? NaN;
  return {
    rps: steadyUntil ? (latencies.length * 1000) / (steadyUntil - steadySince) : NaN,
    p50: quantile(0.5),
    p99: quantile(0.99),
    errors: result.errors + result.timeouts + result.non2xx + (steadyUntil ? 0 : 1),
    rampMs: steadySince === undefined ? NaN : steadySince - started,
    firstMaxMs: Math.max(...firstAnswers.values()),
  };
}

/**
 * When autocannon stops, the server still owes the answers to the requests in flight (200 of a slow
 * route are seconds of work): wait until the trivial route answers at once three times running, so
 * that the next measurement does not pay for the previous one's backlog.
 */
async function drained(cookie) {
  const deadline = Date.now() + 120_000;
  for (let quick = 0; quick < 3 && Date.now() < deadline;) {
    const started = performance.now();
    await get(cookie, '/api/auth/me');
    quick = performance.now() - started < 20 ? quick + 1 : 0;
    if (quick === 0) await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function row(name, m, baseline) {
  const cells = [
    m.rps.toFixed(0).padStart(8),
    m.p50.toFixed(0).padStart(8),
    m.p99.toFixed(0).padStart(8),
    String(m.errors).padStart(7),
    (m.rps / baseline.rps).toFixed(2).padStart(18),
    (m.rampMs / 1000).toFixed(1).padStart(8),
    m.firstMaxMs.toFixed(0).padStart(14),
  ];
  return `${name.padEnd(24)} ${cells.join(' ')}`;
}

async function signIn(email) {
  const response = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email, password: 'academy-2016' }),
  });
  if (response.status !== 200) throw new Error(`sign-in ${email}: ${response.status}`);
  return /** @type {string} */ (response.headers.get('set-cookie')).split(';')[0];
}

async function get(cookie, path) {
  const response = await fetch(`${base}${path}`, { headers: { cookie } });
  if (response.status !== 200) throw new Error(`GET ${path}: ${response.status}`);
  return response.json();
}
