import { useEffect } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { Link } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Language, Notification } from '@sstc/shared';
import { useSocket } from '../../../app/realtime-provider.js';
import { localized } from '../../../lib/localized.js';
import { discussionsApi } from '../api/discussions.api.js';
import { RelativeTime } from './relative-time.js';

const KEY = ['discussions', 'notifications'] as const;

/** Mentions, replies, announcements and moderation notices, newest first; new ones arrive live. */
export function NotificationList() {
  const { t } = useTranslation('discussions');
  const client = useQueryClient();
  const socket = useSocket();
  const notifications = useQuery({ queryKey: KEY, queryFn: () => discussionsApi.notifications(1) });
  const markRead = useMutation({
    mutationFn: () => discussionsApi.markNotificationsRead(),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });

  useEffect(() => {
    if (!socket) return;
    const refresh = () => void client.invalidateQueries({ queryKey: KEY });
    socket.on('notification:new', refresh);
    return () => void socket.off('notification:new', refresh);
  }, [socket, client]);

  const items = (notifications.data?.items ?? []).filter(isRoomKind);
  if (items.length === 0) return null;
  return (
    <section className="card stack-tight" aria-labelledby="notifications-title">
      <div className="row-between">
        <h2 id="notifications-title">{t('notifications.title')}</h2>
        {notifications.data!.unread > 0 && (
          <button type="button" className="button button-small" onClick={() => markRead.mutate()}>
            {t('notifications.mark_all_read')}
          </button>
        )}
      </div>
      <ul className="notification-list">
        {items.map((item) => (
          <NotificationItem key={item.id} item={item} />
        ))}
      </ul>
    </section>
  );
}

const ROOM_KINDS = ['mention', 'reply', 'announcement', 'message_hidden'] as const;
type RoomKind = (typeof ROOM_KINDS)[number];
const isRoomKind = (item: Notification): item is Notification & { kind: RoomKind } => (ROOM_KINDS as readonly string[]).includes(item.kind);

function NotificationItem({ item }: { item: Notification & { kind: RoomKind } }) {
  const { t, i18n } = useTranslation('discussions');
  const room = item.title ? localized(item.title, i18n.language as Language, 'en').value : '';
  const text = t(`notifications.kinds.${item.kind}`, { name: item.actor?.name ?? '', room });
  return (
    <li className={item.readAt ? 'notification' : 'notification notification-unread'} data-testid="notification">
      <Link to={item.link}>{text}</Link>
      {item.excerpt && <p className="muted small">{item.excerpt}</p>}
      <p className="muted small">
        <RelativeTime at={item.createdAt} />
      </p>
    </li>
  );
}
