import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { EmbeddedDatabaseError, packagedInstallation, startEmbeddedDatabase } from '../../src/database/embedded-database.js';

async function query<T = Record<string, unknown>>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

const asRoot = process.getuid?.() === 0;

describe('embedded PostgreSQL (what npm start uses without DATABASE_URL)', () => {
  const dirs: string[] = [];
  const folder = (mode: number) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sstc-embedded-'));
    chmodSync(dir, mode);
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('starts a cluster, creates the database, and keeps its data for the next start', async () => {
    // Open to others: run as root, PostgreSQL runs as the postgres user, who can reach it as it is.
    const dir = folder(0o755);
    const first = await startEmbeddedDatabase(path.join(dir, 'postgres'), 'sstc');
    await query(first.url, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')");
    await first.stop();

    const second = await startEmbeddedDatabase(path.join(dir, 'postgres'), 'sstc');
    try {
      expect(await query(second.url, 'SELECT value FROM kept')).toEqual([{ value: 'still here' }]);
      expect(await query(second.url, 'SHOW server_encoding')).toEqual([{ server_encoding: 'UTF8' }]);
    } finally {
      await second.stop();
    }
  }, 60_000);

  it('says in one sentence that another PostgreSQL runs on the folder when started twice', async () => {
    const dir = folder(0o755);
    const running = await startEmbeddedDatabase(path.join(dir, 'postgres'), 'sstc');
    try {
      const second = startEmbeddedDatabase(path.join(dir, 'postgres'), 'sstc');
      await expect(second).rejects.toThrow(EmbeddedDatabaseError);
      await expect(second).rejects.toThrow(/Another PostgreSQL is already running on .*: stop it, or set DATABASE_URL/);
    } finally {
      await running.stop();
    }
  }, 60_000);

  // A clone under /root: a folder nobody else may enter, holding both the binaries and the data.
  it(`runs from a folder that only its owner may enter (0700), ${asRoot ? 'as root: binaries copied and cluster placed where the postgres user reaches them' : 'as a regular user: in place'}`, async () => {
    const closed = folder(0o700);
    expect(statSync(closed).mode & 0o777).toBe(0o700);
    // The binaries seen through the closed folder, as node_modules inside a clone would be.
    const installation = path.join(closed, 'node_modules', 'postgresql');
    mkdirSync(path.dirname(installation));
    symlinkSync(await packagedInstallation(), installation);
    const stateDir = folder(0o755);
    const clusterLink = path.join(closed, '.data', 'postgres');
    const notices: string[] = [];
    const start = () => startEmbeddedDatabase(clusterLink, 'sstc', (line) => notices.push(line), { installation, rootStateDir: stateDir });

    const first = await start();
    let dataDirectory: string;
    try {
      [{ data_directory: dataDirectory }] = await query<{ data_directory: string }>(first.url, 'SHOW data_directory');
      await query(first.url, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')");
      // As root, the postmaster runs the copy and the cluster lives in the state folder, linked
      // from the clone; as anyone else, everything stays where it is.
      const postmaster = readFileSync(path.join(dataDirectory, 'postmaster.pid'), 'utf8').split('\n')[0];
      expect({
        binary: readlinkSync(`/proc/${postmaster}/exe`),
        dataDirectory,
        linked: lstatSync(clusterLink).isSymbolicLink(),
        state: readdirSync(stateDir).sort(),
        copyNotice: notices.some((line) => /cannot reach .*copying the PostgreSQL binaries/.test(line)),
      }).toEqual(expectedPlacement(stateDir, clusterLink, realpathSync(await packagedInstallation())));
      expect(realpathSync(clusterLink)).toBe(dataDirectory);
    } finally {
      await first.stop();
    }

    // The next start finds the same cluster (through the link, as root) and copies nothing again.
    const stateBefore = readdirSync(stateDir).sort();
    const second = await start();
    try {
      expect(await query(second.url, 'SELECT value FROM kept')).toEqual([{ value: 'still here' }]);
      expect((await query<{ data_directory: string }>(second.url, 'SHOW data_directory'))[0]!.data_directory).toBe(dataDirectory);
      expect(readdirSync(stateDir).sort()).toEqual(stateBefore);
    } finally {
      await second.stop();
    }
    expect(existsSync(path.join(clusterLink, 'PG_VERSION'))).toBe(true);
  }, 120_000);
});

/** Where the binaries run from and the cluster lives, as root (moved out of reach of the closed folder) or not. */
function expectedPlacement(stateDir: string, clusterLink: string, packaged: string) {
  if (!asRoot) return { binary: path.join(packaged, 'bin', 'postgres'), dataDirectory: clusterLink, linked: false, state: [], copyNotice: false };
  return {
    binary: expect.stringMatching(new RegExp(`^${stateDir}/postgresql-[\\d.]+-linux-\\w+/bin/postgres$`)),
    dataDirectory: expect.stringMatching(new RegExp(`^${stateDir}/clusters/cluster-\\w+$`)),
    linked: true,
    state: ['clusters', expect.stringMatching(/^postgresql-/)],
    copyNotice: true,
  };
}
