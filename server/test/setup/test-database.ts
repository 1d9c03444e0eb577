import { randomBytes } from 'node:crypto';
import PgBoss from 'pg-boss';
import pg from 'pg';
import { createDataSource } from '../../../migrations/data-source.js';

/** Set by global-setup: a server to create databases on, and a migrated template to copy. */
export function testDatabaseEnv(): { adminUrl: string; template: string; prefix: string } {
  const { TEST_PG_ADMIN_URL, TEST_PG_TEMPLATE, TEST_PG_PREFIX } = process.env;
  if (!TEST_PG_ADMIN_URL || !TEST_PG_TEMPLATE || !TEST_PG_PREFIX)
    throw new Error('Run the server tests through Jest (npm test): global-setup prepares the database.');
  return { adminUrl: TEST_PG_ADMIN_URL, template: TEST_PG_TEMPLATE, prefix: TEST_PG_PREFIX };
}

export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh, fully migrated database for one suite: a copy of the template, made in milliseconds. */
export async function createTestDatabase(): Promise<string> {
  const { adminUrl, template, prefix } = testDatabaseEnv();
  await ensureTemplate(adminUrl, template);
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return databaseUrl(adminUrl, name);
}

/** An empty database (no migrations), for the migration tests themselves. */
export async function createEmptyDatabase(): Promise<string> {
  const { adminUrl, prefix } = testDatabaseEnv();
  const name = `${prefix}_empty_${randomBytes(5).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  return databaseUrl(adminUrl, name);
}

/**
 * The first suite of a run builds the template (every migration, and pg-boss's schema) under an
 * advisory lock; the others wait for it and then only copy it.
 */
async function ensureTemplate(adminUrl: string, template: string): Promise<void> {
  await withAdmin(adminUrl, async (client) => {
    await client.query('SELECT pg_advisory_lock(424242)');
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (rowCount) return;
      const building = `${template}_building`;
      await client.query(`DROP DATABASE IF EXISTS "${building}"`);
      await client.query(`CREATE DATABASE "${building}"`);
      const url = databaseUrl(adminUrl, building);
      const dataSource = createDataSource(url);
      await dataSource.initialize();
      await dataSource.runMigrations();
      await dataSource.destroy();
      // Only to install pg-boss's schema: no cron, no maintenance.
      const boss = new PgBoss({ connectionString: url, max: 1, schedule: false, supervise: false });
      await boss.start();
      await boss.stop({ graceful: false, wait: true, close: true });
      await client.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
    } finally {
      await client.query('SELECT pg_advisory_unlock(424242)');
    }
  });
}
