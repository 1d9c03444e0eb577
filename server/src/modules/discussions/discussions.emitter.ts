import { Injectable } from '@nestjs/common';
import type { Notification, Person, RoomSummary } from '@sstc/shared';
import { RealtimeService } from '../realtime/realtime.service.js';
import { userRoom } from '../realtime/realtime.types.js';
import { differsForModerators, toMessage, type MessageRow } from './messages.repository.js';
import { activityChannel, moderatorChannel, roomChannel } from './room-access.service.js';

/** Everything the discussions send to clients, typed, through RealtimeService (so across instances). */
@Injectable()
export class DiscussionsEmitter {
  constructor(private readonly realtime: RealtimeService) {}

  /** One room-wide change: moderators get the full view, the other readers what they may see. */
  changes(roomId: string, revision: number, rows: MessageRow[]): void {
    const messages = rows.map((row) => toMessage(row, { moderator: false }));
    if (!rows.some(differsForModerators)) {
      this.realtime.toRoom(roomChannel(roomId), 'room:changes', { roomId, revision, messages });
      return;
    }
    this.realtime.toRoomExcept(roomChannel(roomId), moderatorChannel(roomId), 'room:changes', { roomId, revision, messages });
    this.realtime.toRoom(moderatorChannel(roomId), 'room:changes', {
      roomId,
      revision,
      messages: rows.map((row) => toMessage(row, { moderator: true })),
    });
  }

  /** For members who watch the room list but do not have the room open. */
  activity(row: MessageRow): void {
    const payload = {
      roomId: row.room_id,
      seq: row.seq,
      at: new Date(row.created_at).toISOString(),
      authorId: row.author_id,
      mentions: row.mentions,
    };
    this.realtime.toRoomExcept(activityChannel(row.room_id), roomChannel(row.room_id), 'room:activity', payload);
  }

  roomUpdated(room: Pick<RoomSummary, 'id' | 'locked' | 'archived' | 'slowModeSeconds'>): void {
    this.realtime.toRoom(roomChannel(room.id), 'room:updated', { room });
  }

  presence(roomId: string, person: Person, online: boolean): void {
    this.realtime.toRoom(roomChannel(roomId), 'room:presence', { roomId, person, online });
  }

  typing(roomId: string, person: Person, socketId: string): void {
    this.realtime.toRoomExcept(roomChannel(roomId), socketId, 'room:typing', { roomId, person });
  }

  notification(userId: string, notification: Notification): void {
    this.realtime.toRoom(userRoom(userId), 'notification:new', notification);
  }

  /** Takes every socket of a person out of rooms they no longer belong to, on every instance. */
  removed(userId: string, roomIds: string[]): void {
    this.realtime.leave(
      userRoom(userId),
      roomIds.flatMap((id) => [roomChannel(id), moderatorChannel(id), activityChannel(id)]),
    );
    for (const roomId of roomIds) this.realtime.toRoom(userRoom(userId), 'room:removed', { roomId });
  }

  /** Who is in a room now, on every instance: one entry per person. */
  async present(roomId: string): Promise<Person[]> {
    // Presence is a courtesy: an instance that does not answer in time must not keep anyone out.
    const sockets = await this.realtime.socketsIn(roomChannel(roomId)).catch(() => []);
    const people = new Map<string, Person>();
    for (const { data } of sockets) people.set(data.user.id, { id: data.user.id, name: data.user.name, role: data.user.role });
    return [...people.values()];
  }

  /** Whether a person still has a socket in the room (another tab), leaving out one socket. */
  async stillPresent(roomId: string, userId: string, exceptSocketId: string): Promise<boolean> {
    const sockets = await this.realtime.socketsIn(userRoom(userId));
    return sockets.some((socket) => socket.id !== exceptSocketId && socket.rooms.has(roomChannel(roomId)));
  }

  async online(userId: string): Promise<boolean> {
    return (await this.realtime.socketsIn(userRoom(userId))).length > 0;
  }
}
