import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, Not, type DataSource, type EntityManager } from 'typeorm';
import { iloRegionOf, type JobPayloads } from '@sstc/shared';
import { Edition } from '../../courses/edition.entity.js';
import { Enrolment } from '../enrolment.entity.js';
import { JobsService } from '../../jobs/jobs.service.js';
import { User } from '../../users/user.entity.js';
import { EnrolmentImportRow } from '../enrolment-import-row.entity.js';
import { EnrolmentsService } from '../enrolments.service.js';
import { MembershipEvents } from '../membership-events.js';

const CHUNK = 250;

/**
 * Writes the valid rows of a confirmed import in ONE transaction: people are created or updated
 * by email, enrolled, and invited in their language (the emails are queued in the same
 * transaction, so a failure sends none). Progress is written on another connection as it goes,
 * so the organizer's page can show it while the transaction is still open.
 */
@Injectable()
export class ImportEnrolmentsJob implements OnApplicationBootstrap {
  private readonly logger = new Logger('Import');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly enrolments: EnrolmentsService,
    private readonly events: MembershipEvents,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // An import whose server died mid-way would wait for its job to expire (30 minutes): at start,
    // every import job that no live transaction holds is failed now, so pg-boss retries it in seconds.
    const resumed = await this.jobs.retryOrphans('import-enrolments', ({ importId }) => this.orphaned(importId));
    if (resumed > 0) this.logger.warn({ msg: 'resuming imports interrupted by a stop', count: resumed });
    await this.jobs.work('import-enrolments', (payload) => this.run(payload));
  }

  /** No transaction of a live server is writing the import (the writer holds its advisory lock until it ends). */
  private orphaned(importId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [{ free }]: [{ free: boolean }] = await manager.query('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS free', [lockKey(importId)]);
      return free;
    });
  }

  async run({ importId }: JobPayloads['import-enrolments']): Promise<void> {
    // A retry after a crash finds the import still 'importing' and starts it over; a finished one is left alone.
    const [claimed]: [{ edition_id: string }[], number] = await this.dataSource.query(
      `UPDATE enrolment_imports SET status = 'importing', processed = 0 WHERE id = $1 AND status IN ('queued', 'importing') RETURNING edition_id`,
      [importId],
    );
    if (!claimed[0]) return;
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lockKey(importId)]);
        await this.write(manager, importId, claimed[0]!.edition_id);
      });
    } catch (error) {
      this.logger.error({ msg: 'import failed; nothing was written', importId, error: String(error) });
      await this.dataSource.query(`UPDATE enrolment_imports SET status = 'failed', error = $2 WHERE id = $1 AND status = 'importing'`, [
        importId,
        String(error).slice(0, 1000),
      ]);
    }
  }

  private async write(manager: EntityManager, importId: string, editionId: string): Promise<void> {
    const edition = await manager.findOneByOrFail(Edition, { id: editionId });
    const rows = await manager.find(EnrolmentImportRow, { where: { importId, action: Not('invalid') }, order: { line: 'ASC' } });
    const enrolled: string[] = [];
    const moved: string[] = [];
    for (let start = 0; start < rows.length; start += CHUNK) {
      const chunk = rows.slice(start, start + CHUNK);
      const users = await manager.find(User, { where: { email: In(chunk.map((r) => r.email)) }, lock: { mode: 'for_no_key_update' } });
      const enrolments = users.length ? await manager.findBy(Enrolment, { editionId, userId: In(users.map((u) => u.id)) }) : [];
      const welcome: User[] = [];
      const newPeople = chunk.filter((row) => !users.some((u) => u.email === row.email));
      if (newPeople.length) {
        // One statement for the chunk's new people, one for their enrolments below.
        const fresh = newPeople.map((row) => ({
          email: row.email,
          role: 'participant' as const,
          passwordHash: null,
          language: edition.defaultLanguage,
          timeZone: 'UTC',
          ...profileOf(row),
        }));
        const { generatedMaps } = await manager.insert(User, fresh);
        users.push(...fresh.map((user, i) => ({ ...user, ...generatedMaps[i] }) as User));
      }
      const newEnrolments: Partial<Enrolment>[] = [];
      for (const row of chunk) {
        const user = users.find((u) => u.email === row.email)!;
        // Things may have changed since the preview: the same rules still hold.
        if (user.role !== 'participant') continue;
        const enrolment = enrolments.find((e) => e.userId === user.id);
        if (enrolment?.status === 'withdrawn') continue;
        // An invitee's profile is still ours to fill; someone who signed in keeps theirs.
        if (!user.passwordHash && !newPeople.includes(row)) await manager.update(User, { id: user.id }, profileOf(row));
        if (!enrolment) {
          newEnrolments.push({
            editionId,
            userId: user.id,
            role: 'participant',
            cohortId: row.cohortId,
            status: user.passwordHash ? 'active' : 'invited',
          });
          welcome.push(user.passwordHash ? user : Object.assign(user, profileOf(row)));
        } else if (row.cohortId && row.cohortId !== enrolment.cohortId) {
          await manager.update(Enrolment, { id: enrolment.id }, { cohortId: row.cohortId });
          moved.push(user.id);
        }
      }
      if (newEnrolments.length) await manager.insert(Enrolment, newEnrolments);
      enrolled.push(...newEnrolments.map((enrolment) => enrolment.userId!));
      for (const user of welcome) await this.enrolments.welcome(manager, edition, user);
      // Another connection: visible at once, while this transaction stays open.
      await this.dataSource.query('UPDATE enrolment_imports SET processed = $2 WHERE id = $1', [importId, start + chunk.length]);
    }
    const [, updated] = await manager.query(
      `UPDATE enrolment_imports SET status = 'done', processed = $2, finished_at = clock_timestamp() WHERE id = $1 AND status = 'importing'`,
      [importId, rows.length],
    );
    if (updated !== 1) throw new Error('The import was changed while it ran');
    await this.events.record(manager, { change: 'enrolled', userIds: enrolled, editionId });
    await this.events.record(manager, { change: 'moved_cohort', userIds: moved, editionId });
  }
}

function lockKey(importId: string): string {
  return `import-enrolments:${importId}`;
}

/** The profile an invitee gets from the file; empty cells leave what we have. */
function profileOf(row: EnrolmentImportRow): Partial<User> {
  return {
    name: row.name,
    ...(row.country ? { country: row.country, iloRegion: iloRegionOf(row.country) } : {}),
    ...(row.organisation ? { organisation: row.organisation } : {}),
    ...(row.constituencyGroup ? { constituencyGroup: row.constituencyGroup } : {}),
    ...(row.language ? { language: row.language } : {}),
  };
}
