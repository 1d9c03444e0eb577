// Good-practices search latency over 2,000 published practices (issue 14's goal: p95 ≤ 100 ms per
// search, facets included). Starts the built server (npm run build) on a fresh database with the
// demo data, like the e2e journeys, on 127.0.0.1 only; the 2,000 practices are copies of the demo
// practices in their four languages, written with SQL, their search documents built as the server
// builds them (PracticeSearchRepository.refresh).
// Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench -w e2e -- practices
import pg from 'pg';
import globalSetup from '../fixtures/global-setup.mjs';
import globalTeardown from '../fixtures/global-teardown.mjs';

const PRACTICES = 2_000;
const ROUNDS = 10;
const QUERIES = [
  { q: 'cooperacao triangular' },
  { q: 'emplois verts' },
  { q: 'trabajo infantil' },
  { q: 'just transition' },
  { q: 'protection sociale', region: 'africa' },
  { q: 'cooperativas' },
  { sdg: '13' },
  { region: 'americas', modality: 'triangular' },
  {},
  { q: 'competências', page: '3' },
];
const LANGUAGES = { en: 'english', es: 'spanish', fr: 'french', pt: 'portuguese' };

await globalSetup();
const base = process.env.E2E_BASE_URL;
try {
  const db = new pg.Client({ connectionString: databaseUrl() });
  await db.connect();
  const existing = Number((await db.query(`SELECT count(*) FROM practices`)).rows[0].count);
  await db.query(
    `WITH copies AS (
       INSERT INTO practices (language, title, summary, description, region, countries, modality, sdgs, period_start, period_end, partners, status, submitted_by, published_at)
       SELECT p.language,
              (SELECT jsonb_object_agg(k, v || ' ' || g) FROM jsonb_each_text(p.title) t(k, v)),
              p.summary, p.description, p.region, p.countries, p.modality, p.sdgs, p.period_start, p.period_end, p.partners,
              'published', p.submitted_by, now() - g * interval '1 hour'
         FROM generate_series(1, $1) g
         JOIN LATERAL (SELECT * FROM practices WHERE status = 'published' ORDER BY id OFFSET (g % $2) LIMIT 1) p ON true
       RETURNING id, title)
     SELECT count(*) FROM copies`,
    [PRACTICES - existing, existing],
  );
  await db.query(
    `INSERT INTO practice_theme_links (practice_id, theme_id)
     SELECT c.id, l.theme_id FROM practices c
       JOIN practices o ON o.title->>'en' = regexp_replace(c.title->>'en', ' [0-9]+$', '') AND o.id <> c.id
       JOIN practice_theme_links l ON l.practice_id = o.id
     ON CONFLICT DO NOTHING`,
  );
  const documents = Object.entries(LANGUAGES).map(
    ([l, config]) =>
      `setweight(to_tsvector('sstc_${config}', coalesce(p.title->>'${l}', '')), 'A') || setweight(to_tsvector('sstc_${config}', coalesce(p.summary->>'${l}', '') || ' ' || coalesce(t.${l}, '')), 'B') || setweight(to_tsvector('sstc_${config}', coalesce(p.description->>'${l}', '') || ' ' || array_to_string(p.partners, ' ')), 'C')`,
  );
  await db.query(
    `INSERT INTO practice_search (practice_id, english, spanish, french, portuguese)
     SELECT p.id, ${documents.join(', ')} FROM practices p
     LEFT JOIN LATERAL (SELECT ${Object.keys(LANGUAGES)
       .map((l) => `string_agg(th.name->>'${l}', ' ') AS ${l}`)
       .join(', ')} FROM practice_theme_links x JOIN practice_themes th ON th.id = x.theme_id WHERE x.practice_id = p.id) t ON true
     ON CONFLICT (practice_id) DO UPDATE SET english = EXCLUDED.english, spanish = EXCLUDED.spanish, french = EXCLUDED.french, portuguese = EXCLUDED.portuguese`,
  );
  await db.query('ANALYZE practices, practice_search, practice_theme_links');
  const total = Number((await db.query(`SELECT count(*) FROM practices WHERE status = 'published'`)).rows[0].count);
  await db.end();

  const participant = await signIn('participant@academy.example.org');
  // One warm-up pass, then the measured rounds.
  for (const query of QUERIES) await call(participant, query);
  const times = [];
  const perQuery = new Map();
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of QUERIES) {
      const t0 = performance.now();
      const response = await call(participant, query);
      const body = await response.json();
      if (!response.ok) throw new Error(`answered ${response.status}`);
      const ms = performance.now() - t0;
      times.push(ms);
      const key = new URLSearchParams(query).toString() || '(no filter)';
      perQuery.set(key, { times: [...(perQuery.get(key)?.times ?? []), ms], total: body.total });
    }
  }
  console.log(`practices search bench: ${total} published practices, ${QUERIES.length} searches × ${ROUNDS} rounds (page of 10 with facets)`);
  console.log(`  all searches: ${report(times)}`);
  for (const [key, { times: t, total: found }] of perQuery) console.log(`  ${key.padEnd(40)} ${String(found).padStart(5)} found  ${report(t)}`);
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

function call(cookie, query) {
  return fetch(`${base}/api/practices?${new URLSearchParams(query).toString()}`, { headers: { cookie } });
}

function report(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1);
  return `median ${at(0.5)} ms, p95 ${at(0.95)} ms (n=${times.length})`;
}

function databaseUrl() {
  if (!process.env.E2E_DATABASE) throw new Error('Set DATABASE_URL: the bench writes its practices with SQL.');
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${process.env.E2E_DATABASE}`;
  return url.toString();
}
