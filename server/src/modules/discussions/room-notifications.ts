import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { LocalizedText, NotificationKind } from '@sstc/shared';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ROOM_TITLE, ROOM_TITLE_JOINS } from './room-access.service.js';

export interface NewNotifications {
  kind: Extract<NotificationKind, 'mention' | 'reply' | 'announcement' | 'message_hidden'>;
  userIds: string[];
  roomId: string;
  messageId: string | null;
  actorId: string | null;
  excerpt: string;
}

/** What the rooms record in people's notification centre: the room's title and the message's place, for reading it there. */
@Injectable()
export class RoomNotifications {
  constructor(private readonly notifications: NotificationsService) {}

  /** Inside the caller's transaction; answers the new notifications' ids, to publish after commit. */
  async create(manager: EntityManager, notice: NewNotifications): Promise<string[]> {
    if (notice.userIds.length === 0) return [];
    const [room]: { title: LocalizedText; seq: number | null }[] = await manager.query(
      `SELECT ${ROOM_TITLE} AS title, (SELECT m.seq FROM messages m WHERE m.id = $2) AS seq FROM rooms r ${ROOM_TITLE_JOINS} WHERE r.id = $1`,
      [notice.roomId, notice.messageId],
    );
    return this.notifications.record(manager, {
      kind: notice.kind,
      recipientIds: notice.userIds,
      actorId: notice.actorId,
      title: room?.title ?? null,
      excerpt: notice.excerpt,
      link: `/discussions/rooms/${notice.roomId}${notice.messageId ? `#message-${notice.messageId}` : ''}`,
      contextId: notice.roomId,
      subjectId: notice.messageId,
      sequence: room?.seq ?? null,
    });
  }

  publish(ids: string[]): Promise<void> {
    return this.notifications.publish(ids);
  }

  /** Reading a room up to a seq also reads what notified about those messages. */
  markRoomRead(userId: string, roomId: string, seq: number): Promise<void> {
    return this.notifications.markContextRead(userId, roomId, seq);
  }
}
