import { useEffect } from 'react';
import { NavLink } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useSocket } from '../../../app/realtime-provider.js';
import { api } from '../../../lib/api.js';
import { useTranslation } from '../../../lib/use-translation.js';

// Spelled out here rather than imported from the feature's api file, which would bring the page's calls into the first download.
const UNREAD_KEY = ['notifications', 'unread'] as const;

/**
 * The header's link to the notification centre with the unread count (mentions are notifications
 * too), on every page, kept live by the person's own socket channel.
 */
export function NotificationsBadge() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const socket = useSocket();
  const unread = useQuery({ queryKey: UNREAD_KEY, queryFn: () => api<{ unread: number }>('/notifications/unread'), staleTime: 60_000 });

  useEffect(() => {
    if (!socket) return;
    const set = (count: number) => {
      client.setQueryData(UNREAD_KEY, { unread: count });
      void client.invalidateQueries({ queryKey: ['notifications'], predicate: (query) => query.queryKey[1] !== 'unread' });
    };
    const created = (_: unknown, count: number) => set(count);
    const changed = ({ unread: count }: { unread: number }) => set(count);
    // A reconnect may have missed some: ask again.
    const reconnected = () => void client.invalidateQueries({ queryKey: UNREAD_KEY });
    socket.on('notification:new', created);
    socket.on('notifications:unread', changed);
    socket.io.on('reconnect', reconnected);
    return () => {
      socket.off('notification:new', created);
      socket.off('notifications:unread', changed);
      socket.io.off('reconnect', reconnected);
    };
  }, [socket, client]);

  const count = unread.data?.unread ?? 0;
  return (
    <NavLink to="/notifications" data-testid="notifications-link">
      {t('nav.notifications')}
      {count > 0 && (
        <>
          {' '}
          <span className="count-badge" aria-hidden="true" data-testid="notifications-badge">
            {count > 99 ? '99+' : count}
          </span>
          <span className="visually-hidden">{t('nav.unread', { count })}</span>
        </>
      )}
    </NavLink>
  );
}
