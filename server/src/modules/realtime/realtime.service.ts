import { Injectable } from '@nestjs/common';
import type { ServerToClientEvents } from '@sstc/shared';
import type { SessionsEnded } from '../auth/sessions.service.js';
import { sessionRoom, userRoom, type RealtimeServer, type SocketData } from './realtime.types.js';

/** The only way the server emits: typed by ServerToClientEvents, across instances via the adapter. */
@Injectable()
export class RealtimeService {
  private server?: RealtimeServer;

  attach(server: RealtimeServer): void {
    this.server = server;
  }

  toRoom<E extends keyof ServerToClientEvents>(room: string, event: E, ...args: Parameters<ServerToClientEvents[E]>): void {
    this.server?.to(room).emit(event, ...args);
  }

  /** Like toRoom, but not to the sockets in `except` (a room, or a socket's id). */
  toRoomExcept<E extends keyof ServerToClientEvents>(
    room: string,
    except: string | string[],
    event: E,
    ...args: Parameters<ServerToClientEvents[E]>
  ): void {
    this.server
      ?.to(room)
      .except(except)
      .emit(event, ...args);
  }

  /** Makes every socket in `target` (a user's or a session's room, or one socket's id) join `rooms`, on every instance. */
  join(target: string, rooms: string[]): void {
    if (rooms.length) this.server?.in(target).socketsJoin(rooms);
  }

  leave(target: string, rooms: string[]): void {
    if (rooms.length) this.server?.in(target).socketsLeave(rooms);
  }

  /** The sockets in a room (or in any of several), on every instance (through the adapter). */
  async socketsIn(room: string | string[]): Promise<{ id: string; data: SocketData; rooms: Set<string> }[]> {
    if (!this.server) return [];
    return this.server.in(room).fetchSockets();
  }

  /** Closes the sockets of ended sessions, on every instance. */
  async endSessions(ended: SessionsEnded): Promise<void> {
    if (!this.server) return;
    const rooms = ended.sessionIds?.map(sessionRoom) ?? [userRoom(ended.userId)];
    let target = this.server.in(rooms);
    if (ended.exceptSessionId) target = target.except(sessionRoom(ended.exceptSessionId));
    target.emit('session:ended');
    target.disconnectSockets(true);
  }
}
