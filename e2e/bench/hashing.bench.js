// Password hashing under attack (issue 10): BOGUS requests to /api/auth/password/reset with made-up
// tokens stay in flight for DURATION seconds while /api/health is sampled and the demo organizer
// signs in now and then. Goals: health under 200 ms, the organizer's sign-in under 1.5 s.
// The server runs with the real hash cost (PASSWORD_HASH_COST's default, 2^17) and TRUST_PROXY=loopback,
// and each bogus request claims another X-Forwarded-For address: the worst case, an attacker from
// many addresses, where the per-address throttle does not help and only the order (token first,
// hash after) does. Run: npm run build && npm run bench -w e2e -- hashing
import { randomBytes } from 'node:crypto';
import globalSetup from '../fixtures/global-setup.mjs';
import globalTeardown from '../fixtures/global-teardown.mjs';

const BOGUS = Number(process.env.BOGUS ?? 16);
const DURATION_MS = Number(process.env.DURATION ?? 10) * 1000;

process.env.TRUST_PROXY = 'loopback';
await globalSetup();
const base = process.env.E2E_BASE_URL;
try {
  const quiet = { health: await timeHealth(5), signIn: [await timeSignIn()] };

  const statuses = {};
  const stopAt = performance.now() + DURATION_MS;
  const attackers = Array.from({ length: BOGUS }, async () => {
    while (performance.now() < stopAt) {
      const response = await fetch(`${base}/api/auth/password/reset`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: base, 'x-forwarded-for': randomAddress() },
        body: JSON.stringify({ token: randomBytes(32).toString('base64url'), password: 'a bogus but long password' }),
      });
      await response.arrayBuffer();
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    }
  });
  // Let the attack reach full flight before measuring.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const health = [];
  const signIns = [];
  while (performance.now() < stopAt - 1000) {
    health.push(...(await timeHealth(4)));
    signIns.push(await timeSignIn());
  }
  await Promise.all(attackers);

  console.log(`hashing bench: ${BOGUS} bogus password resets in flight for ${DURATION_MS / 1000} s`);
  console.log(`  quiet:  GET /api/health ${report(quiet.health)}; organizer sign-in ${report(quiet.signIn)}`);
  console.log(`  attack: GET /api/health ${report(health)} (goal < 200 ms); organizer sign-in ${report(signIns)} (goal < 1500 ms)`);
  console.log(
    `  bogus resets answered: ${Object.entries(statuses)
      .map(([status, count]) => `${count} × ${status}`)
      .join(', ')}`,
  );
} finally {
  await globalTeardown();
}

async function timeHealth(count) {
  const times = [];
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    const response = await fetch(`${base}/api/health`);
    await response.arrayBuffer();
    times.push(performance.now() - t0);
  }
  return times;
}

async function timeSignIn() {
  const t0 = performance.now();
  const response = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email: 'organizer@academy.example.org', password: 'academy-2016' }),
  });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`organizer sign-in answered ${response.status}`);
  return performance.now() - t0;
}

function randomAddress() {
  return `198.51.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;
}

function report(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(0);
  return `median ${at(0.5)} ms, max ${sorted[sorted.length - 1].toFixed(0)} ms (n=${times.length})`;
}
