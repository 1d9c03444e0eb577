import { Injectable } from '@nestjs/common';
import type { ServerToClientEvents } from '@sstc/shared';
import type { SessionsEnded } from '../auth/sessions.service.js';
import { sessionRoom, userRoom, type RealtimeServer } from './realtime.types.js';

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
