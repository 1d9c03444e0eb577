// 300 participants choose their electives all at once over HTTP, against the built server on a
// fresh database (127.0.0.1 only). Prints latency percentiles and total time, and fails if any
// module went over capacity or anyone lacks exactly one seat or waitlist place per block.
// Then the baseline, in the same run: the same choices made by the same transaction written
// directly in SQL (lock the enrolment, lock the module rows in id order, count the seats and
// insert the choice), as many at once, through as many connections as the server's pool.
//   npm run build && DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench -w e2e -- electives
//   (PARTICIPANTS=300 by default)
import path from 'node:path';
import pg from 'pg';
import globalSetup from '../fixtures/global-setup.mjs';
import globalTeardown from '../fixtures/global-teardown.mjs';
import { runElectivesScenario } from './electives-scenario.js';

const participants = Number(process.env.PARTICIPANTS ?? 300);
// The password hash only slows down the 300 sign-ups before the measured part.
process.env.PASSWORD_HASH_COST ??= '12';

await globalSetup();
let failed = false;
try {
  const result = await runElectivesScenario({
    baseUrl: /** @type {string} */ (process.env.E2E_BASE_URL),
    mailDir: path.join(/** @type {string} */ (process.env.E2E_DATA_DIR), 'mail'),
    participants,
    // Block A runs short of seats by 20, block B by 60: waitlists must form, and fairly.
    blocks: [
      { block: 'A', capacities: [70, 70, 70, 70] },
      { block: 'B', capacities: [60, 60, 60, 60] },
    ],
    log: (line) => console.log(`· ${line}`),
  });
  console.log(`\nelective choices: ${result.requests} requests fired at once by ${participants} participants`);
  console.log(
    `latency p50 ${result.p50.toFixed(0)} ms · p95 ${result.p95.toFixed(0)} ms · p99 ${result.p99.toFixed(0)} ms · max ${result.max.toFixed(0)} ms`,
  );
  console.log(
    `total ${result.totalMs.toFixed(0)} ms (${((result.requests / result.totalMs) * 1000).toFixed(0)} choices/s) · failed ${result.failed}`,
  );
  const baseline = await sqlBaseline(result.editionId, result.plan);
  const real = (result.requests / result.totalMs) * 1000;
  const bare = (baseline.requests / baseline.totalMs) * 1000;
  console.log(
    `SQL baseline: total ${baseline.totalMs.toFixed(0)} ms (${bare.toFixed(0)} choices/s) · p50 ${baseline.p50.toFixed(0)} ms · p99 ${baseline.p99.toFixed(0)} ms · over capacity ${baseline.over}`,
  );
  console.log(`server/baseline: ${((real / bare) * 100).toFixed(0)}% of the choices per second (goal ≥ 50%), p99 goal ≤ 1500 ms`);
  if (baseline.over) result.problems.push(`the SQL baseline put ${baseline.over} over capacity`);
  for (const block of result.fill)
    console.log(`block ${block.block}: ${block.modules.map((m) => `M${m.number} ${m.seated}/${m.capacity}+${m.waitlisted}w`).join('  ')}`);
  if (result.problems.length || result.failed) {
    failed = true;
    console.error(`\nBROKEN:\n${result.problems.join('\n')}`);
  } else {
    console.log('checked: no module over capacity; every participant holds exactly one seat or waitlist place per block');
  }
} finally {
  await globalTeardown();
}
process.exit(failed ? 1 : 0);

/**
 * The elective transaction with nothing around it: the same choices, cleared first, all fired at
 * once through a pool the size of the server's (20 connections).
 * @param {string} editionId @param {{ email: string, itemId: string }[]} plan
 */
async function sqlBaseline(editionId, plan) {
  if (!process.env.E2E_DATABASE) throw new Error('Set DATABASE_URL: the baseline runs its transactions on the bench database.');
  const url = new URL(/** @type {string} */ (process.env.DATABASE_URL));
  url.pathname = `/${process.env.E2E_DATABASE}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 20 });
  try {
    await pool.query('DELETE FROM elective_choices WHERE edition_id = $1', [editionId]);
    const { rows } = await pool.query('SELECT u.email, u.id FROM users u JOIN enrolments e ON e.user_id = u.id WHERE e.edition_id = $1', [editionId]);
    const ids = new Map(rows.map((r) => [r.email, r.id]));
    const started = performance.now();
    const latencies = await Promise.all(
      plan.map(async ({ email, itemId }) => {
        const sent = performance.now();
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const userId = ids.get(email);
          await client.query('SELECT id FROM enrolments WHERE edition_id = $1 AND user_id = $2 FOR UPDATE', [editionId, userId]);
          const { rows: target } = await client.query(
            `SELECT t.block, t.capacity, c.id AS choice_id, c.item_id AS current_item FROM programme_items t
               LEFT JOIN elective_choices c ON c.edition_id = t.edition_id AND c.user_id = $3 AND c.block = t.block
              WHERE t.id = $1 AND t.edition_id = $2`,
            [itemId, editionId, userId],
          );
          const items = [itemId, target[0].current_item].filter(Boolean); // locked in id order by the ORDER BY
          await client.query('SELECT id, block, capacity FROM programme_items WHERE id = ANY($1) ORDER BY id FOR UPDATE', [items]);
          await client.query(
            `INSERT INTO elective_choices (edition_id, item_id, user_id, block, status)
             SELECT $1, $2, $3, $4, CASE WHEN taken.seated < $5 THEN 'seated' ELSE 'waitlisted' END
               FROM (SELECT count(*) AS seated FROM elective_choices WHERE item_id = $2 AND status = 'seated') AS taken
             RETURNING status`,
            [editionId, itemId, userId, target[0].block, target[0].capacity],
          );
          await client.query('COMMIT');
        } finally {
          client.release();
        }
        return performance.now() - sent;
      }),
    );
    const totalMs = performance.now() - started;
    latencies.sort((a, b) => a - b);
    const { rows: over } = await pool.query(
      `SELECT count(*)::int AS over FROM programme_items t
        WHERE t.edition_id = $1 AND (SELECT count(*) FROM elective_choices c WHERE c.item_id = t.id AND c.status = 'seated') > t.capacity`,
      [editionId],
    );
    const at = (/** @type {number} */ q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
    return { requests: plan.length, totalMs, p50: at(0.5), p99: at(0.99), over: over[0].over };
  } finally {
    await pool.end();
  }
}
