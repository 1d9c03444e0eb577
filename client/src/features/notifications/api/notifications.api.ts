import type { NotificationPage, NotificationPreferences, UnsubscribeSummary, UpdateNotificationPreferencesRequest } from '@sstc/shared';
import { api } from '../../../lib/api.js';

export const notificationsApi = {
  list: (page: number, unreadOnly: boolean) =>
    api<NotificationPage>('/notifications', { query: { page, pageSize: 20, ...(unreadOnly ? { unread: 'true' } : {}) } }),
  markRead: (ids?: string[]) => api<void>('/notifications/read', { method: 'POST', body: ids ? { ids } : {} }),
  preferences: () => api<NotificationPreferences>('/notifications/preferences'),
  updatePreferences: (body: UpdateNotificationPreferencesRequest) =>
    api<NotificationPreferences>('/notifications/preferences', { method: 'PUT', body }),
  unsubscribeSummary: (token: string) => api<UnsubscribeSummary>(`/notifications/unsubscribe/${encodeURIComponent(token)}`),
  unsubscribe: (token: string) => api<UnsubscribeSummary>(`/notifications/unsubscribe/${encodeURIComponent(token)}`, { method: 'POST', body: {} }),
};

export const NOTIFICATIONS_KEY = ['notifications'] as const;
