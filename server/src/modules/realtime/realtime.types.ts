import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '@sstc/shared';
import type { RequestUser } from '../../common/http/request-user.js';

export interface SocketData {
  user: RequestUser;
  /** The socket listens to the activity of all its person's rooms (rooms:watch), so it follows rooms they gain. */
  watching?: boolean;
}

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export const userRoom = (userId: string) => `user:${userId}`;
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
