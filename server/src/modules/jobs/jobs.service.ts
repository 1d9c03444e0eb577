import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import type { JobName, JobPayloads } from '@sstc/shared';
import { CONFIG, type Config } from '../../config/config.js';

export type JobOptions = PgBoss.SendOptions;

const POLL_MS = 500;
const DEADLOCK_DETECTED = '40P01';

/**
 * The Postgres-backed queue (pg-boss): jobs survive restarts, and a job is fetched by one
 * instance at a time (SKIP LOCKED). Sending inside a transaction (`manager`) enqueues only if it
 * commits. Workers are our own fetch loops rather than boss.work(), so that shutting down waits
 * for the job in hand and leaves no timer behind.
 */
@Injectable()
export class JobsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly boss: PgBoss;
  private readonly queues = new Map<string, Promise<void>>();
  /** Queue creation runs one at a time: pg-boss deadlocks when several create queues at once. */
  private creating: Promise<unknown> = Promise.resolve();
  private readonly loops: Promise<void>[] = [];
  private readonly sleepers = new Set<() => void>();
  private stopping = false;

  constructor(@Inject(CONFIG) config: Config) {
    // No pg-boss cron: timed work is sent with startAfter, which survives restarts just as well.
    this.boss = new PgBoss({ connectionString: config.DATABASE_URL, max: 4, application_name: 'sstc-jobs', schedule: false });
    // Once stopping, the database going away under an idle connection is expected, not an error.
    this.boss.on('error', (error) => this.stopping || this.logger.error(String(error)));
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    this.wake();
    await Promise.all(this.loops);
    await this.boss.stop({ graceful: false, wait: true });
  }

  async send<N extends JobName>(name: N, payload: JobPayloads[N], options: JobOptions = {}, manager?: EntityManager): Promise<void> {
    await this.ensureQueue(name);
    const db = manager && { executeSql: async (text: string, values: unknown[]) => ({ rows: await manager.query(text, values) }) };
    await this.boss.send(name, payload, {
      retryLimit: 8,
      retryDelay: 5,
      retryBackoff: true,
      expireInSeconds: 120,
      ...options,
      ...(db ? { db } : {}),
    });
    // A job sent by this instance need not wait for the next poll (within a transaction, the next poll finds it).
    if (!manager) this.wake();
  }

  /**
   * Fails the queue's active jobs that `orphaned` says no live worker holds, so that pg-boss retries
   * them after their retry delay rather than when they expire (a server killed in the middle of one).
   */
  async retryOrphans<N extends JobName>(name: N, orphaned: (payload: JobPayloads[N]) => Promise<boolean>): Promise<number> {
    await this.ensureQueue(name);
    const { rows } = await this.boss.getDb().executeSql(`SELECT id, data FROM pgboss.job WHERE name = $1 AND state = 'active'`, [name]);
    let retried = 0;
    for (const job of rows as { id: string; data: JobPayloads[N] }[]) {
      if (!(await orphaned(job.data))) continue;
      await this.boss.fail(name, job.id, { message: 'the worker stopped during the job' });
      retried += 1;
    }
    return retried;
  }

  /** Runs `handler` for each job of the queue, one at a time; a throw fails the job for a retry. */
  async work<N extends JobName>(name: N, handler: (payload: JobPayloads[N]) => Promise<void>): Promise<void> {
    await this.workInBatches(name, 1, ([payload]) => handler(payload!));
  }

  /**
   * Runs `handler` with up to `batchSize` waiting jobs of the queue at once, and completes them
   * together; a throw fails them all for a retry. For jobs whose work can be merged (a burst of
   * choices is hundreds of membership changes): one fetch and one completion instead of one each.
   */
  async workInBatches<N extends JobName>(name: N, batchSize: number, handler: (payloads: JobPayloads[N][]) => Promise<void>): Promise<void> {
    await this.ensureQueue(name);
    this.loops.push(this.batchLoop(name, batchSize, handler));
  }

  private async batchLoop<N extends JobName>(name: N, batchSize: number, handler: (payloads: JobPayloads[N][]) => Promise<void>): Promise<void> {
    while (!this.stopping) {
      const jobs = await this.boss.fetch<JobPayloads[N]>(name, { batchSize }).catch((error: unknown) => {
        this.logger.error(`fetching ${name}: ${String(error)}`);
        return [];
      });
      if (jobs.length === 0) {
        await this.sleep(POLL_MS);
        continue;
      }
      const ids = jobs.map((job) => job.id);
      try {
        await handler(jobs.map((job) => job.data));
        await this.boss.complete(name, ids);
      } catch (error) {
        this.logger.warn(`${name} job${ids.length > 1 ? 's' : ''} ${ids.join(', ')} failed: ${String(error)}`);
        for (const id of ids) await this.boss.fail(name, id, { message: String(error) }).catch(() => undefined);
      }
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.sleepers.add(done);
    });
  }

  private wake(): void {
    for (const wake of [...this.sleepers]) wake();
  }

  private async ensureQueue(name: string): Promise<void> {
    let created = this.queues.get(name);
    if (!created) {
      created = this.creating.then(() => this.createQueue(name));
      this.creating = created.catch(() => undefined);
      this.queues.set(name, created);
      created.catch(() => this.queues.delete(name));
    }
    await created;
  }

  /**
   * pg-boss's create_queue deadlocks when two processes create queues at the same moment (two
   * servers starting together); PostgreSQL then aborts one of them, which only needs to try again.
   */
  private async createQueue(name: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.boss.createQueue(name);
      } catch (error) {
        if ((error as { code?: string }).code !== DEADLOCK_DETECTED || attempt === 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
      }
    }
  }
}
