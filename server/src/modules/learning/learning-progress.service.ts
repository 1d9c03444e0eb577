import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  dateIn,
  daysBetween,
  type LearningProgressUpdate,
  type ParticipantProgress,
  type ProgressDashboard,
  type ProgressQuery,
  type ProgressStatus,
  type UnitProgress,
} from '@sstc/shared';
import { csvFormatFor, writeCsv } from '../../common/csv/csv-writer.js';
import { forbidden } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { activeEnrolmentsIn, attends, follows } from '../enrolments/membership.sql.js';
import { LearningAccessService, type LearningScope } from './learning-access.service.js';
import { LearningUnitsService } from './learning-units.service.js';

interface ProgressRow {
  user_id: string;
  name: string;
  email: string;
  country: string | null;
  cohort_id: string | null;
  cohort: string | null;
  opened: number;
  completed: number;
  last_activity: Date | null;
}

export interface PackageCompletion {
  total: number;
  byUser: Map<string, { completed: number; minutes: number }>;
}

/** Participants' progress: idempotent writes, and the dashboards facilitators and organizers read. */
@Injectable()
export class LearningProgressService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: LearningAccessService,
    private readonly units: LearningUnitsService,
  ) {}

  /**
   * Records that the caller opened (and maybe completed) a unit. Replaying the same write changes
   * nothing: the first opening and the first completion stay, and a completion is never undone.
   * Only a write that says when it happened (an offline queue flushing later) may move them
   * earlier; a write timed by the server never does, so a double tap whose requests reach the
   * database in the other order still answers one completion time.
   */
  async record(caller: RequestUser, unitId: string, update: LearningProgressUpdate): Promise<UnitProgress> {
    if (caller.role !== 'participant') throw forbidden();
    const { unit } = await this.units.readable(caller, unitId);
    const now = new Date();
    const claimed = update.at ? new Date(update.at) : null;
    const at = claimed && claimed < now ? claimed : now;
    const [row] = (await this.dataSource.query(
      `INSERT INTO learning_progress (unit_id, user_id, edition_id, opened_at, completed_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (unit_id, user_id) DO UPDATE SET
         opened_at = CASE WHEN $6 THEN LEAST(learning_progress.opened_at, EXCLUDED.opened_at)
                          ELSE learning_progress.opened_at END,
         completed_at = CASE WHEN learning_progress.completed_at IS NULL THEN EXCLUDED.completed_at
                             WHEN EXCLUDED.completed_at IS NULL OR NOT $6 THEN learning_progress.completed_at
                             ELSE LEAST(learning_progress.completed_at, EXCLUDED.completed_at) END
       RETURNING opened_at, completed_at`,
      [unit.id, caller.id, unit.editionId, at, update.completed ? at : null, claimed !== null],
    )) as [{ opened_at: Date; completed_at: Date | null }];
    return { openedAt: row.opened_at.toISOString(), completedAt: row.completed_at?.toISOString() ?? null };
  }

  /**
   * How far each person is with an edition's package, for certificates: the units completed and
   * their estimated minutes, against the package's size (of one person when given). People with
   * nothing completed are absent.
   */
  async packageCompletion(editionId: string, userId?: string): Promise<PackageCompletion> {
    const [size]: { total: number }[] = await this.dataSource.query(`SELECT COUNT(*)::int AS total FROM learning_units WHERE edition_id = $1`, [
      editionId,
    ]);
    const rows: { user_id: string; completed: number; minutes: number }[] = await this.dataSource.query(
      `SELECT p.user_id, COUNT(*)::int AS completed, COALESCE(SUM(u.estimated_minutes), 0)::int AS minutes
         FROM learning_progress p JOIN learning_units u ON u.id = p.unit_id
        WHERE p.edition_id = $1 AND p.completed_at IS NOT NULL AND ($2::uuid IS NULL OR p.user_id = $2)
        GROUP BY p.user_id`,
      [editionId, userId ?? null],
    );
    return { total: size!.total, byUser: new Map(rows.map((row) => [row.user_id, { completed: row.completed, minutes: row.minutes }])) };
  }

  async dashboard(caller: RequestUser, editionId: string, query: ProgressQuery): Promise<ProgressDashboard> {
    const { scope, rows, expectedPercent, unitIds, overTime } = await this.compute(caller, editionId, query);
    const filtered = query.status ? rows.filter((row) => row.status === query.status) : rows;
    const start = (query.page - 1) * query.pageSize;
    const count = (status: ProgressStatus) => rows.filter((row) => row.status === status).length;
    const cohorts: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT id, name FROM cohorts WHERE edition_id = $1 AND ($2::boolean OR id = ANY($3::uuid[])) ORDER BY name`,
      [editionId, caller.role === 'organizer', [...scope.facilitatedCohortIds]],
    );
    const modules: ProgressDashboard['modules'] = await this.dataSource.query(
      `SELECT id, kind, number, title FROM programme_items WHERE edition_id = $1 AND ($2::boolean OR id = ANY($3::uuid[]))
        AND id IN (SELECT programme_item_id FROM learning_units WHERE edition_id = $1 AND programme_item_id IS NOT NULL)
        ORDER BY CASE kind WHEN 'panel' THEN 0 WHEN 'mandatory_module' THEN 1 ELSE 2 END, number`,
      [editionId, caller.role === 'organizer', [...scope.facilitatedItemIds]],
    );
    return {
      cohorts,
      modules,
      expectedPercent,
      totals: {
        participants: rows.length,
        notStarted: count('not_started'),
        behind: count('behind'),
        onTrack: count('on_track'),
        completed: count('completed'),
      },
      overTime: unitIds.length ? overTime : [],
      rows: filtered.slice(start, start + query.pageSize),
      page: query.page,
      pageSize: query.pageSize,
      total: filtered.length,
    };
  }

  async csv(caller: RequestUser, editionId: string, query: ProgressQuery): Promise<string> {
    const { rows } = await this.compute(caller, editionId, query);
    const filtered = query.status ? rows.filter((row) => row.status === query.status) : rows;
    const header = ['name', 'email', 'country', 'cohort', 'units_opened', 'units_completed', 'units_total', 'percent', 'status', 'last_activity_utc'];
    const lines = filtered.map((r) => [r.name, r.email, r.country, r.cohort, r.opened, r.completed, r.total, r.percent, r.status, r.lastActivityAt]);
    return writeCsv([header, ...lines], csvFormatFor(caller.language, query.delimiter));
  }

  /**
   * Who is counted: organizers see the whole edition; a facilitator sees their cohorts, or, for a
   * module they facilitate, the module's participants (the membership owner's `attends`).
   */
  private async compute(caller: RequestUser, editionId: string, query: ProgressQuery) {
    if (caller.role === 'participant') throw forbidden();
    const scope = await this.access.scope(caller, editionId);
    if (query.cohortId && caller.role !== 'organizer' && !scope.facilitatedCohortIds.has(query.cohortId)) throw forbidden();
    if (query.programmeItemId && caller.role !== 'organizer' && !scope.facilitatedItemIds.has(query.programmeItemId)) throw forbidden();
    const visible = await this.units.visibleUnits(scope);
    const unitIds = visible.filter((unit) => !query.programmeItemId || unit.programmeItemId === query.programmeItemId).map((unit) => unit.id);
    const cohortFilter = query.cohortId ? [query.cohortId] : null;
    // A facilitator's module view holds the module's participants (those seated, for an elective).
    const itemFilter = caller.role === 'facilitator' ? (query.programmeItemId ?? null) : null;
    // Unfiltered, a facilitator sees everyone they follow: their cohorts and their modules' participants.
    const followedBy = caller.role === 'facilitator' && !query.cohortId && !query.programmeItemId ? caller.id : null;
    const raw: ProgressRow[] = await this.dataSource.query(
      `SELECT u.id AS user_id, u.name, u.email, u.country, c.id AS cohort_id, c.name AS cohort,
              COUNT(p.id)::int AS opened, COUNT(p.completed_at)::int AS completed,
              MAX(GREATEST(p.opened_at, p.completed_at)) AS last_activity
         FROM ${activeEnrolmentsIn('$1')} e
         JOIN users u ON u.id = e.user_id
         LEFT JOIN cohorts c ON c.id = e.cohort_id
         LEFT JOIN learning_progress p ON p.user_id = e.user_id AND p.unit_id = ANY($2::uuid[])
        WHERE e.role = 'participant'
          AND ($3::uuid[] IS NULL OR e.cohort_id = ANY($3::uuid[]))
          AND ($4::uuid IS NULL OR ${attends('e.user_id', '$4')})
          AND ($5::uuid IS NULL OR ${follows('$5', 'e.user_id', '$1')})
        GROUP BY u.id, c.id
        ORDER BY u.name, u.id`,
      [editionId, unitIds, cohortFilter, itemFilter, followedBy],
    );
    const expectedPercent = this.expectedPercent(scope);
    const rows: ParticipantProgress[] = raw.map((row) => {
      const total = unitIds.length;
      const percent = total ? Math.round((row.completed * 100) / total) : 0;
      return {
        userId: row.user_id,
        name: row.name,
        email: row.email,
        country: row.country,
        cohort: row.cohort,
        opened: row.opened,
        completed: row.completed,
        total,
        percent,
        status: statusOf(row.opened, row.completed, total, percent, expectedPercent),
        lastActivityAt: row.last_activity ? new Date(row.last_activity).toISOString() : null,
      };
    });
    const daily: { date: string; completions: number }[] = unitIds.length
      ? await this.dataSource.query(
          `SELECT to_char(p.completed_at AT TIME ZONE $3, 'YYYY-MM-DD') AS date, COUNT(*)::int AS completions
             FROM learning_progress p
            WHERE p.unit_id = ANY($1::uuid[]) AND p.user_id = ANY($2::uuid[]) AND p.completed_at IS NOT NULL
            GROUP BY 1 ORDER BY 1`,
          [unitIds, rows.map((row) => row.userId), scope.edition.timeZone],
        )
      : [];
    let running = 0;
    const overTime = daily.map((day) => ({ date: day.date, completions: (running += day.completions) }));
    return { scope, rows, expectedPercent, unitIds, overTime };
  }

  /** Where a participant should be today: the share of the pre-learning period that has passed. */
  private expectedPercent(scope: LearningScope): number {
    const { edition } = scope;
    const span = daysBetween(edition.preLearningOpens, edition.faceToFaceStart);
    const elapsed = daysBetween(edition.preLearningOpens, dateIn(edition.timeZone));
    if (span <= 0) return 100;
    return Math.max(0, Math.min(100, Math.round((elapsed * 100) / span)));
  }
}

export function statusOf(opened: number, completed: number, total: number, percent: number, expectedPercent: number): ProgressStatus {
  if (total > 0 && completed >= total) return 'completed';
  if (opened === 0) return 'not_started';
  return percent < expectedPercent ? 'behind' : 'on_track';
}
