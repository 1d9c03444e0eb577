import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import {
  ATTENDANCE_PAGE_SIZE,
  type AttendanceMark,
  type AttendanceQuery,
  type AttendanceRow,
  type AttendanceSession,
  type AttendanceSheet,
  type LocalizedText,
  type ProgrammeItemKind,
} from '@sstc/shared';
import { ApiException, forbidden, notFound } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { CoursesService } from '../courses/courses.service.js';
import type { Edition } from '../courses/edition.entity.js';
import { activeEnrolmentsIn, attends } from '../enrolments/membership.sql.js';
import { MembershipService } from '../enrolments/membership.service.js';
import { ProgrammeSession } from '../programme/programme-session.entity.js';
import { SessionAttendance } from './entities/session-attendance.entity.js';

/** One participant's face-to-face week, for certificates: the modules they take and the sessions marked. */
export interface WeekRecord {
  modules: { kind: ProgrammeItemKind; number: number; title: LocalizedText }[];
  /** Sessions of their items whose attendance has been taken. */
  held: number;
  present: number;
  presentMinutes: number;
}

const MODULE_KINDS: ProgrammeItemKind[] = ['mandatory_module', 'elective_module'];

/**
 * Attendance of the face-to-face week, marked per session from a phone: organizers mark any
 * session, facilitators the sessions of the items they facilitate. Those expected are the item's
 * participants (everyone for panels and mandatory modules, those seated for an elective).
 */
