import type { Agenda, CalendarFeed } from '@sstc/shared';
import { api } from '../../../lib/api.js';

export const agendaApi = {
  agenda: (editionId: string) => api<Agenda>(`/editions/${encodeURIComponent(editionId)}/agenda`),
  /** A plain link: the browser downloads the .ics file with the session cookie. */
  downloadUrl: (editionId: string) => `/api/editions/${encodeURIComponent(editionId)}/agenda/ics`,
  feed: () => api<CalendarFeed>('/agenda/feed'),
  renewFeed: () => api<CalendarFeed>('/agenda/feed', { method: 'POST' }),
  revokeFeed: () => api<void>('/agenda/feed', { method: 'DELETE' }),
};
