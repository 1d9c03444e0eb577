import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@sstc/shared';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * Opens the realtime connection on the same origin; the server authenticates it with the session
 * cookie. WebSocket only: long-polling's extra round trips cost too much on slow mobile networks.
 * Call it only once signed in (the server refuses anonymous sockets).
 */
export function connectSocket(): AppSocket {
  return io({ path: '/socket.io', transports: ['websocket'], withCredentials: true });
}
