import { Injectable } from '@nestjs/common';
import type { Language, MessageTranslation, Person, RoomSummary } from '@sstc/shared';
import { RealtimeService } from '../realtime/realtime.service.js';
import { userRoom, type SocketData } from '../realtime/realtime.types.js';
import { differsForModerators, toMessage, type MessageRow } from './messages.repository.js';
import { activityChannel, moderatorChannel, parseChannel, roomChannel, translatedChannel, type Standing } from './room-access.service.js';

/** The shortest time between two frames of changes to one room's readers. */
const FRAME_GAP_MS = 10;

/** One open socket of a person, wherever it is connected. */
export type PersonSocket = { id: string; data: SocketData; rooms: Set<string> };

/** Everything the discussions send to clients, typed, through RealtimeService (so across instances). */
@Injectable()
export class DiscussionsEmitter {
  /** Room-wide changes not sent yet, by room. */
  private readonly waiting = new Map<string, RoomChange[]>();
  /** When each room's last frame of changes left (performance.now()). */
  private readonly lastSent = new Map<string, number>();

  constructor(private readonly realtime: RealtimeService) {}

  /**
   * One room-wide change: moderators get the full view, the other readers what they may see.
   * Changes go out together: at the next turn of the event loop, and at most one frame per room
   * every FRAME_GAP_MS, so that under load a reader gets several messages in one frame (a write
   * per reader per message took two thirds of the server's time at saturation). A change in a
   * quiet room leaves at once.
   */
  changes(roomId: string, revision: number, rows: MessageRow[]): void {
    const waiting = this.waiting.get(roomId);
    if (waiting) return void waiting.push({ revision, rows });
    this.waiting.set(roomId, [{ revision, rows }]);
    const flush = () => {
      const changes = this.waiting.get(roomId) ?? [];
      this.waiting.delete(roomId);
      this.lastSent.set(roomId, performance.now());
      for (const run of consecutiveRuns(changes)) this.send(roomId, run);
    };
    const wait = (this.lastSent.get(roomId) ?? -Infinity) + FRAME_GAP_MS - performance.now();
    if (wait > 0) setTimeout(flush, wait);
    else setImmediate(flush);
  }

  private send(roomId: string, { fromRevision, revision, rows }: { fromRevision: number; revision: number; rows: MessageRow[] }): void {
    const messages = rows.map((row) => toMessage(row, { moderator: false }));
    if (!rows.some(differsForModerators)) {
      this.realtime.toRoom(roomChannel(roomId), 'room:changes', { roomId, fromRevision, revision, messages });
      return;
    }
    this.realtime.toRoomExcept(roomChannel(roomId), moderatorChannel(roomId), 'room:changes', { roomId, fromRevision, revision, messages });
    this.realtime.toRoom(moderatorChannel(roomId), 'room:changes', {
      roomId,
      fromRevision,
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

  /** A translation for every reader of the room who reads it automatically in that language. */
  translated(roomId: string, language: Language, payload: { translations: MessageTranslation[]; unavailable: string[] }): void {
    this.realtime.toRoom(translatedChannel(roomId, language), 'message:translated', { roomId, ...payload });
  }

  /** Whether anyone, on any instance, reads the room with automatic translation into `language`. */
  async readsTranslated(roomId: string, language: Language): Promise<boolean> {
    const sockets = await this.realtime.socketsIn(translatedChannel(roomId, language)).catch(() => []);
    return sockets.length > 0;
  }

  /** The open sockets of these people, on every instance, by person. */
  async socketsOf(userIds: string[]): Promise<Map<string, PersonSocket[]>> {
    const sockets = userIds.length ? await this.realtime.socketsIn(userIds.map(userRoom)) : [];
    const byPerson = new Map<string, PersonSocket[]>();
    for (const socket of sockets) byPerson.set(socket.data.user.id, [...(byPerson.get(socket.data.user.id) ?? []), socket]);
    return byPerson;
  }

  /**
   * Brings a person's open sockets in line with their standing, on whichever instance each one is:
   * out of every channel of a room they no longer belong to, out of the moderators' channel of a
   * room they no longer moderate, into it for an open room they now moderate, and (when the socket
   * watches the room list) into the activity channel of every room they belong to. The same
   * channels as joining would give (see DiscussionsGateway), so nothing needs a reconnect.
   */
  follow(userId: string, sockets: PersonSocket[], standing: Standing): void {
    const lost = new Set<string>();
    for (const socket of sockets) {
      const leave: string[] = [];
      const join: string[] = [];
      for (const channel of socket.rooms) {
        const parsed = parseChannel(channel);
        if (!parsed) continue;
        const now = standing.get(parsed.roomId);
        if (!now) lost.add(parsed.roomId);
        if (!now || (parsed.kind === 'moderators' && !now.moderator)) leave.push(channel);
        if (now?.moderator && parsed.kind === 'room' && !socket.rooms.has(moderatorChannel(parsed.roomId)))
          join.push(moderatorChannel(parsed.roomId));
      }
      if (socket.data.watching)
        for (const roomId of standing.keys()) if (!socket.rooms.has(activityChannel(roomId))) join.push(activityChannel(roomId));
      this.realtime.leave(socket.id, leave);
      this.realtime.join(socket.id, join);
    }
    // Told after the channels changed: a client that hears it receives nothing more from those rooms.
    for (const roomId of lost) this.realtime.toRoom(userRoom(userId), 'room:removed', { roomId });
    this.realtime.toRoom(userRoom(userId), 'rooms:changed');
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

interface RoomChange {
  revision: number;
  rows: MessageRow[];
}

/**
 * Changes in revision order, cut where a revision is missing: a reader takes a run as a whole only
 * when it follows what they hold, and otherwise asks the room again (the missing change may come
 * from another instance, or never).
 */
export function consecutiveRuns(changes: RoomChange[]): { fromRevision: number; revision: number; rows: MessageRow[] }[] {
  const runs: { fromRevision: number; revision: number; rows: MessageRow[] }[] = [];
  for (const { revision, rows } of [...changes].sort((a, b) => a.revision - b.revision)) {
    const last = runs.at(-1);
    if (last && revision <= last.revision + 1) {
      last.revision = Math.max(last.revision, revision);
      last.rows.push(...rows);
    } else runs.push({ fromRevision: revision, revision, rows: [...rows] });
  }
  return runs;
}
