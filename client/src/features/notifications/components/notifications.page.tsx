import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Notification } from '@sstc/shared';
import { useSocket } from '../../../app/realtime-provider.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { Pagination } from '../../../components/pagination.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { useTranslation } from '../../../lib/use-translation.js';
import { NOTIFICATIONS_KEY, notificationsApi } from '../api/notifications.api.js';
import { NotificationItem } from './notification-item.js';

/** The notification centre: everything that concerns the person, newest first, a page at a time; new ones arrive live. */
export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  usePageTitle(t('title'));
  const client = useQueryClient();
  const socket = useSocket();
  const [page, setPage] = useState(1);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'list', page, unreadOnly],
    queryFn: () => notificationsApi.list(page, unreadOnly),
    placeholderData: keepPreviousData,
  });
  const refresh = () => client.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
  const markRead = useMutation({ mutationFn: (ids?: string[]) => notificationsApi.markRead(ids), onSuccess: refresh });

  useEffect(() => {
    if (!socket) return;
    const changed = () => void client.invalidateQueries({ queryKey: [...NOTIFICATIONS_KEY, 'list'] });
    socket.on('notification:new', changed);
    socket.on('notifications:unread', changed);
    return () => {
      socket.off('notification:new', changed);
      socket.off('notifications:unread', changed);
    };
  }, [socket, client]);

  const open = (item: Notification) => {
    if (!item.readAt) markRead.mutate([item.id]);
  };
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  return (
    <div className="stack">
      <div className="row-between">
        <h1>{t('title')}</h1>
        <Link to="/notifications/settings">{t('settings_link')}</Link>
      </div>
      <div className="row-between">
        <label className="check">
          <input
            type="checkbox"
            checked={unreadOnly}
            onChange={(event) => {
              setUnreadOnly(event.currentTarget.checked);
              setPage(1);
            }}
          />{' '}
          {t('unread_only')}
        </label>
        {data && data.unread > 0 && (
          <button
            type="button"
            className="button button-small"
            aria-disabled={markRead.isPending || undefined}
            onClick={() => markRead.isPending || markRead.mutate(undefined)}
          >
            {t('mark_all_read')}
          </button>
        )}
      </div>
      <ErrorAlert error={list.error ?? markRead.error} />
      {!data ? (
        list.isPending && <Loading />
      ) : data.items.length === 0 ? (
        <p data-testid="notifications-empty">{unreadOnly ? t('empty_unread') : t('empty')}</p>
      ) : (
        <>
          <p className="muted" aria-live="polite">
            {t('unread_count', { count: data.unread })}
          </p>
          <ul className="notification-list">
            {data.items.map((item) => (
              <NotificationItem key={item.id} item={item} onOpen={open} />
            ))}
          </ul>
          <Pagination page={page} pages={pages} onPage={setPage} />
        </>
      )}
    </div>
  );
}
