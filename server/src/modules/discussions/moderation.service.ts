import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  MessageEdit,
  ModerateRequest,
  ModerationAction,
  ModerationActionKind,
  ModerationLogQuery,
  Page,
  Report,
  ReportListQuery,
  ReportMessageRequest,
  ResolveReportRequest,
} from '@sstc/shared';
import { ApiException, forbidden, notFound } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { DiscussionsEmitter } from './discussions.emitter.js';
import { MessagesRepository, toMessage } from './messages.repository.js';
import { MessagesService } from './messages.service.js';
import { ModerationQueueService } from './moderation-queue.service.js';
import { RoomNotifications } from './room-notifications.js';
import { moderator, ROOM_TITLE, ROOM_TITLE_JOINS, RoomAccessService } from './room-access.service.js';

/** Distinct members' reports that hide a message until a moderator looks at it. */
export const REPORTS_TO_HIDE = 3;

type Caller = Pick<RequestUser, 'id' | 'name' | 'role' | 'language'>;
type Log = {
  roomId: string;
  actorId: string | null;
  action: ModerationActionKind;
  messageId?: string | null;
  userId?: string | null;
  reason?: string | null;
  details?: ModerationAction['details'];
};

/** What moderators do in a room, each action logged with who, when and why; and members' reports. */
@Injectable()
export class ModerationService {
  constructor(
    private readonly messages: MessagesRepository,
    private readonly messagesService: MessagesService,
    private readonly access: RoomAccessService,
    private readonly emitter: DiscussionsEmitter,
    private readonly notifications: RoomNotifications,
    private readonly queue: ModerationQueueService,
  ) {}

  async moderate(caller: Caller, request: ModerateRequest): Promise<void> {
    switch (request.action) {
      case 'hide':
      case 'restore':
      case 'delete':
      case 'pin':
      case 'unpin':
        return this.onMessage(caller, request);
      case 'lock':
      case 'unlock':
      case 'slow_mode':
        return this.onRoom(caller, request);
      case 'mute':
      case 'unmute':
        return this.onMember(caller, request);
    }
  }

  async report(caller: Caller, request: Required<ReportMessageRequest>): Promise<void> {
    const { row, access } = await this.messagesService.visibleMessage(caller, request.messageId);
    if (row.author_id === caller.id) throw forbidden();
    if (row.deleted_at) throw new ApiException('message_unavailable');
    await this.messagesService.commitChange(access.id, async (manager) => {
      const inserted = await manager.query(
        `INSERT INTO message_reports (message_id, room_id, reporter_id, reason, note) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING id`,
        [row.id, access.id, caller.id, request.reason, request.note],
      );
      if (inserted.length === 0) throw new ApiException('already_reported');
      const [{ open }] = await manager.query(`SELECT count(*)::int AS open FROM message_reports WHERE message_id = $1 AND status = 'open'`, [row.id]);
      if (open >= REPORTS_TO_HIDE && !row.hidden_at) {
        await manager.query(`UPDATE messages SET hidden_at = now(), hidden_reason = 'reported_by_members', hidden_by = NULL WHERE id = $1`, [row.id]);
        await this.writeLog(manager, {
          roomId: access.id,
          actorId: null,
          action: 'hide',
          messageId: row.id,
          userId: row.author_id,
          reason: 'reported_by_members',
          details: { reports: open },
        });
      }
      return { changed: [row.id] };
    });
    // Hidden by members' reports: its translations go too.
    const [hidden] = await this.messages.byIds([row.id]);
    if (hidden?.hidden_at) await this.messagesService.forgetTranslations(row.body);
    await this.queue.tellModerators(access.id);
  }

