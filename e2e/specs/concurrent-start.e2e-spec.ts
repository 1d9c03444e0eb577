import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { admin, withDatabase } from '../fixtures/databases.mjs';

// A deployment starts several built servers (or a migrate step and then servers) on one database:
// migrations and the demo load take PostgreSQL advisory locks, so starting them at the same moment
// on an empty database never races.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const MIGRATION_COUNT = readdirSync(path.join(ROOT, 'migrations')).filter((file) => /^\d+-[A-Za-z0-9]+\.ts$/.test(file)).length;
// The five demo accounts and the 24 other 2016 participants (server/src/modules/seed/demo-participants-2016.ts).
const DEMO_COUNTS = { courses: 1, editions: 2, users: 29, migrations: MIGRATION_COUNT, pgbossVersions: 1 };

interface Instance {
  url: string;
  process: ChildProcess;
  output: () => string;
}

describe('starting at once on one empty database', () => {
  const databases: string[] = [];
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sstc-concurrent-'));
  // Run as root, the embedded PostgreSQL is not used here, but the written emails land in this folder.
  chmodSync(dataDir, 0o755);
  const instances: Instance[] = [];

  afterEach(async () => {
    await Promise.all(instances.splice(0).map(stop));
  });
  afterAll(async () => {
    for (const database of databases) await admin(ADMIN_URL, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('brings two servers up, with the schema and the demo data there once', async () => {
    const databaseUrl = await emptyDatabase();
    const ports = [await freePort(), await freePort()];
    instances.push(...ports.map((port) => launch(port, databaseUrl)));
    await Promise.all(instances.map(started));

    for (const instance of instances) {
      const health = await fetch(`${instance.url}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok' });
      // Each signs in against the one demo: the same accounts, seeded once.
      const signIn = await fetch(`${instance.url}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: instance.url },
        body: JSON.stringify({ email: 'organizer@academy.example.org', password: 'academy-2016' }),
      });
      expect(signIn.status).toBe(200);
    }
    expect(await counts(databaseUrl)).toEqual(DEMO_COUNTS);
  }, 120_000);

  it('runs two migrate steps at once: both exit 0, the demo is loaded a single time', async () => {
    const databaseUrl = await emptyDatabase();
    const runs = await Promise.all([migrate(databaseUrl), migrate(databaseUrl)]);
    expect(runs.map((run) => run.code)).toEqual([0, 0]);
    // One loaded the demo; the other waited for it and found it there.
    expect(runs.filter((run) => run.output.includes('loaded the demo data'))).toHaveLength(1);
    expect(await counts(databaseUrl)).toEqual(DEMO_COUNTS);
  }, 120_000);

  async function emptyDatabase(): Promise<string> {
    const database = `sstc_e2e_start_${randomBytes(4).toString('hex')}`;
    databases.push(database);
    await admin(ADMIN_URL, `CREATE DATABASE "${database}"`);
    return withDatabase(ADMIN_URL, database);
  }

  function environment(port: number, databaseUrl: string): NodeJS.ProcessEnv {
    return {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      REDIS_URL: '',
      SMTP_URL: '',
      SEED_DEMO: 'true',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATA_DIR: dataDir,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
    };
  }

  function launch(port: number, databaseUrl: string): Instance {
    const child = spawn(process.execPath, [path.join(ROOT, 'server/dist/server/src/main.js')], {
      env: environment(port, databaseUrl),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    return { url: `http://127.0.0.1:${port}`, process: child, output: () => output };
  }

  async function migrate(databaseUrl: string): Promise<{ code: number | null; output: string }> {
    const child = spawn(process.execPath, [path.join(ROOT, 'server/dist/server/src/database/migrate.js')], {
      env: environment(0, databaseUrl),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    if (code !== 0) console.error(`migrate exited with ${code}:\n${output}`);
    return { code, output };
  }
});

async function started(instance: Instance): Promise<void> {
  const deadline = Date.now() + 100_000;
  while (!instance.output().includes('Press Ctrl-C to stop')) {
    if (instance.process.exitCode !== null || Date.now() > deadline) throw new Error(`${instance.url} did not start:\n${instance.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function counts(databaseUrl: string): Promise<typeof DEMO_COUNTS> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT
        (SELECT count(*) FROM courses)::int AS courses,
        (SELECT count(*) FROM editions)::int AS editions,
        (SELECT count(*) FROM users)::int AS users,
        (SELECT count(*) FROM migrations)::int AS migrations,
        (SELECT count(*) FROM pgboss.version)::int AS "pgbossVersions"`);
    return rows[0];
  } finally {
    await client.end();
  }
}

async function stop(instance: Instance): Promise<void> {
  if (instance.process.exitCode !== null || instance.process.signalCode !== null) return;
  const exited = new Promise((resolve) => instance.process.once('exit', resolve));
  instance.process.kill('SIGINT');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  if (instance.process.exitCode === null) instance.process.kill('SIGKILL');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
