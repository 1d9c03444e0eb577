import type {
  ClientToServerEvents,
  DraftAnnouncementReply,
  DraftAnnouncementRequest,
  Language,
  Message,
  MessagePage,
  ModerationAction,
  NotificationPage,
  Page,
  Person,
  Report,
  ResolveReportRequest,
  RoomSummary,
  SocketReply,
} from '@sstc/shared';
import { api } from '../../../lib/api.js';
import type { AppSocket } from '../../../lib/socket.js';

const room = (id: string) => `/discussions/rooms/${encodeURIComponent(id)}`;

export const discussionsApi = {
  rooms: () => api<RoomSummary[]>('/discussions/rooms'),
  room: (id: string) => api<RoomSummary>(room(id)),
  messages: (roomId: string, before?: number) => api<MessagePage>(`${room(roomId)}/messages`, { query: { before, limit: 30 } }),
  thread: (messageId: string) => api<Message[]>(`/discussions/messages/${encodeURIComponent(messageId)}/thread`),
  members: (roomId: string, q: string) => api<Person[]>(`${room(roomId)}/members`, { query: { q } }),
  log: (roomId: string, page: number) => api<Page<ModerationAction>>(`${room(roomId)}/moderation-log`, { query: { page } }),
  reports: (status: Report['status'], page: number) => api<Page<Report>>('/discussions/reports', { query: { status, page } }),
  resolveReport: (id: string, body: ResolveReportRequest) =>
    api<void>(`/discussions/reports/${encodeURIComponent(id)}/resolve`, { method: 'POST', body }),
  notifications: (page: number) => api<NotificationPage>('/notifications', { query: { page } }),
  draftAnnouncement: (roomId: string, body: DraftAnnouncementRequest) =>
    api<DraftAnnouncementReply>(`${room(roomId)}/announcement-drafts`, { method: 'POST', body }),
  writeVersion: (messageId: string, language: Language, body: string) =>
    api<Message>(`/discussions/messages/${encodeURIComponent(messageId)}/versions`, { method: 'PUT', body: { language, body } }),
  reviewVersion: (messageId: string, language: Language) =>
    api<Message>(`/discussions/messages/${encodeURIComponent(messageId)}/versions/review`, { method: 'POST', body: { language } }),
  markNotificationsRead: (ids?: string[]) => api<void>('/notifications/read', { method: 'POST', body: ids ? { ids } : {} }),
};

type Reply<E extends keyof ClientToServerEvents> = Parameters<ClientToServerEvents[E]> extends [unknown, (reply: infer R) => void] ? R : never;
type Payload<E extends keyof ClientToServerEvents> = Parameters<ClientToServerEvents[E]> extends [infer P, (reply: never) => void] ? P : never;

/**
 * A socket request with its acknowledgement. No answer in time (network, server restart) resolves
 * as a retryable error rather than leaving the caller waiting.
 */
export async function request<E extends keyof ClientToServerEvents>(
  socket: AppSocket,
  event: E,
  payload: Payload<E>,
  timeoutMs = 10_000,
): Promise<Reply<E>> {
  try {
    const timed = socket.timeout(timeoutMs) as unknown as { emitWithAck(e: E, ...args: unknown[]): Promise<Reply<E>> };
    return await timed.emitWithAck(event, ...(payload === undefined ? [] : [payload]));
  } catch {
    return { ok: false, error: { code: 'internal_error', message: '' } } satisfies SocketReply<never> as Reply<E>;
  }
}
