import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import type { MembershipChange } from '@sstc/shared';
import type { Config } from '../../src/config/config.js';
import { JobsService } from '../../src/modules/jobs/jobs.service.js';
import { createTestDatabase } from '../setup/test-database.js';
import { until } from '../setup/until.js';

/** Jobs taken in batches (membership changes): one fetch and one completion for many jobs, or one failure for all. */
describe('jobs worked in batches', () => {
  let jobs: JobsService;
  let db: pg.Client;

  beforeEach(async () => {
    const url = await createTestDatabase();
    jobs = new JobsService({ DATABASE_URL: url } as Config);
    await jobs.onModuleInit();
    db = new pg.Client({ connectionString: url });
    await db.connect();
  });
  afterEach(async () => {
    await jobs.onModuleDestroy();
    await db.end();
  });

  const change = (): MembershipChange => ({ change: 'seated', userIds: [randomUUID()], editionId: randomUUID() });
  const states = async () =>
    (await db.query(`SELECT state, count(*)::int AS count FROM pgboss.job WHERE name = 'membership-changed' GROUP BY state`)).rows as {
      state: string;
      count: number;
    }[];

  it('hands the jobs waiting together to one call and completes them all', async () => {
    const sent = Array.from({ length: 30 }, change);
    for (const payload of sent) await jobs.send('membership-changed', payload);
    const batches: MembershipChange[][] = [];
    await jobs.workInBatches('membership-changed', 50, async (payloads) => void batches.push(payloads));

    await until(async () => (await states()).some((s) => s.state === 'completed' && s.count === 30));
    expect(batches).toHaveLength(1);
    expect(batches[0]!.map((p) => p.userIds[0]).sort()).toEqual(sent.map((p) => p.userIds[0]).sort());
  });

  it('takes at most the batch size at a time', async () => {
    for (let i = 0; i < 7; i++) await jobs.send('membership-changed', change());
    const sizes: number[] = [];
    await jobs.workInBatches('membership-changed', 3, async (payloads) => void sizes.push(payloads.length));

    await until(async () => (await states()).some((s) => s.state === 'completed' && s.count === 7));
    expect(sizes).toEqual([3, 3, 1]);
  });

  it('fails every job of a batch whose work throws, for a retry', async () => {
    for (let i = 0; i < 4; i++) await jobs.send('membership-changed', change());
    await jobs.workInBatches('membership-changed', 10, async () => {
      throw new Error('sockets unreachable');
    });

    await until(async () => (await states()).some((s) => s.state === 'retry' && s.count === 4));
    expect((await states()).filter((s) => s.state === 'completed')).toEqual([]);
  });
});
