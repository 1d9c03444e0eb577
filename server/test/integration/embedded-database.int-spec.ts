import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { startEmbeddedDatabase } from '../../src/database/embedded-database.js';

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL (what npm start uses without DATABASE_URL)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sstc-embedded-'));
  // Run as root, PostgreSQL runs as the postgres user, who must be able to reach the folder.
  chmodSync(dir, 0o755);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('starts a cluster, creates the database, and keeps its data for the next start', async () => {
    const first = await startEmbeddedDatabase(path.join(dir, 'postgres'), 'sstc');
    await query(first.url, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')");
    await first.stop();

    const second = await startEmbeddedDatabase(path.join(dir, 'postgres'), 'sstc');
    try {
      expect(await query(second.url, 'SELECT value FROM kept')).toEqual([{ value: 'still here' }]);
    } finally {
      await second.stop();
    }
  }, 60_000);
});
