import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { Pool } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { Language, Person, RoomKind, RoomSummary } from '@sstc/shared';
import { ApiException, forbidden, notFound } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { belongsTo, enrolledIn, facilitates, facilitatesIn, type ScopeColumns } from '../enrolments/membership.sql.js';

// A room is a membership scope (see membership.sql.ts): an edition room holds everyone enrolled, a
// cohort room its members and facilitators, a programme item room those who attend the item and its
// facilitators, the community room anyone enrolled anywhere. A room_members row with `invited` or
// `moderator` lets anyone else in. `user` is an SQL expression for the person's id, `r` the room.
const ROOM: ScopeColumns = { kind: 'r.kind', edition: 'r.edition_id', cohort: 'r.cohort_id', item: 'r.item_id' };
const member = (user: string) => `(
  ${belongsTo(user, ROOM)}
  OR EXISTS (SELECT 1 FROM room_members m WHERE m.room_id = r.id AND m.user_id = ${user} AND (m.invited OR m.moderator))
)`;
// Organizers moderate every room; facilitators the rooms of their cohorts and programme items.
// Organizers take part in every room but the direct ones: those are their two people's alone.
const organizerIn = (role: string) => `(${role} = 'organizer' AND r.kind <> 'direct')`;
export const moderator = (user: string, role: string) => `(
  ${organizerIn(role)}
  OR ${facilitates(user, ROOM)}
  OR EXISTS (SELECT 1 FROM room_members m WHERE m.room_id = r.id AND m.user_id = ${user} AND m.moderator)
)`;
const ARCHIVED = `(ed.post_learning_closes IS NOT NULL AND ed.post_learning_closes < (now() AT TIME ZONE ed.time_zone)::date)`;

/** A room's title in SQL (jsonb localized text), for a room `r` joined with ROOM_TITLE_JOINS. */
export const ROOM_TITLE = `CASE r.kind WHEN 'edition' THEN ed.title WHEN 'programme_item' THEN i.title
  WHEN 'cohort' THEN jsonb_build_object('en', c.name, 'es', c.name, 'fr', c.name, 'pt', c.name) ELSE r.title END`;
export const ROOM_TITLE_JOINS = `LEFT JOIN editions ed ON ed.id = r.edition_id LEFT JOIN programme_items i ON i.id = r.item_id LEFT JOIN cohorts c ON c.id = r.cohort_id`;

const ACCESS_COLUMNS = `r.id, r.kind, r.edition_id, r.locked_at IS NOT NULL AS locked, r.slow_mode_seconds, r.last_revision,
  COALESCE(${ARCHIVED}, false) AS archived,
  (${organizerIn('$2')} OR ${member('$1')}) AS member, ${moderator('$1', '$2')} AS moderator,
  (SELECT m.muted_until FROM room_members m WHERE m.room_id = r.id AND m.user_id = $1 AND m.muted_until > now()) AS muted_until`;
const ACCESS_SQL = `SELECT ${ACCESS_COLUMNS} FROM rooms r LEFT JOIN editions ed ON ed.id = r.edition_id WHERE r.id = $3`;
const SEND_ACCESS_SQL = `SELECT ${ACCESS_COLUMNS},
  (SELECT x.id FROM messages x WHERE x.author_id = $1 AND x.client_id = $4) AS existing_id,
  CASE WHEN r.slow_mode_seconds > 0 THEN (SELECT max(x.created_at) FROM messages x WHERE x.room_id = r.id AND x.author_id = $1) END AS last_posted_at
  FROM rooms r LEFT JOIN editions ed ON ed.id = r.edition_id WHERE r.id = $3`;

/** The pg pool under TypeORM, for the few hot statements worth preparing once per connection. */
export function pool(dataSource: DataSource): Pool {
  return (dataSource.driver as unknown as { master: Pool }).master;
}

/** A row of ACCESS_COLUMNS, as pg returns it. */
interface AccessRow {
  id: string;
  kind: RoomKind;
  edition_id: string | null;
  locked: boolean;
  archived: boolean;
  slow_mode_seconds: number;
  last_revision: number;
  member: boolean;
  moderator: boolean;
  muted_until: Date | null;
}

function toAccess(row: AccessRow | undefined): RoomAccess {
  if (!row) throw notFound();
  if (!row.member) throw forbidden();
  return {
    id: row.id,
    kind: row.kind,
    editionId: row.edition_id,
    locked: row.locked,
    archived: row.archived,
    slowModeSeconds: row.slow_mode_seconds,
    lastRevision: row.last_revision,
    member: row.member,
    moderator: row.moderator,
    mutedUntil: row.muted_until,
  };
}

