import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { STALE_REPORT_HOURS, UNANSWERED_AFTER_HOURS, type LocalizedText } from '@sstc/shared';
import type { RequestUser } from '../../common/http/request-user.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import { userRoom } from '../realtime/realtime.types.js';
import { moderator, ROOM_TITLE, ROOM_TITLE_JOINS } from './room-access.service.js';

type Caller = Pick<RequestUser, 'id' | 'role'>;

/** What waits for a room's moderators, for their home: reports to settle and questions nobody answered. */
export interface ModerationQueue {
  openReports: number;
  /** Open for more than STALE_REPORT_HOURS. */
  staleReports: number;
  unanswered: number;
  /** The room of the oldest unanswered question, where the home links to. */
  oldestUnanswered: { roomId: string; title: LocalizedText } | null;
}

/**
 * Counts for the homes of facilitators and organizers, over the rooms they moderate. A question is a
 * participant's message that opens a thread (not a reply, not an announcement) which nobody answered
 * within UNANSWERED_AFTER_HOURS; older than a month it is no longer news.
 */
@Injectable()
export class ModerationQueueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly realtime: RealtimeService,
  ) {}

  async of(caller: Caller): Promise<ModerationQueue> {
    const [[reports], unanswered] = await Promise.all([
      this.dataSource.query(
        `SELECT count(*)::int AS open, count(*) FILTER (WHERE rp.created_at < now() - make_interval(hours => $3))::int AS stale
           FROM message_reports rp JOIN rooms r ON r.id = rp.room_id
          WHERE rp.status = 'open' AND ${moderator('$1', '$2')}`,
        [caller.id, caller.role, STALE_REPORT_HOURS],
      ) as Promise<{ open: number; stale: number }[]>,
      this.dataSource.query(
        `SELECT m.room_id, ${ROOM_TITLE} AS title, count(*) OVER ()::int AS total
           FROM messages m JOIN rooms r ON r.id = m.room_id ${ROOM_TITLE_JOINS} JOIN users a ON a.id = m.author_id
          WHERE m.parent_id IS NULL AND m.kind = 'message' AND m.reply_count = 0 AND a.role = 'participant'
            AND m.deleted_at IS NULL AND m.hidden_at IS NULL
            AND m.created_at < now() - make_interval(hours => $3) AND m.created_at > now() - interval '30 days'
            AND ${moderator('$1', '$2')}
          ORDER BY m.created_at LIMIT 1`,
        [caller.id, caller.role, UNANSWERED_AFTER_HOURS],
      ) as Promise<{ room_id: string; title: LocalizedText; total: number }[]>,
    ]);
    const oldest = unanswered[0];
    return {
      openReports: reports!.open,
      staleReports: reports!.stale,
      unanswered: oldest?.total ?? 0,
      oldestUnanswered: oldest ? { roomId: oldest.room_id, title: oldest.title } : null,
    };
  }

  /** A report was filed in the room: the homes of its moderators count it at once, on every instance. */
  async tellModerators(roomId: string): Promise<void> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT u.id FROM rooms r JOIN users u ON u.role IN ('facilitator', 'organizer') OR EXISTS (SELECT 1 FROM room_members rm WHERE rm.room_id = r.id AND rm.user_id = u.id)
        WHERE r.id = $1 AND ${moderator('u.id', 'u.role')}`,
      [roomId],
    );
    for (const { id } of rows) this.realtime.toRoom(userRoom(id), 'home:changed');
  }
}
