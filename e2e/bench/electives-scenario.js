// @ts-check
// The elective-choice load scenario, shared by the benchmark (300 participants) and the e2e test
// (a smaller run in `npm test`). Everything goes through the HTTP API of a running server, as
// browsers would: an organizer sets the edition up and imports the participants from CSV; each
// participant accepts the invitation emailed to them (read from the server's .eml files) and then
// all of them choose their electives at the same moment.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const ORGANIZER = { email: 'organizer@academy.example.org', password: 'academy-2016' };
const PASSWORD = 'a long bench password';

/** A cookie jar of one: the session of one person. */
class Session {
  /** @param {string} baseUrl @param {string} origin */
  constructor(baseUrl, origin) {
    this.baseUrl = baseUrl;
    this.origin = origin;
    this.cookie = '';
  }

  /** @param {string} method @param {string} route @param {unknown} [body] @param {string} [contentType] */
  async call(method, route, body, contentType = 'application/json') {
    const response = await fetch(`${this.baseUrl}/api${route}`, {
      method,
      headers: {
        origin: this.origin,
        'accept-language': 'en',
        ...(body === undefined ? {} : { 'content-type': contentType }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    const text = await response.text();
    const json = text ? JSON.parse(text) : undefined;
    return { status: response.status, body: json };
  }

  /** @param {string} method @param {string} route @param {unknown} [body] @param {string} [contentType] */
  async ok(method, route, body, contentType) {
    const answer = await this.call(method, route, body, contentType);
    if (answer.status >= 300) throw new Error(`${method} ${route}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  }
}

/** Calendar date in Turin, moved by some days. @param {number} days */
function turinDate(days) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const [y, m, d] = today.split('-').map(Number);
  return new Date(Date.UTC(/** @type {number} */ (y), /** @type {number} */ (m) - 1, /** @type {number} */ (d) + days)).toISOString().slice(0, 10);
}

/** @param {number[]} sorted @param {number} q */
function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
}

/** The invitation link of each address, from the .eml files the server wrote. @param {string} mailDir @param {string[]} emails */
async function invitationTokens(mailDir, emails, timeoutMs = 120_000) {
  const wanted = new Map(emails.map((email) => [email.replace(/[^a-z0-9.@_-]/gi, '_'), email]));
  /** @type {Map<string, string>} */
  const tokens = new Map();
  for (const deadline = Date.now() + timeoutMs; tokens.size < emails.length;) {
    if (Date.now() > deadline) throw new Error(`only ${tokens.size} of ${emails.length} invitations arrived`);
    const files = await readdir(mailDir).catch(() => []);
    for (const file of files) {
      const email = wanted.get(file.replace(/^\d+-/, '').replace(/\.eml$/, ''));
      if (!email || tokens.has(email)) continue;
      // Quoted-printable: soft line breaks and =XX escapes.
      const raw = (await readFile(path.join(mailDir, file), 'utf8'))
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
      const token = /\/invitation\/([A-Za-z0-9_-]{20,})/.exec(raw)?.[1];
      if (token) tokens.set(email, token);
    }
    if (tokens.size < emails.length) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return tokens;
}

/** Runs `work` over `items`, at most `limit` at a time. @template T, R @param {T[]} items @param {number} limit @param {(item: T, index: number) => Promise<R>} work */
async function pooled(items, limit, work) {
  /** @type {R[]} */
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(/** @type {T} */ (items[index]), index);
      }
    }),
  );
  return results;
}

/**
 * @typedef {{ block: string, capacities: number[] }} BlockPlan
 * @typedef {{ baseUrl: string, mailDir: string, participants: number, blocks: BlockPlan[], log?: (line: string) => void }} ScenarioOptions
 * @typedef {{ editionId: string, plan: { email: string, itemId: string }[], requests: number, failed: number, p50: number, p95: number, p99: number, max: number, totalMs: number, problems: string[], fill: { block: string, modules: { number: number, capacity: number, seated: number, waitlisted: number }[] }[] }} ScenarioResult
 */

/** @param {ScenarioOptions} options @returns {Promise<ScenarioResult>} */
export async function runElectivesScenario({ baseUrl, mailDir, participants, blocks, log = () => {} }) {
  const run = Math.random().toString(36).slice(2, 8);
  const organizer = new Session(baseUrl, baseUrl);
  await organizer.ok('POST', '/auth/sign-in', ORGANIZER);

  const course = await organizer.ok('POST', '/courses', { code: `BENCH-${run}`, title: { en: `Bench course ${run}` } });
  const start = turinDate(40);
  const edition = await organizer.ok('POST', '/editions', {
    courseId: course.id,
    code: `BENCH-${run}-E`,
    title: { en: `Bench edition ${run}` },
    venue: { en: 'Turin' },
    timeZone: 'Europe/Rome',
    defaultLanguage: 'en',
    languages: ['en'],
    faceToFaceStart: start,
    faceToFaceEnd: turinDate(44),
    preLearningOpens: turinDate(-1),
  });
  /** @type {Map<string, string[]>} */
  const modules = new Map();
  for (const plan of blocks) {
    const ids = [];
    for (const [index, capacity] of plan.capacities.entries()) {
      const item = await organizer.ok('POST', `/editions/${edition.id}/programme`, {
        kind: 'elective_module',
        title: { en: `Module ${plan.block}${index + 1}` },
        block: plan.block,
        capacity,
      });
      ids.push(item.id);
    }
    modules.set(plan.block, ids);
  }
  log(`edition ${edition.code} with ${blocks.map((b) => `block ${b.block}: ${b.capacities.join('+')} seats`).join(', ')}`);

  const emails = Array.from({ length: participants }, (_, i) => `bench-${run}-${i}@bench.example.org`);
  const csv = ['name,email,country,preferred language', ...emails.map((email, i) => `Bench Participant ${i},${email},BR,en`)].join('\n');
  const preview = await organizer.ok('POST', `/editions/${edition.id}/imports?fileName=bench.csv`, csv, 'text/csv');
  if (preview.valid !== participants) throw new Error(`import preview: ${JSON.stringify(preview)}`);
  await organizer.ok('POST', `/imports/${preview.id}/confirm`);
  for (let status = ''; status !== 'done';) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    status = (await organizer.ok('GET', `/imports/${preview.id}`)).status;
    if (status === 'failed') throw new Error('the import failed');
  }
  log(`imported ${participants} participants`);

  const tokens = await invitationTokens(mailDir, emails);
  const people = await pooled(emails, 4, async (email) => {
    const person = new Session(baseUrl, baseUrl);
    const token = tokens.get(email);
    await person.ok('POST', `/auth/invitations/${token}/accept`, {
      name: email,
      country: 'BR',
      organisation: 'Bench',
      constituencyGroup: 'government',
      language: 'en',
      timeZone: 'America/Sao_Paulo',
      password: PASSWORD,
    });
    return person;
  });
  log(`${people.length} participants accepted their invitation and are signed in`);

  // Everyone at once: one choice per block each, most wanting the first module of the block.
  const requests = people.flatMap((person, i) =>
    blocks.map((plan) => {
      const ids = /** @type {string[]} */ (modules.get(plan.block));
      const favourite = i % 3 === 0 ? (ids[i % ids.length] ?? ids[0]) : ids[0];
      return { person, email: emails[i], itemId: /** @type {string} */ (favourite) };
    }),
  );
  const started = performance.now();
  const answers = await Promise.all(
    requests.map(async ({ person, itemId }) => {
      const sent = performance.now();
      const answer = await person.call('PUT', `/editions/${edition.id}/electives/choices`, { itemId, waitlist: true });
      return { status: answer.status, ms: performance.now() - sent };
    }),
  );
  const totalMs = performance.now() - started;
  const latencies = answers.map((a) => a.ms).sort((a, b) => a - b);

  // Check what the database holds, through the organizer's API.
  /** @type {string[]} */
  const problems = [];
  const fill = await organizer.ok('GET', `/editions/${edition.id}/electives/fill`);
  for (const block of fill.blocks) {
    let taken = 0;
    for (const module of block.modules) {
      taken += module.seated + module.waitlisted;
      if (module.seated > module.capacity) problems.push(`module ${module.number} has ${module.seated} seated for ${module.capacity} seats`);
      if (module.waitlisted > 0 && module.seated < module.capacity) problems.push(`module ${module.number} keeps people waiting with seats free`);
    }
    if (taken !== participants) problems.push(`block ${block.block}: ${taken} seats and waitlist places for ${participants} participants`);
  }
  for (let page = 1; page <= Math.ceil(participants / 200); page++) {
    const list = await organizer.ok('GET', `/editions/${edition.id}/enrolments?role=participant&pageSize=200&page=${page}`);
    for (const enrolment of list.items) {
      for (const plan of blocks) {
        const count = enrolment.electives.filter((/** @type {{ block: string }} */ e) => e.block === plan.block).length;
        if (count !== 1) problems.push(`${enrolment.user.email} has ${count} places in block ${plan.block}`);
      }
    }
  }
  return {
    editionId: edition.id,
    plan: requests.map(({ email, itemId }) => ({ email: /** @type {string} */ (email), itemId })),
    requests: answers.length,
    failed: answers.filter((a) => a.status !== 200).length,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p99: quantile(latencies, 0.99),
    max: latencies[latencies.length - 1] ?? 0,
    totalMs,
    problems,
    fill: fill.blocks.map((/** @type {any} */ b) => ({
      block: b.block,
      modules: b.modules.map((/** @type {any} */ m) => ({ number: m.number, capacity: m.capacity, seated: m.seated, waitlisted: m.waitlisted })),
    })),
  };
}
