import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import {
  emailSchema,
  MAX_IMPORT_ROWS,
  REQUIRED_IMPORT_COLUMNS,
  type EnrolmentImport as EnrolmentImportDto,
  type FieldProblem,
  type ImportColumn,
  type ImportRow,
  type ImportRowsQuery,
  type Language,
  type Page,
} from '@sstc/shared';
import { ApiException, notFound } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { fieldMessage } from '../../common/i18n/translate.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { CoursesService } from '../courses/courses.service.js';
import { Enrolment } from './enrolment.entity.js';
import { JobsService } from '../jobs/jobs.service.js';
import { User } from '../users/user.entity.js';
import { parseCsv } from './csv.js';
import { EnrolmentImportRow, type ImportRowProblem } from './enrolment-import-row.entity.js';
import { EnrolmentImport } from './enrolment-import.entity.js';
import { columnOf, constituencyGroupOf, countryCode, languageCode, normalize } from './import-values.js';

const INSERT_CHUNK = 1000;

/**
 * Imports of participants from CSV. The preview reads and checks every row and stores the
 * result; nothing about people changes until an organizer confirms, and then a background job
 * writes all valid rows in one transaction (see ImportEnrolmentsJob), reporting its progress.
 */
@Injectable()
export class EnrolmentImportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courses: CoursesService,
    private readonly jobs: JobsService,
  ) {}

  /** Imports of the edition previewed and not confirmed, or still being written: an organizer's home lists them. */
  unfinished(editionId: string): Promise<number> {
    return this.dataSource.getRepository(EnrolmentImport).countBy({ editionId, status: In(['previewed', 'queued', 'importing']) });
  }

  async preview(caller: RequestUser, editionId: string, fileName: string, text: string): Promise<EnrolmentImportDto> {
    const edition = await this.courses.editionOrFail(editionId);
    const { header, records } = this.read(text);
    const cohorts = await this.dataSource.getRepository(Cohort).findBy({ editionId });
    const emails = records.map((cells) => emailSchema.safeParse(cell(cells, header, 'email')).data).filter((e): e is string => !!e);
    const users = emails.length ? await this.dataSource.getRepository(User).findBy({ email: In([...new Set(emails)]) }) : [];
    const enrolments = users.length ? await this.dataSource.getRepository(Enrolment).findBy({ editionId, userId: In(users.map((u) => u.id)) }) : [];

    const seen = new Set<string>();
    const rows = records.map((cells, index): Omit<EnrolmentImportRow, 'importId' | 'import'> => {
      const problems: ImportRowProblem[] = [];
      const value = (column: ImportColumn) => cell(cells, header, column);
      const name = value('name');
      if (!name) problems.push({ field: 'name', code: 'required' });
      else if (name.length > 200) problems.push({ field: 'name', code: 'too_big' });
      const parsedEmail = emailSchema.safeParse(value('email'));
      const email = parsedEmail.data ?? value('email').toLowerCase();
      if (!value('email')) problems.push({ field: 'email', code: 'required' });
      else if (!parsedEmail.success) problems.push({ field: 'email', code: 'invalid_email' });
      else if (seen.has(email)) problems.push({ field: 'email', code: 'duplicate_row' });
      seen.add(email);
      const country = value('country') ? countryCode(value('country')) : null;
      if (country === undefined) problems.push({ field: 'country', code: 'unknown_country' });
      const organisation = value('organisation') || null;
      if (organisation && organisation.length > 300) problems.push({ field: 'organisation', code: 'too_big' });
      const constituencyGroup = value('constituencyGroup') ? constituencyGroupOf(value('constituencyGroup')) : null;
      if (constituencyGroup === undefined) problems.push({ field: 'constituencyGroup', code: 'unknown_constituency_group' });
      const language = value('language') ? languageCode(value('language')) : null;
      if (language === undefined) problems.push({ field: 'language', code: 'unknown_language' });
      const cohortName = value('cohort') || null;
      const cohort = cohortName ? cohorts.find((c) => normalize(c.name) === normalize(cohortName)) : undefined;
      if (cohortName && !cohort) problems.push({ field: 'cohort', code: 'unknown_cohort' });

      const user = parsedEmail.success ? users.find((u) => u.email === email) : undefined;
      const enrolment = user && enrolments.find((e) => e.userId === user.id);
      if (user && user.role !== 'participant') problems.push({ field: 'email', code: 'not_a_participant' });
      if (enrolment?.status === 'withdrawn') problems.push({ field: 'email', code: 'withdrawn_person' });

      const row = {
        line: index + 2,
        email: email.slice(0, 254),
        name: name.slice(0, 200),
        country: country ?? null,
        organisation: organisation?.slice(0, 300) ?? null,
        constituencyGroup: constituencyGroup ?? null,
        language: language ?? null,
        cohortName: cohortName?.slice(0, 120) ?? null,
        cohortId: cohort?.id ?? null,
        problems,
      };
      return { ...row, action: problems.length ? 'invalid' : !enrolment ? 'create' : changes(row, user!, enrolment) ? 'update' : 'unchanged' };
    });

    const saved = await this.dataSource.transaction(async (manager) => {
      const count = (action: string) => rows.filter((r) => r.action === action).length;
      const record = await manager.save(EnrolmentImport, {
        editionId: edition.id,
        createdBy: caller.id,
        fileName: fileName || 'participants.csv',
        status: 'previewed' as const,
        total: rows.length,
        invalid: count('invalid'),
        valid: rows.length - count('invalid'),
        creates: count('create'),
        updates: count('update'),
        processed: 0,
        error: null,
        finishedAt: null,
      });
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        await manager.insert(
          EnrolmentImportRow,
          rows.slice(i, i + INSERT_CHUNK).map((row) => ({ ...row, importId: record.id })),
        );
      }
      return record;
    });
    return this.dto(saved);
  }

  async get(importId: string): Promise<EnrolmentImportDto> {
    return this.dto(await this.find(importId));
  }

  /**
   * Creates, in the import's edition, the cohorts its file names that the edition lacks (with the
   * working language their name says, if any), and checks those rows again: a row whose only
   * problem was its cohort becomes valid. Only while the import waits for confirmation.
   */
  async createMissingCohorts(importId: string): Promise<EnrolmentImportDto> {
    await this.find(importId);
    const record = await this.dataSource.transaction(async (manager) => {
      const record = await manager.findOne(EnrolmentImport, { where: { id: importId }, lock: { mode: 'pessimistic_write' } });
      if (!record || record.status !== 'previewed') throw new ApiException('import_not_pending');
      const cohorts = await manager.findBy(Cohort, { editionId: record.editionId });
      const rows = await manager.findBy(EnrolmentImportRow, { importId });
      const unknown = rows.filter((row) => row.cohortName && row.problems.some((p) => p.code === 'unknown_cohort'));
      for (const name of missingNames(unknown)) {
        const existing = cohorts.find((c) => normalize(c.name) === normalize(name));
        if (!existing)
          cohorts.push(await manager.save(Cohort, { editionId: record.editionId, name, language: languageCode(name) ?? null, facilitators: [] }));
      }
      const emails = [...new Set(unknown.map((row) => row.email))];
      const users = emails.length ? await manager.findBy(User, { email: In(emails) }) : [];
      const enrolments = users.length ? await manager.findBy(Enrolment, { editionId: record.editionId, userId: In(users.map((u) => u.id)) }) : [];
      for (const row of unknown) {
        const cohort = cohorts.find((c) => normalize(c.name) === normalize(row.cohortName!))!;
        const problems = row.problems.filter((p) => p.code !== 'unknown_cohort');
        const user = users.find((u) => u.email === row.email);
        const enrolment = user && enrolments.find((e) => e.userId === user.id);
        row.cohortId = cohort.id;
        const action = problems.length ? 'invalid' : !enrolment ? 'create' : changes(row, user!, enrolment) ? 'update' : 'unchanged';
        await manager.update(EnrolmentImportRow, { importId, line: row.line }, { cohortId: cohort.id, problems, action });
        Object.assign(row, { problems, action });
      }
      const count = (action: string) => rows.filter((r) => r.action === action).length;
      Object.assign(record, {
        invalid: count('invalid'),
        valid: rows.length - count('invalid'),
        creates: count('create'),
        updates: count('update'),
      });
      return manager.save(EnrolmentImport, record);
    });
    return this.dto(record);
  }

  async rows(importId: string, query: ImportRowsQuery, language: Language): Promise<Page<ImportRow>> {
    await this.find(importId);
    const builder = this.dataSource
      .getRepository(EnrolmentImportRow)
      .createQueryBuilder('row')
      .where('row.import_id = :importId', { importId })
      .orderBy('row.line')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize);
    if (query.only === 'invalid') builder.andWhere("row.action = 'invalid'");
    if (query.only === 'valid') builder.andWhere("row.action <> 'invalid'");
    const [rows, total] = await builder.getManyAndCount();
    return {
      items: rows.map((row) => ({
        line: row.line,
        name: row.name,
        email: row.email,
        country: row.country,
        organisation: row.organisation,
        constituencyGroup: row.constituencyGroup,
        language: row.language,
        cohort: row.cohortName,
        action: row.action,
        problems: row.problems.map((p) => ({ ...p, message: fieldMessage(p.code as FieldProblem, language) })),
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** Queues the write of all valid rows; a second confirmation of the same import is refused. */
  async confirm(importId: string): Promise<EnrolmentImportDto> {
    await this.find(importId);
    const record = await this.dataSource.transaction(async (manager) => {
      const [rows]: [EnrolmentImport[], number] = await manager.query(
        `UPDATE enrolment_imports SET status = 'queued', processed = 0, error = NULL WHERE id = $1 AND status IN ('previewed', 'failed') AND valid > 0 RETURNING id`,
        [importId],
      );
      if (rows.length === 0) throw new ApiException('import_not_pending');
      // One attempt at a time; pg-boss retries it only if the process died while importing.
      await this.jobs.send(
        'import-enrolments',
        { importId },
        { retryLimit: 2, retryDelay: 10, expireInSeconds: 1800, singletonKey: importId },
        manager,
      );
      return manager.findOneByOrFail(EnrolmentImport, { id: importId });
    });
    return this.dto(record);
  }

  private async dto(record: EnrolmentImport): Promise<EnrolmentImportDto> {
    // Only a previewed import can still create cohorts; a running one is polled often: no extra query.
    if (record.status !== 'previewed') return toDto(record, []);
    const unknown: { cohort_name: string }[] = await this.dataSource.query(
      `SELECT cohort_name FROM enrolment_import_rows
        WHERE import_id = $1 AND cohort_name IS NOT NULL AND problems @> '[{"code":"unknown_cohort"}]'::jsonb ORDER BY line`,
      [record.id],
    );
    return toDto(record, missingNames(unknown.map((row) => ({ cohortName: row.cohort_name }))));
  }

  private async find(importId: string): Promise<EnrolmentImport> {
    const record = await this.dataSource.getRepository(EnrolmentImport).findOneBy({ id: importId });
    if (!record) throw notFound();
    return record;
  }

  private read(text: string): { header: (ImportColumn | undefined)[]; records: string[][] } {
    const [headerCells, ...records] = parseCsv(text);
    const header = (headerCells ?? []).map(columnOf);
    const missing = REQUIRED_IMPORT_COLUMNS.filter((column) => !header.includes(column));
    if (!headerCells || missing.length > 0)
      throw new ApiException('csv_unreadable', { details: missing.map((column) => ({ path: column, code: 'required', message: '' })) });
    if (records.length === 0) throw new ApiException('csv_unreadable');
    if (records.length > MAX_IMPORT_ROWS) throw new ApiException('import_too_large');
    return { header, records };
  }
}

function cell(cells: string[], header: (ImportColumn | undefined)[], column: ImportColumn): string {
  const index = header.indexOf(column);
  return index < 0 ? '' : (cells[index] ?? '').trim();
}

/** Whether confirming would change anything for someone already enrolled. */
function changes(
  row: Pick<EnrolmentImportRow, 'name' | 'country' | 'organisation' | 'constituencyGroup' | 'language' | 'cohortId'>,
  user: User,
  enrolment: Enrolment,
): boolean {
  if (row.cohortId && row.cohortId !== enrolment.cohortId) return true;
  // People who have signed in keep the profile they wrote.
  if (user.passwordHash) return false;
  return (
    row.name !== user.name ||
    (!!row.country && row.country !== user.country) ||
    (!!row.organisation && row.organisation !== user.organisation) ||
    (!!row.constituencyGroup && row.constituencyGroup !== user.constituencyGroup) ||
    (!!row.language && row.language !== user.language)
  );
}

/** The distinct cohort names of these rows (ignoring case and accents), as first written. */
function missingNames(rows: { cohortName: string | null }[]): string[] {
  const names = new Map<string, string>();
  for (const { cohortName } of rows) if (cohortName && !names.has(normalize(cohortName))) names.set(normalize(cohortName), cohortName);
  return [...names.values()];
}

function toDto(record: EnrolmentImport, missingCohorts: string[]): EnrolmentImportDto {
  return {
    id: record.id,
    editionId: record.editionId,
    fileName: record.fileName,
    status: record.status,
    total: record.total,
    valid: record.valid,
    invalid: record.invalid,
    creates: record.creates,
    updates: record.updates,
    processed: record.processed,
    createdAt: record.createdAt.toISOString(),
    finishedAt: record.finishedAt?.toISOString() ?? null,
    missingCohorts,
  };
}