@Injectable()
export class AttendanceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courses: CoursesService,
    private readonly membership: MembershipService,
  ) {}

  /** The sessions of the edition that the caller may mark, in time order, with their counts. */
  async sessions(caller: RequestUser, editionId: string): Promise<AttendanceSession[]> {
    const edition = await this.courses.editionOrFail(editionId);
    const markable = await this.markableItems(caller, edition);
    const sessions = (await this.editionSessions(editionId)).filter((session) => markable === 'all' || markable.has(session.itemId));
    return this.withCounts(edition, sessions);
  }

  async sheet(caller: RequestUser, sessionId: string, query: AttendanceQuery): Promise<AttendanceSheet> {
    const { session, edition } = await this.markableSession(caller, sessionId);
    const search = query.q ? `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const offset = (query.page - 1) * ATTENDANCE_PAGE_SIZE;
    const rows: (AttendanceRow & { total: number; user_id: string })[] = await this.dataSource.query(
      `SELECT u.id AS user_id, u.name, u.country, a.present, COUNT(*) OVER ()::int AS total
         FROM ${activeEnrolmentsIn('$1')} e
         JOIN users u ON u.id = e.user_id
         LEFT JOIN session_attendance a ON a.session_id = $3 AND a.user_id = e.user_id
        WHERE e.role = 'participant' AND ${attends('e.user_id', '$2')}
          AND ($4::text IS NULL OR u.name ILIKE $4 OR u.email ILIKE $4)
        ORDER BY u.name, u.id
        LIMIT $5 OFFSET $6`,
      [edition.id, session.itemId, session.id, search, ATTENDANCE_PAGE_SIZE, offset],
    );
    const [counted] = await this.withCounts(edition, [session]);
    return {
      session: counted!,
      timeZone: edition.timeZone,
      rows: rows.map((row) => ({ userId: row.user_id, name: row.name, country: row.country, present: row.present })),
      total: rows[0]?.total ?? (await this.countExpected(edition.id, session.itemId, search)),
      page: query.page,
      pageSize: ATTENDANCE_PAGE_SIZE,
    };
  }

  /** Marks one participant present or absent (or unmarks with null); the last mark wins. */
  async mark(caller: RequestUser, sessionId: string, mark: AttendanceMark): Promise<AttendanceRow> {
    const { session, edition } = await this.markableSession(caller, sessionId);
    const [expected]: { name: string; country: string | null }[] = await this.dataSource.query(
      `SELECT u.name, u.country FROM ${activeEnrolmentsIn('$1')} e JOIN users u ON u.id = e.user_id
        WHERE e.user_id = $3 AND e.role = 'participant' AND ${attends('e.user_id', '$2')}`,
      [edition.id, session.itemId, mark.userId],
    );
    if (!expected) throw new ApiException('attendance_not_expected');
    const repository = this.dataSource.getRepository(SessionAttendance);
    if (mark.present === null) await repository.delete({ sessionId, userId: mark.userId });
    else
      await repository.upsert({ sessionId, userId: mark.userId, present: mark.present, markedBy: caller.id, markedAt: new Date() }, [
        'sessionId',
        'userId',
      ]);
    return { userId: mark.userId, name: expected.name, country: expected.country, present: mark.present };
  }

  /**
   * Every participant's week: the modules they take, and of the sessions of their items whose
   * attendance was taken (anyone marked), how many they attended and for how long. A session
   * nobody marked yet does not count against anyone.
   */
  async weekRecords(editionId: string, userId?: string): Promise<Map<string, WeekRecord>> {
    const sessions = await this.editionSessions(editionId);
    const attendees: { item_id: string; user_id: string }[] = await this.dataSource.query(
      `SELECT i.id AS item_id, e.user_id
         FROM programme_items i CROSS JOIN ${activeEnrolmentsIn('$1')} e
        WHERE i.edition_id = $1 AND e.role = 'participant' AND ($2::uuid IS NULL OR e.user_id = $2) AND ${attends('e.user_id', 'i.id')}`,
      [editionId, userId ?? null],
    );
    const marks = sessions.length ? await this.dataSource.getRepository(SessionAttendance).findBy({ sessionId: In(sessions.map((s) => s.id)) }) : [];
    const taken = new Set(marks.map((mark) => mark.sessionId));
    const present = new Set(marks.filter((mark) => mark.present).map((mark) => `${mark.sessionId}:${mark.userId}`));
    const records = new Map<string, WeekRecord>();
    for (const { item_id: itemId, user_id: userId } of attendees) {
      const record = records.get(userId) ?? { modules: [], held: 0, present: 0, presentMinutes: 0 };
      records.set(userId, record);
      const itemSessions = sessions.filter((session) => session.itemId === itemId);
      const item = itemSessions[0]?.item;
      if (item && MODULE_KINDS.includes(item.kind)) record.modules.push({ kind: item.kind, number: item.number, title: item.title });
      for (const session of itemSessions.filter((s) => taken.has(s.id))) {
        record.held += 1;
        if (!present.has(`${session.id}:${userId}`)) continue;
        record.present += 1;
        record.presentMinutes += Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60_000);
      }
    }
    for (const record of records.values())
      record.modules.sort((a, b) => MODULE_KINDS.indexOf(a.kind) - MODULE_KINDS.indexOf(b.kind) || a.number - b.number);
    return records;
  }

  private editionSessions(editionId: string): Promise<ProgrammeSession[]> {
    return this.dataSource.getRepository(ProgrammeSession).find({
      where: { item: { editionId } },
      relations: { item: true },
      order: { startsAt: 'ASC', id: 'ASC' },
    });
  }

  /** 'all' for organizers; the items a facilitator facilitates; nothing for anyone else. */
  private async markableItems(caller: RequestUser, edition: Edition): Promise<'all' | Set<string>> {
    if (caller.role === 'organizer') return 'all';
    if (caller.role !== 'facilitator') throw forbidden();
    const { itemIds } = await this.membership.facilitated(caller.id, edition.id);
    if (itemIds.length === 0) throw forbidden();
    return new Set(itemIds);
  }

  private async markableSession(caller: RequestUser, sessionId: string): Promise<{ session: ProgrammeSession; edition: Edition }> {
    const session = await this.dataSource.getRepository(ProgrammeSession).findOne({ where: { id: sessionId }, relations: { item: true } });
    if (!session) throw notFound();
    const edition = await this.courses.editionOrFail(session.item.editionId);
    const markable = await this.markableItems(caller, edition);
    if (markable !== 'all' && !markable.has(session.itemId)) throw forbidden();
    return { session, edition };
  }

  private async withCounts(edition: Edition, sessions: ProgrammeSession[]): Promise<AttendanceSession[]> {
    if (sessions.length === 0) return [];
    const expected: { item_id: string; expected: number }[] = await this.dataSource.query(
      `SELECT i.id AS item_id, COUNT(e.user_id)::int AS expected
         FROM programme_items i LEFT JOIN ${activeEnrolmentsIn('$1')} e ON e.role = 'participant' AND ${attends('e.user_id', 'i.id')}
        WHERE i.id = ANY($2::uuid[])
        GROUP BY i.id`,
      [edition.id, [...new Set(sessions.map((s) => s.itemId))]],
    );
    const marks: { session_id: string; present: number; absent: number }[] = await this.dataSource.query(
      `SELECT session_id, COUNT(*) FILTER (WHERE present)::int AS present, COUNT(*) FILTER (WHERE NOT present)::int AS absent
         FROM session_attendance WHERE session_id = ANY($1::uuid[]) GROUP BY session_id`,
      [sessions.map((s) => s.id)],
    );
    return sessions.map((session) => {
      const counted = marks.find((m) => m.session_id === session.id);
      return {
        id: session.id,
        itemId: session.itemId,
        itemKind: session.item.kind,
        itemNumber: session.item.number,
        itemTitle: session.item.title,
        startsAt: session.startsAt.toISOString(),
        endsAt: session.endsAt.toISOString(),
        expected: expected.find((row) => row.item_id === session.itemId)?.expected ?? 0,
        present: counted?.present ?? 0,
        absent: counted?.absent ?? 0,
      };
    });
  }

  private async countExpected(editionId: string, itemId: string, search: string | null): Promise<number> {
    const [row]: { total: number }[] = await this.dataSource.query(
      `SELECT COUNT(*)::int AS total FROM ${activeEnrolmentsIn('$1')} e JOIN users u ON u.id = e.user_id
        WHERE e.role = 'participant' AND ${attends('e.user_id', '$2')} AND ($3::text IS NULL OR u.name ILIKE $3 OR u.email ILIKE $3)`,
      [editionId, itemId, search],
    );
    return row!.total;
  }
}
