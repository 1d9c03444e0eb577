import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EnrolmentImport } from '@sstc/shared';
import { Enrolment } from '../../src/modules/enrolments/enrolment.entity.js';
import { JobsService } from '../../src/modules/jobs/jobs.service.js';
import { createEdition } from '../factories/editions.factory.js';
import { signedIn } from '../factories/users.factory.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

/** A server that dies while importing leaves the job "active" in pg-boss and the import "importing". */
describe('an enrolment import interrupted by a crash', () => {
  let restarted: TestApp | undefined;
  let importId: string;
  let editionId: string;
  let databaseUrl: string;

  beforeAll(async () => {
    const crashed = await startTestApp();
    databaseUrl = crashed.config.DATABASE_URL;
    const organizer = (await signedIn(crashed, 'organizer')).client;
    editionId = (await createEdition(organizer)).id;
    const csv = ['name,email', 'Ana Crash,ana@crash.example.org', 'Ben Crash,ben@crash.example.org'].join('\n');
    const preview = await organizer.raw('POST', `/editions/${editionId}/imports?fileName=people.csv`, csv, 'text/csv');
    importId = preview.body.id;
    // What a worker killed mid-import leaves behind: the import claimed, its job fetched and never finished.
    await crashed.dataSource.query(`UPDATE enrolment_imports SET status = 'importing', processed = 1 WHERE id = $1`, [importId]);
    await crashed.app
      .get(JobsService)
      .send('import-enrolments', { importId }, { retryLimit: 2, retryDelay: 10, expireInSeconds: 1800, startAfter: 3600 });
    await crashed.dataSource.query(
      `UPDATE pgboss.job SET state = 'active', started_on = now(), start_after = now() WHERE name = 'import-enrolments' AND data->>'importId' = $1`,
      [importId],
    );
    await crashed.close();
  });
  afterAll(async () => {
    await restarted?.close();
  });

  it('resumes within a minute of the restart and writes every row once', async () => {
    const started = Date.now();
    restarted = await startTestApp({}, { databaseUrl });
    const organizer = (await signedIn(restarted, 'organizer')).client;
    let record: EnrolmentImport | undefined;
    while (Date.now() - started < 60_000) {
      record = (await organizer.get(`/imports/${importId}`)).body as EnrolmentImport;
      if (record.status === 'done' || record.status === 'failed') break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(record?.status).toBe('done');
    expect(await restarted.dataSource.getRepository(Enrolment).countBy({ editionId })).toBe(2);
  }, 90_000);
});
