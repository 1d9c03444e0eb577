import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Language, Message as MessageDto, MessageKind, Role } from '@sstc/shared';
import { pool } from './room-access.service.js';

/** A message as read from the database, with what every view of it needs. */
export interface MessageRow {
  id: string;
  room_id: string;
  seq: number;
  revision: number;
  client_id: string;
  kind: MessageKind;
  author_id: string;
  author_name: string;
  author_role: Role;
  language: Language;
  body: string;
  parent_id: string | null;
  reply_count: number;
  mentions: string[];
  created_at: Date;
  edited_at: Date | null;
  deleted_at: Date | null;
  pinned_at: Date | null;
  hidden_at: Date | null;
  hidden_reason: string | null;
  hidden_by: string | null;
  hidden_by_name: string | null;
  hidden_by_role: Role | null;
  reactions: { emoji: string; userIds: string[] }[];
  open_reports: number;
  versions: { language: Language; body: string; machineDraft: boolean }[];
}

const SELECT = `
  SELECT m.id, m.room_id, m.seq, m.revision, m.client_id, m.kind, m.author_id, a.name AS author_name, a.role AS author_role,
         m.language, m.body, m.parent_id, m.reply_count, m.mentions, m.created_at, m.edited_at, m.deleted_at, m.pinned_at,
         m.hidden_at, m.hidden_reason, m.hidden_by, hb.name AS hidden_by_name, hb.role AS hidden_by_role,
         COALESCE((SELECT json_agg(json_build_object('emoji', x.emoji, 'userIds', x.user_ids) ORDER BY x.first)
                     FROM (SELECT emoji, array_agg(user_id ORDER BY created_at) AS user_ids, min(created_at) AS first
                             FROM message_reactions WHERE message_id = m.id GROUP BY emoji) x), '[]') AS reactions,
         (SELECT count(*)::int FROM message_reports rp WHERE rp.message_id = m.id AND rp.status = 'open') AS open_reports,
         CASE WHEN m.kind = 'announcement' THEN
           COALESCE((SELECT json_agg(json_build_object('language', v.language, 'body', v.body, 'machineDraft', v.machine_draft) ORDER BY v.language)
                       FROM message_versions v WHERE v.message_id = m.id), '[]') ELSE '[]' END AS versions
    FROM messages m
    JOIN users a ON a.id = m.author_id
    LEFT JOIN users hb ON hb.id = m.hidden_by`;

const INSERT_SQL = `WITH bump AS (UPDATE rooms SET last_revision = last_revision + 1, last_message_at = now() WHERE id = $1 RETURNING last_revision)
  INSERT INTO messages (room_id, seq, revision, client_id, author_id, kind, language, body, parent_id, mentions, pinned_at)
  SELECT $1, bump.last_revision, bump.last_revision, $2, $3, $4, $5, $6, $7, $8::uuid[], CASE WHEN $9::boolean THEN now() END FROM bump
  ON CONFLICT (author_id, client_id) DO NOTHING
  RETURNING id, revision, created_at`;

type NewMessage = {
  roomId: string;
  clientId: string;
  authorId: string;
  kind: MessageKind;
  language: Language;
  body: string;
  parentId: string | null;
  mentions: string[];
  pinned: boolean;
};

function insertValues(m: NewMessage): unknown[] {
  return [m.roomId, m.clientId, m.authorId, m.kind, m.language, m.body, m.parentId, m.mentions, m.pinned];
}

type NewVersion = { language: Language; body: string; machineDraft: boolean };

/** An announcement's versions as stored: none in the language it was written in (that is the original). */
export function versionsOf(language: Language, versions: NewVersion[] | undefined): NewVersion[] {
  return (versions ?? []).filter((v) => v.language !== language).sort((a, b) => a.language.localeCompare(b.language));
}

/** How much of a message a reader may see. */
export interface Viewer {
  moderator: boolean;
}

/** Moderators see everything; others see no hidden or deleted text and no report counts. */
export function toMessage(row: MessageRow, viewer: Viewer): MessageDto {
  const concealed = (row.hidden_at !== null || row.deleted_at !== null) && !viewer.moderator;
  return {
    id: row.id,
    roomId: row.room_id,
    seq: row.seq,
    revision: row.revision,
    clientId: row.client_id,
    kind: row.kind,
    author: { id: row.author_id, name: row.author_name, role: row.author_role },
    language: row.language,
    body: concealed ? null : row.body,
    parentId: row.parent_id,
    replyCount: row.reply_count,
    mentions: concealed ? [] : row.mentions,
    reactions: concealed ? [] : row.reactions.map((r) => ({ emoji: r.emoji, count: r.userIds.length, userIds: r.userIds })),
    createdAt: iso(row.created_at)!,
    editedAt: iso(row.edited_at),
    deletedAt: iso(row.deleted_at),
    pinnedAt: iso(row.pinned_at),
    hidden: row.hidden_at
      ? {
          at: iso(row.hidden_at)!,
          reason: viewer.moderator ? row.hidden_reason : null,
          by: viewer.moderator && row.hidden_by ? { id: row.hidden_by, name: row.hidden_by_name!, role: row.hidden_by_role! } : null,
        }
      : null,
    openReports: viewer.moderator ? row.open_reports : 0,
    ...(row.kind === 'announcement' ? { versions: concealed ? [] : row.versions } : {}),
  };
}