export interface RoomAccess {
  id: string;
  kind: RoomKind;
  editionId: string | null;
  locked: boolean;
  archived: boolean;
  slowModeSeconds: number;
  lastRevision: number;
  member: boolean;
  moderator: boolean;
  mutedUntil: Date | null;
}

export const roomChannel = (roomId: string) => `room:${roomId}`;
/** Moderators of an open room also listen here: they receive hidden messages in full. */
export const moderatorChannel = (roomId: string) => `room:${roomId}:moderators`;
/** Members who watch the room list hear here that something new was said. */
export const activityChannel = (roomId: string) => `room:${roomId}:activity`;

/** Members reading the room with automatic translation into a language hear its translations here. */
export const translatedChannel = (roomId: string, language: Language) => `room:${roomId}:translated:${language}`;

/** Which room a socket.io channel belongs to, and which of its channels it is; undefined for other channels. */
export function parseChannel(channel: string): { roomId: string; kind: 'room' | 'moderators' | 'activity' | 'translated' } | undefined {
  const match = /^room:([0-9a-f-]{36})(?::(moderators|activity)|:(translated):[a-z]{2})?$/.exec(channel);
  if (!match) return undefined;
  return { roomId: match[1]!, kind: ((match[2] ?? match[3]) as 'moderators' | 'activity' | 'translated' | undefined) ?? 'room' };
}

/** The rooms a person belongs to now, each with whether they moderate it. */
export type Standing = Map<string, { moderator: boolean }>;

