// Pre-learning load figures: the progress dashboard and its CSV for a full edition (300
// participants × 15 units, as the 2016 Academy), and idempotent progress writes under concurrency.
// Starts the built server (npm run build) on a fresh database with the demo data, like the e2e
// journeys, on 127.0.0.1 only. Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node e2e/bench/learning.bench.js
import pg from 'pg';
import globalSetup from '../fixtures/global-setup.mjs';
import globalTeardown from '../fixtures/global-teardown.mjs';

const PARTICIPANTS = 300;
const WRITES = 600;
const CONCURRENCY = 10;

await globalSetup();
const base = process.env.E2E_BASE_URL;
try {
  const organizer = await signIn('organizer@academy.example.org');
  const editions = await (await call(organizer, 'GET', '/api/editions')).json();
  const edition = editions.find((e) => e.code !== 'SSTC-2016');

  // 300 extra participants with varied progress, written straight to the database (there is no
  // bulk enrolment API yet); each has completed a random share of the units.
  const db = new pg.Client({ connectionString: databaseUrl() });
  await db.connect();
  await db.query(
    `WITH cohort AS (SELECT id FROM cohorts WHERE edition_id = $1 ORDER BY name LIMIT 1),
          people AS (
            INSERT INTO users (email, name, role, language, time_zone, country, password_hash)
            SELECT 'bench' || g || '@bench.example.org', 'Bench participant ' || g, 'participant', 'en', 'UTC', 'GH', 'x' FROM generate_series(1, $2) g
            RETURNING id)
     INSERT INTO enrolments (edition_id, user_id, role, cohort_id, status) SELECT $1, id, 'participant', (SELECT id FROM cohort), 'active' FROM people`,
    [edition.id, PARTICIPANTS],
  );
  await db.query(
    `INSERT INTO learning_progress (unit_id, user_id, edition_id, opened_at, completed_at)
     SELECT u.id, e.user_id, $1, now() - interval '3 days', CASE WHEN random() < 0.6 THEN now() - (random() * interval '3 days') END
       FROM enrolments e JOIN learning_units u ON u.edition_id = $1
      WHERE e.edition_id = $1 AND e.role = 'participant' AND random() < 0.7
     ON CONFLICT DO NOTHING`,
    [edition.id],
  );
  await db.end();

  const dashboard = await timeMany(20, () => call(organizer, 'GET', `/api/editions/${edition.id}/learning/progress?pageSize=50`));
  const csv = await timeMany(10, () => call(organizer, 'GET', `/api/editions/${edition.id}/learning/progress.csv`));
  const pkg = await timeMany(20, () => call(organizer, 'GET', `/api/editions/${edition.id}/learning`));

  const participant = await signIn('participant.en@academy.example.org');
  const units = (await (await call(participant, 'GET', `/api/editions/${edition.id}/learning`)).json()).units.map((u) => u.id);
  const started = performance.now();
  const latencies = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < WRITES) {
        const i = next++;
        const t0 = performance.now();
        const response = await call(participant, 'PUT', `/api/learning/units/${units[i % units.length]}/progress`, { completed: i % 2 === 0 });
        if (response.status !== 200) throw new Error(`progress write answered ${response.status}`);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;

  console.log(`learning bench (${PARTICIPANTS + 3} participants × ${units.length} units)`);
  console.log(`  GET progress dashboard (page of 50): ${report(dashboard)}`);
  console.log(`  GET progress CSV (whole edition):    ${report(csv)}`);
  console.log(`  GET package (organizer):             ${report(pkg)}`);
  console.log(`  PUT progress, ${WRITES} writes × ${CONCURRENCY} in parallel: ${(WRITES / seconds).toFixed(0)} writes/s, ${report(latencies)}`);
} finally {
  await globalTeardown();
}

async function signIn(email) {
  const response = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email, password: 'academy-2016' }),
  });
  if (response.status !== 200) throw new Error(`sign-in ${email}: ${response.status}`);
  return response.headers.get('set-cookie').split(';')[0];
}

function call(cookie, method, path, body) {
  return fetch(`${base}${path}`, {
    method,
    headers: { cookie, origin: base, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
}

async function timeMany(count, request) {
  const times = [];
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    const response = await request();
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`answered ${response.status}`);
    times.push(performance.now() - t0);
  }
  return times;
}

function report(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1);
  return `median ${at(0.5)} ms, p95 ${at(0.95)} ms (n=${times.length})`;
}

function databaseUrl() {
  if (!process.env.E2E_DATABASE) throw new Error('Set DATABASE_URL: the bench writes its participants with SQL.');
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${process.env.E2E_DATABASE}`;
  return url.toString();
}
