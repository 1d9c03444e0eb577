import type { CurrentUser } from './contracts/auth.js';

/** Events the server sends; the gateway and socket.io-client are both typed with this map. */
export interface ServerToClientEvents {
  'session:ready': (payload: { user: Pick<CurrentUser, 'id' | 'name' | 'role'> }) => void;
  'session:ended': () => void;
}

/** Events a client sends; each answers through an acknowledgement. */
export interface ClientToServerEvents {
  'session:ping': (ack: (reply: { at: string }) => void) => void;
}