/** Who belongs to which room and who moderates it: the membership owner's scopes, plus the room's own invitations. */
@Injectable()
export class RoomAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  /** One room as the caller may use it; refuses (403/404) anyone who is not a member. */
  async require(caller: Pick<RequestUser, 'id' | 'role'>, roomId: string, manager: EntityManager = this.dataSource.manager): Promise<RoomAccess> {
    const [row] = await manager.query(ACCESS_SQL, [caller.id, caller.role, roomId]);
    return toAccess(row);
  }

  /**
   * The hot path of sending, in one prepared statement: the caller's access to the room, the message
   * already stored under this clientId if any, and (in slow mode) when the caller last posted there.
   */
  async requireForSend(
    caller: Pick<RequestUser, 'id' | 'role'>,
    roomId: string,
    clientId: string,
  ): Promise<{ access: RoomAccess; existingId: string | null; lastPostedAt: Date | null }> {
    const { rows } = await pool(this.dataSource).query({
      name: 'discussions_send_access',
      text: SEND_ACCESS_SQL,
      values: [caller.id, caller.role, roomId, clientId],
    });
    const row = rows[0];
    return { access: toAccess(row), existingId: row?.existing_id ?? null, lastPostedAt: row?.last_posted_at ?? null };
  }

  async requireModerator(caller: Pick<RequestUser, 'id' | 'role'>, roomId: string, manager?: EntityManager): Promise<RoomAccess> {
    const access = await this.require(caller, roomId, manager);
    if (!access.moderator) throw forbidden();
    return access;
  }

  /** Refuses posting in a locked or archived room, and a muted member. Moderators may post when locked. */
  assertCanPost(access: RoomAccess): void {
    if (access.archived) throw new ApiException('room_archived');
    if (access.locked && !access.moderator) throw new ApiException('room_locked');
    if (access.mutedUntil && !access.moderator) {
      throw new ApiException('member_muted', { retryAfter: Math.max(1, Math.ceil((access.mutedUntil.getTime() - Date.now()) / 1000)) });
    }
  }

  /** Every room the caller belongs to, with unread counts, most recently active first. */
  async rooms(caller: Pick<RequestUser, 'id' | 'role'>, editionId?: string): Promise<RoomSummary[]> {
    await this.ensureRoomsFor(caller);
    const rows: Omit<RoomRow, 'unread_mentions'>[] = await this.dataSource.query(
      `SELECT r.id, r.kind, r.title, r.locked_at IS NOT NULL AS locked, COALESCE(${ARCHIVED}, false) AS archived,
              r.slow_mode_seconds, r.last_revision, r.last_message_at,
              ed.id AS edition_id, ed.code AS edition_code, ed.title AS edition_title, ed.time_zone AS edition_time_zone,
              i.kind AS item_kind, i.number AS item_number, i.title AS item_title, c.name AS cohort_name,
              ${moderator('$1', '$2')} AS moderator,
              (SELECT count(*)::int FROM (
                 SELECT 1 FROM messages msg
                  WHERE msg.room_id = r.id AND msg.seq > COALESCE(rm.last_read_seq, 0) AND msg.author_id <> $1
                    AND msg.deleted_at IS NULL AND msg.hidden_at IS NULL LIMIT 100) unread) AS unread
         FROM rooms r
         LEFT JOIN editions ed ON ed.id = r.edition_id
         LEFT JOIN programme_items i ON i.id = r.item_id
         LEFT JOIN cohorts c ON c.id = r.cohort_id
         LEFT JOIN room_members rm ON rm.room_id = r.id AND rm.user_id = $1
        WHERE (${organizerIn('$2')} OR ${member('$1')}) AND ($3::uuid IS NULL OR r.edition_id = $3 OR r.kind = 'community')
        ORDER BY r.last_message_at DESC NULLS LAST, r.created_at
        LIMIT 500`,
      [caller.id, caller.role, editionId ?? null],
    );
    const mentions = await this.notifications.unreadByContext(
      caller.id,
      'mention',
      rows.map((row) => row.id),
    );
    return rows.map((row) => toRoomSummary({ ...row, unread_mentions: mentions.get(row.id) ?? 0 }));
  }

  async room(caller: Pick<RequestUser, 'id' | 'role'>, roomId: string): Promise<RoomSummary> {
    await this.require(caller, roomId);
    const rooms = await this.rooms(caller);
    const room = rooms.find((r) => r.id === roomId);
    if (!room) throw notFound();
    return room;
  }

  /** The ids of the caller's rooms (for watching their activity). */
  async roomIds(caller: Pick<RequestUser, 'id' | 'role'>): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(`SELECT r.id FROM rooms r WHERE ${organizerIn('$2')} OR ${member('$1')} LIMIT 500`, [
      caller.id,
      caller.role,
    ]);
    return rows.map((row) => row.id);
  }

  /** The ids of a room's members among `userIds` (to keep mentions to people who can read them). */
  async membersAmong(roomId: string, userIds: string[], manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    if (userIds.length === 0) return [];
    const rows: { id: string }[] = await manager.query(
      `SELECT u.id FROM users u, rooms r
        WHERE r.id = $1 AND u.id = ANY($2::uuid[])
          AND (${organizerIn('u.role')} OR ${member('u.id')})`,
      [roomId, userIds],
    );
    return rows.map((row) => row.id);
  }

  /** Members whose name matches `query` (the @mention picker), at most 10. */
  async searchMembers(caller: Pick<RequestUser, 'id' | 'role'>, roomId: string, query: string): Promise<Person[]> {
    await this.require(caller, roomId);
    return this.dataSource.query(
      `SELECT u.id, u.name, u.role FROM users u, rooms r
        WHERE r.id = $1 AND u.password_hash IS NOT NULL AND u.name ILIKE $2
          AND (${member('u.id')} OR ${moderator('u.id', 'u.role')})
        ORDER BY u.name LIMIT 10`,
      [roomId, `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`],
    );
  }

  /**
   * The direct room of two people, made the first time one writes to the other; both are its
   * members (invited). One per pair: concurrent first messages wait on an advisory lock of the pair.
   */
  async directRoom(people: [{ id: string; name: string }, { id: string; name: string }]): Promise<string> {
    const [a, b] = [...people].sort((x, y) => x.id.localeCompare(y.id)) as typeof people;
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('direct-room:' || $1 || ':' || $2))`, [a.id, b.id]);
      const [found] = await manager.query(
        `SELECT r.id FROM rooms r WHERE r.kind = 'direct'
            AND (SELECT array_agg(m.user_id ORDER BY m.user_id) FROM room_members m WHERE m.room_id = r.id AND m.invited) = ARRAY[$1, $2]::uuid[]`,
        [a.id, b.id],
      );
      if (found) return found.id as string;
      const title = `${a.name} · ${b.name}`;
      const [room] = await manager.query(`INSERT INTO rooms (kind, title) VALUES ('direct', $1) RETURNING id`, [
        { en: title, es: title, fr: title, pt: title },
      ]);
      await manager.query(`INSERT INTO room_members (room_id, user_id, invited) VALUES ($1, $2, true), ($1, $3, true)`, [room.id, a.id, b.id]);
      return room.id as string;
    });
  }

  /** Every member of a room (announcements notify them all). Organizers take part only when invited. */
  async memberIds(roomId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(`SELECT u.id FROM users u, rooms r WHERE r.id = $1 AND ${member('u.id')}`, [roomId]);
    return rows.map((row) => row.id);
  }

  /**
   * A person's standing after a membership change: every room they belong to, with whether they
   * moderate it. Organizers belong to every room whatever changes, so for them only `roomIds` (the
   * rooms their sockets are in) are looked at.
   */
  async standing(userId: string, roomIds: string[]): Promise<Standing> {
    const rows: { id: string; moderator: boolean }[] = await this.dataSource.query(
      `SELECT r.id, ${moderator('u.id', 'u.role')} AS moderator FROM users u, rooms r
        WHERE u.id = $1 AND (${organizerIn('u.role')} OR ${member('u.id')}) AND (u.role <> 'organizer' OR r.id = ANY($2::uuid[]))`,
      [userId, roomIds],
    );
    return new Map(rows.map((row) => [row.id, { moderator: row.moderator }]));
  }

  /**
   * Creates the rooms an edition should have and does not have yet: its plenary, one per programme
   * item and one per cohort. Idempotent; runs whenever someone lists rooms, so new items get a room.
   */
  async ensureEditionRooms(editionId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(`INSERT INTO rooms (kind, edition_id) SELECT 'edition', e.id FROM editions e WHERE e.id = $1 ON CONFLICT DO NOTHING`, [
      editionId,
    ]);
    await manager.query(
      `INSERT INTO rooms (kind, edition_id, item_id) SELECT 'programme_item', i.edition_id, i.id FROM programme_items i WHERE i.edition_id = $1 ON CONFLICT DO NOTHING`,
      [editionId],
    );
    await manager.query(
      `INSERT INTO rooms (kind, edition_id, cohort_id) SELECT 'cohort', c.edition_id, c.id FROM cohorts c WHERE c.edition_id = $1 ON CONFLICT DO NOTHING`,
      [editionId],
    );
  }

  /** The caller's editions (all of them for organizers) get their rooms before they are listed. */
  private async ensureRoomsFor(caller: Pick<RequestUser, 'id' | 'role'>): Promise<void> {
    const editions: { id: string }[] = await this.dataSource.query(
      `SELECT e.id FROM editions e
        WHERE ($2 = 'organizer' OR ${enrolledIn('$1', 'e.id')} OR ${facilitatesIn('$1', 'e.id')})
          AND (
            NOT EXISTS (SELECT 1 FROM rooms r WHERE r.edition_id = e.id AND r.kind = 'edition')
            OR EXISTS (SELECT 1 FROM programme_items i WHERE i.edition_id = e.id AND NOT EXISTS (SELECT 1 FROM rooms r WHERE r.item_id = i.id))
            OR EXISTS (SELECT 1 FROM cohorts c WHERE c.edition_id = e.id AND NOT EXISTS (SELECT 1 FROM rooms r WHERE r.cohort_id = c.id)))`,
      [caller.id, caller.role],
    );
    for (const edition of editions) await this.ensureEditionRooms(edition.id);
  }
}

interface RoomRow {
  id: string;
  kind: RoomKind;
  title: RoomSummary['title'];
  locked: boolean;
  archived: boolean;
  slow_mode_seconds: number;
  last_revision: number;
  last_message_at: Date | null;
  edition_id: string | null;
  edition_code: string | null;
  edition_title: RoomSummary['title'] | null;
  edition_time_zone: string | null;
  item_kind: NonNullable<RoomSummary['item']>['kind'] | null;
  item_number: number | null;
  item_title: RoomSummary['title'] | null;
  cohort_name: string | null;
  moderator: boolean;
  unread: number;
  unread_mentions: number;
}

function toRoomSummary(row: RoomRow): RoomSummary {
  const edition = row.edition_id
    ? { id: row.edition_id, code: row.edition_code!, title: row.edition_title!, timeZone: row.edition_time_zone! }
    : null;
  const title =
    row.kind === 'edition'
      ? edition!.title
      : row.kind === 'programme_item'
        ? row.item_title!
        : row.kind === 'cohort'
          ? { en: row.cohort_name!, es: row.cohort_name!, fr: row.cohort_name!, pt: row.cohort_name! }
          : row.title;
  return {
    id: row.id,
    kind: row.kind,
    title,
    item: row.item_kind ? { kind: row.item_kind, number: row.item_number! } : null,
    edition,
    locked: row.locked,
    archived: row.archived,
    slowModeSeconds: row.slow_mode_seconds,
    lastRevision: row.last_revision,
    lastActivityAt: row.last_message_at ? new Date(row.last_message_at).toISOString() : null,
    unread: row.unread,
    unreadMentions: row.unread_mentions,
    canModerate: row.moderator,
  };
}