  /** Open (or past) reports in the rooms the caller moderates, oldest first. */
  async reports(caller: Caller, query: ReportListQuery): Promise<Page<Report>> {
    const where = `rp.status = $3 AND ${moderator('$1', '$2')}`;
    const params = [caller.id, caller.role, query.status];
    const [rows, [{ total }]] = await Promise.all([
      this.messages.dataSource.query(
        `SELECT rp.id, rp.message_id, rp.room_id, ${ROOM_TITLE} AS room_title, rp.reason, rp.note, rp.status, rp.created_at, rp.resolved_at,
                u.id AS reporter_id, u.name AS reporter_name, u.role AS reporter_role, rb.id AS resolver_id, rb.name AS resolver_name, rb.role AS resolver_role
           FROM message_reports rp JOIN rooms r ON r.id = rp.room_id ${ROOM_TITLE_JOINS}
           JOIN users u ON u.id = rp.reporter_id LEFT JOIN users rb ON rb.id = rp.resolved_by
          WHERE ${where} ORDER BY rp.created_at LIMIT $4 OFFSET $5`,
        [...params, query.pageSize, (query.page - 1) * query.pageSize],
      ),
      this.messages.dataSource.query(
        `SELECT count(*)::int AS total FROM message_reports rp JOIN rooms r ON r.id = rp.room_id WHERE ${where}`,
        params,
      ),
    ]);
    const messages = new Map((await this.messages.byIds(rows.map((r: { message_id: string }) => r.message_id))).map((m) => [m.id, m]));
    const items: Report[] = rows.map((r: ReportRow) => ({
      id: r.id,
      room: { id: r.room_id, title: r.room_title },
      message: toMessage(messages.get(r.message_id)!, { moderator: true }),
      reporter: { id: r.reporter_id, name: r.reporter_name, role: r.reporter_role },
      reason: r.reason,
      note: r.note,
      status: r.status,
      createdAt: new Date(r.created_at).toISOString(),
      resolvedBy: r.resolver_id ? { id: r.resolver_id, name: r.resolver_name!, role: r.resolver_role! } : null,
      resolvedAt: r.resolved_at ? new Date(r.resolved_at).toISOString() : null,
    }));
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  /** Settles every open report of the report's message at once: dismissed, or the message hidden or deleted. */
  async resolveReport(caller: Caller, reportId: string, request: ResolveReportRequest): Promise<void> {
    const [report] = await this.messages.dataSource.query(`SELECT message_id, room_id, status FROM message_reports WHERE id = $1`, [reportId]);
    if (!report) throw notFound();
    await this.access.requireModerator(caller, report.room_id);
    if (report.status !== 'open') return;
    if (request.action === 'dismiss') {
      await this.messagesService.commitChange(report.room_id, async (manager) => {
        await this.settleReports(manager, caller, report.message_id, 'dismissed');
        const row = (await this.messages.byId(report.message_id, manager))!;
        // A message hidden by reports alone comes back when a moderator finds nothing wrong.
        if (row.hidden_at && !row.hidden_by)
          await manager.query(`UPDATE messages SET hidden_at = NULL, hidden_reason = NULL WHERE id = $1`, [row.id]);
        await this.writeLog(manager, {
          roomId: report.room_id,
          actorId: caller.id,
          action: 'dismiss_report',
          messageId: row.id,
          userId: row.author_id,
          reason: request.reason,
        });
        return { changed: [row.id] };
      });
      return;
    }
    await this.onMessage(caller, { action: request.action, messageId: report.message_id, reason: request.reason });
  }

  /** The room's moderation log, newest first. */
  async log(caller: Caller, roomId: string, query: ModerationLogQuery): Promise<Page<ModerationAction>> {
    await this.access.requireModerator(caller, roomId);
    const { page, pageSize } = query;
    const [rows, [{ total }]] = await Promise.all([
      this.messages.dataSource.query(
        `SELECT a.*, ac.name AS actor_name, ac.role AS actor_role, t.name AS target_name, t.role AS target_role
           FROM moderation_actions a LEFT JOIN users ac ON ac.id = a.actor_id LEFT JOIN users t ON t.id = a.target_user_id
          WHERE a.room_id = $1 ORDER BY a.created_at DESC LIMIT $2 OFFSET $3`,
        [roomId, pageSize, (page - 1) * pageSize],
      ),
      this.messages.dataSource.query(`SELECT count(*)::int AS total FROM moderation_actions WHERE room_id = $1`, [roomId]),
    ]);
    return { items: rows.map(toModerationAction), total, page, pageSize };
  }

  /** A message's earlier texts, for the room's moderators. */
  async edits(caller: Caller, messageId: string): Promise<MessageEdit[]> {
    const { row, access } = await this.messagesService.visibleMessage(caller, messageId);
    if (!access.moderator) throw forbidden();
    const rows: { body: string; written_at: Date }[] = await this.messages.dataSource.query(
      `SELECT body, written_at FROM message_edits WHERE message_id = $1 ORDER BY edited_at`,
      [row.id],
    );
    return rows.map((r) => ({ body: r.body, editedAt: new Date(r.written_at).toISOString() }));
  }

  private async onMessage(caller: Caller, request: Extract<ModerateRequest, { messageId: string }>): Promise<void> {
    const { row, access } = await this.messagesService.visibleMessage(caller, request.messageId);
    if (!access.moderator) throw forbidden();
    const reason = 'reason' in request ? (request.reason ?? null) : null;
    await this.messagesService.commitChange(access.id, async (manager) => {
      const entry: Log = { roomId: access.id, actorId: caller.id, action: request.action, messageId: row.id, userId: row.author_id, reason };
      let notifications: string[] = [];
      switch (request.action) {
        case 'hide':
          if (row.hidden_at && row.hidden_by) return null;
          await manager.query(`UPDATE messages SET hidden_at = now(), hidden_reason = $2, hidden_by = $3, pinned_at = NULL WHERE id = $1`, [
            row.id,
            reason,
            caller.id,
          ]);
          await this.settleReports(manager, caller, row.id, 'resolved');
          notifications = await this.notifications.create(manager, {
            kind: 'message_hidden',
            userIds: [row.author_id],
            roomId: access.id,
            messageId: row.id,
            actorId: caller.id,
            excerpt: reason ?? '',
          });
          break;
        case 'restore':
          if (!row.hidden_at) return null;
          await manager.query(`UPDATE messages SET hidden_at = NULL, hidden_reason = NULL, hidden_by = NULL WHERE id = $1`, [row.id]);
          await this.settleReports(manager, caller, row.id, 'dismissed');
          break;
        case 'delete':
          if (row.deleted_at) return null;
          await manager.query(`UPDATE messages SET deleted_at = now(), deleted_by = $2, pinned_at = NULL WHERE id = $1`, [row.id, caller.id]);
          await this.settleReports(manager, caller, row.id, 'resolved');
          break;
        case 'pin':
        case 'unpin':
          if ((row.pinned_at !== null) === (request.action === 'pin') || row.hidden_at || row.deleted_at) return null;
          await manager.query(`UPDATE messages SET pinned_at = ${request.action === 'pin' ? 'now()' : 'NULL'} WHERE id = $1`, [row.id]);
          break;
      }
      await this.writeLog(manager, entry);
      return { changed: [row.id], notifications };
    });
    if (request.action === 'hide' || request.action === 'delete') await this.messagesService.forgetTranslations(row.body);
  }

  private async onRoom(caller: Caller, request: Extract<ModerateRequest, { action: 'lock' | 'unlock' | 'slow_mode' }>): Promise<void> {
    const access = await this.access.requireModerator(caller, request.roomId);
    await this.messages.dataSource.transaction(async (manager) => {
      if (request.action === 'slow_mode') await manager.query(`UPDATE rooms SET slow_mode_seconds = $2 WHERE id = $1`, [access.id, request.seconds]);
      else await manager.query(`UPDATE rooms SET locked_at = ${request.action === 'lock' ? 'now()' : 'NULL'} WHERE id = $1`, [access.id]);
      const reason = request.action === 'lock' ? (request.reason ?? null) : null;
      await this.writeLog(manager, {
        roomId: access.id,
        actorId: caller.id,
        action: request.action,
        reason,
        details: request.action === 'slow_mode' ? { seconds: request.seconds } : {},
      });
    });
    const locked = request.action === 'lock' ? true : request.action === 'unlock' ? false : access.locked;
    const slowModeSeconds = request.action === 'slow_mode' ? request.seconds : access.slowModeSeconds;
    this.emitter.roomUpdated({ id: access.id, locked, archived: access.archived, slowModeSeconds });
  }

  private async onMember(caller: Caller, request: Extract<ModerateRequest, { action: 'mute' | 'unmute' }>): Promise<void> {
    const access = await this.access.requireModerator(caller, request.roomId);
    const role = await this.roleOf(request.userId);
    if (!role) throw notFound();
    const target = await this.access.require({ id: request.userId, role }, access.id).catch(() => {
      throw notFound();
    });
    if (target.moderator) throw forbidden();
    await this.messages.dataSource.transaction(async (manager) => {
      const until = request.action === 'mute' ? `now() + make_interval(mins => ${request.minutes})` : 'NULL';
      await manager.query(
        `INSERT INTO room_members (room_id, user_id, muted_until) VALUES ($1, $2, ${until})
         ON CONFLICT (room_id, user_id) DO UPDATE SET muted_until = EXCLUDED.muted_until`,
        [access.id, request.userId],
      );
      await this.writeLog(manager, {
        roomId: access.id,
        actorId: caller.id,
        action: request.action,
        userId: request.userId,
        reason: request.action === 'mute' ? request.reason : null,
        details: request.action === 'mute' ? { minutes: request.minutes } : {},
      });
    });
  }

  private async writeLog(manager: EntityManager, entry: Log): Promise<void> {
    await manager.query(
      `INSERT INTO moderation_actions (room_id, actor_id, action, target_message_id, target_user_id, reason, details) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [entry.roomId, entry.actorId, entry.action, entry.messageId ?? null, entry.userId ?? null, entry.reason ?? null, entry.details ?? {}],
    );
  }

  private async settleReports(manager: EntityManager, caller: Caller, messageId: string, status: 'resolved' | 'dismissed'): Promise<void> {
    await manager.query(`UPDATE message_reports SET status = $2, resolved_by = $3, resolved_at = now() WHERE message_id = $1 AND status = 'open'`, [
      messageId,
      status,
      caller.id,
    ]);
  }

  private async roleOf(userId: string): Promise<RequestUser['role'] | undefined> {
    const [row] = await this.messages.dataSource.query(`SELECT role FROM users WHERE id = $1`, [userId]);
    return row?.role;
  }
}

interface ReportRow {
  id: string;
  message_id: string;
  room_id: string;
  room_title: Report['room']['title'];
  reason: Report['reason'];
  note: string;
  status: Report['status'];
  created_at: Date;
  resolved_at: Date | null;
  reporter_id: string;
  reporter_name: string;
  reporter_role: Report['reporter']['role'];
  resolver_id: string | null;
  resolver_name: string | null;
  resolver_role: Report['reporter']['role'] | null;
}

function toModerationAction(row: {
  id: string;
  room_id: string;
  action: ModerationActionKind;
  actor_id: string | null;
  actor_name: string | null;
  actor_role: Report['reporter']['role'] | null;
  target_message_id: string | null;
  target_user_id: string | null;
  target_name: string | null;
  target_role: Report['reporter']['role'] | null;
  reason: string | null;
  details: ModerationAction['details'];
  created_at: Date;
}): ModerationAction {
  return {
    id: row.id,
    roomId: row.room_id,
    action: row.action,
    actor: row.actor_id ? { id: row.actor_id, name: row.actor_name!, role: row.actor_role! } : null,
    targetMessageId: row.target_message_id,
    targetUser: row.target_user_id ? { id: row.target_user_id, name: row.target_name!, role: row.target_role! } : null,
    reason: row.reason,
    details: row.details,
    createdAt: new Date(row.created_at).toISOString(),
  };
}
