import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import type { JobName, JobPayloads } from '@sstc/shared';
import { CONFIG, type Config } from '../../config/config.js';

export type JobOptions = PgBoss.SendOptions;

/**
 * The Postgres-backed queue (pg-boss): jobs survive restarts, and a job is fetched by one
 * instance at a time. Sending inside a transaction (`manager`) enqueues only if it commits.
 */
@Injectable()
export class JobsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly boss: PgBoss;
  private readonly queues = new Set<string>();

  constructor(@Inject(CONFIG) config: Config) {
    this.boss = new PgBoss({ connectionString: config.DATABASE_URL, max: 4, application_name: 'sstc-jobs' });
    this.boss.on('error', (error) => this.logger.error(String(error)));
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 5_000, wait: true });
  }

  async send<N extends JobName>(name: N, payload: JobPayloads[N], options: JobOptions = {}, manager?: EntityManager): Promise<void> {
    await this.ensureQueue(name);
    const db = manager && { executeSql: async (text: string, values: unknown[]) => ({ rows: await manager.query(text, values) }) };
    await this.boss.send(name, payload, { retryLimit: 8, retryDelay: 5, retryBackoff: true, ...options, ...(db ? { db } : {}) });
  }

  async work<N extends JobName>(name: N, handler: (payload: JobPayloads[N]) => Promise<void>): Promise<void> {
    await this.ensureQueue(name);
    await this.boss.work<JobPayloads[N]>(name, { pollingIntervalSeconds: 0.5, batchSize: 1 }, async ([job]) => {
      if (job) await handler(job.data);
    });
  }

  private async ensureQueue(name: string): Promise<void> {
    if (this.queues.has(name)) return;
    await this.boss.createQueue(name);
    this.queues.add(name);
  }
}