/** Whether moderators must be sent a different view than the other members. */
export function differsForModerators(row: MessageRow): boolean {
  return row.hidden_at !== null || row.deleted_at !== null || row.open_reports > 0;
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/** The discussions' SQL for messages: reads with everything a view needs, and the room's change counter. */
@Injectable()
export class MessagesRepository {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  async byIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<MessageRow[]> {
    if (ids.length === 0) return [];
    return manager.query(`${SELECT} WHERE m.id = ANY($1::uuid[]) ORDER BY m.seq`, [ids]);
  }

  /** Just what translating needs, without the reactions and reports a view joins. */
  async forTranslation(ids: string[]): Promise<Pick<MessageRow, 'id' | 'room_id' | 'revision' | 'language' | 'body' | 'deleted_at' | 'hidden_at'>[]> {
    return this.dataSource.query(`SELECT id, room_id, revision, language, body, deleted_at, hidden_at FROM messages WHERE id = ANY($1::uuid[])`, [
      ids,
    ]);
  }

  /**
   * Whether the message still shows this text to its readers (not hidden, deleted or edited since),
   * with its row locked until the caller's transaction ends: hiding, deleting or editing it waits.
   */
  async stillShows(manager: EntityManager, id: string, body: string): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM messages WHERE id = $1 AND body = $2 AND hidden_at IS NULL AND deleted_at IS NULL FOR SHARE`, [
      id,
      body,
    ]);
    return rows.length > 0;
  }

  async byId(id: string, manager?: EntityManager): Promise<MessageRow | undefined> {
    return (await this.byIds([id], manager))[0];
  }

  async byClientId(authorId: string, clientId: string): Promise<MessageRow | undefined> {
    const [row] = await this.dataSource.query(`${SELECT} WHERE m.author_id = $1 AND m.client_id = $2`, [authorId, clientId]);
    return row;
  }

  /**
   * Top-level messages before a seq, newest first. Others than moderators get hidden ones as a
   * placeholder without text (toMessage), and no deleted ones without replies.
   */
  async page(roomId: string, before: number | undefined, limit: number, viewer: Viewer): Promise<MessageRow[]> {
    const visible = viewer.moderator ? '' : 'AND (m.deleted_at IS NULL OR m.reply_count > 0)';
    return this.dataSource.query(
      `${SELECT} WHERE m.room_id = $1 AND m.parent_id IS NULL AND ($2::int IS NULL OR m.seq < $2) ${visible} ORDER BY m.seq DESC LIMIT $3`,
      [roomId, before ?? null, limit],
    );
  }

  async thread(rootId: string, viewer: Viewer): Promise<MessageRow[]> {
    const visible = viewer.moderator ? '' : 'AND m.hidden_at IS NULL AND m.deleted_at IS NULL';
    return this.dataSource.query(`${SELECT} WHERE m.parent_id = $1 ${visible} ORDER BY m.seq LIMIT 500`, [rootId]);
  }

  async pinned(roomId: string, viewer: Viewer): Promise<MessageRow[]> {
    const visible = viewer.moderator ? '' : 'AND m.hidden_at IS NULL AND m.deleted_at IS NULL';
    return this.dataSource.query(`${SELECT} WHERE m.room_id = $1 AND m.pinned_at IS NOT NULL ${visible} ORDER BY m.pinned_at DESC LIMIT 20`, [
      roomId,
    ]);
  }

  /** Every message changed after a revision, up to a window of revisions (all rows of one revision stay together). */
  async changedBetween(roomId: string, after: number, upTo: number): Promise<MessageRow[]> {
    return this.dataSource.query(`${SELECT} WHERE m.room_id = $1 AND m.revision > $2 AND m.revision <= $3 ORDER BY m.revision, m.seq`, [
      roomId,
      after,
      upTo,
    ]);
  }

  /** Takes the room's next change number; the row lock orders concurrent writers of the room. */
  async nextRevision(manager: EntityManager, roomId: string, newMessage = false): Promise<number> {
    const [[row]] = await manager.query(
      `UPDATE rooms SET last_revision = last_revision + 1 ${newMessage ? ', last_message_at = now()' : ''} WHERE id = $1 RETURNING last_revision`,
      [roomId],
    );
    return row.last_revision;
  }

  /**
   * Stores a new message under the room's next change number, or nothing when the author already
   * sent this clientId (then undefined; the caller rolls back so the counter is not spent).
   */
  async insert(manager: EntityManager, message: NewMessage): Promise<{ id: string; revision: number; createdAt: Date } | undefined> {
    const [row] = await manager.query(INSERT_SQL, insertValues(message));
    return row ? { id: row.id, revision: row.revision, createdAt: row.created_at } : undefined;
  }

  /** A new announcement's versions in other languages, with it. */
  async insertVersions(manager: EntityManager, messageId: string, language: Language, versions: NewVersion[] | undefined): Promise<void> {
    const rows = versionsOf(language, versions);
    if (!rows.length) return;
    await manager.query(
      `INSERT INTO message_versions (message_id, language, body, machine_draft)
       SELECT $1, * FROM unnest($2::varchar[], $3::text[], $4::boolean[])`,
      [messageId, rows.map((v) => v.language), rows.map((v) => v.body), rows.map((v) => v.machineDraft)],
    );
  }

  /**
   * The common send (no thread, no mention): one prepared statement, committed on its own. A
   * clientId stored at the same moment by a twin request answers undefined and leaves one unused
   * revision (clients then catch up and find nothing missing).
   */
  async insertAlone(message: Parameters<MessagesRepository['insert']>[1]): Promise<{ id: string; revision: number; createdAt: Date } | undefined> {
    const { rows } = await pool(this.dataSource).query({ name: 'discussions_insert_message', text: INSERT_SQL, values: insertValues(message) });
    const row = rows[0];
    return row ? { id: row.id, revision: row.revision, createdAt: row.created_at } : undefined;
  }
}
