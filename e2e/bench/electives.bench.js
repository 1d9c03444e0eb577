// 300 participants choose their electives all at once over HTTP, against the built server on a
// fresh database (127.0.0.1 only). Prints latency percentiles and total time, and fails if any
// module went over capacity or anyone lacks exactly one seat or waitlist place per block.
//   npm run build && npm run bench -w e2e -- electives        (PARTICIPANTS=300 by default)
import path from 'node:path';
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
