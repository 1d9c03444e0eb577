import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../features/auth/hooks/use-auth.js';
import { setSignedInUser } from '../features/auth/hooks/use-auth-mutations.js';
import type { AppSocket } from '../lib/socket.js';

const SocketContext = createContext<AppSocket | null>(null);

/** The realtime connection, or null while signed out or still connecting. */
export function useSocket(): AppSocket | null {
  return useContext(SocketContext);
}

/**
 * Connects while someone is signed in, and only then downloads socket.io-client, which keeps it
 * out of the sign-in page's JavaScript. A session ended elsewhere (sign out everywhere, password
 * change) signs this tab out too.
 */
export function RealtimeProvider({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  const client = useQueryClient();
  const [socket, setSocket] = useState<AppSocket | null>(null);
  const userId = user?.id;

  useEffect(() => {
    if (!userId) return;
    let cancelled = false;
    let opened: AppSocket | undefined;
    void import('../lib/socket.js').then(({ connectSocket }) => {
      if (cancelled) return;
      opened = connectSocket();
      opened.on('session:ended', () => setSignedInUser(client, null));
      setSocket(opened);
    });
    return () => {
      cancelled = true;
      opened?.disconnect();
      setSocket(null);
    };
  }, [userId, client]);

  return <SocketContext.Provider value={socket}>{children}</SocketContext.Provider>;
}
