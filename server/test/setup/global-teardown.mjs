// Drops every database this run made, then stops the embedded PostgreSQL if one was started.
import pg from 'pg';

export default async function globalTeardown() {
  const { TEST_PG_ADMIN_URL, TEST_PG_PREFIX } = process.env;
  const client = new pg.Client({ connectionString: TEST_PG_ADMIN_URL });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${TEST_PG_PREFIX}%`]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
  await globalThis.__embeddedDatabase?.stop();
}
