import { z } from 'zod';
import { localizedTextSchema } from '../locales.js';
import { personSchema } from './discussions.js';

/**
 * What a notification is about. `account` (password resets, account invitations) and
 * `survey_invitation` (a personal survey link) are always emailed at once: a person cannot turn them off.
 */
export const NOTIFICATION_KINDS = [
  'mention',
  'reply',
  'announcement',
  'message_hidden',
  'waitlist_promoted',
  'survey_invitation',
  'practice_review',
  'coaching_booking',
  'feedback_published',
  'account',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** How a person hears of a kind: in the app only, email at once, a daily or weekly digest email, or not at all. */
export const NOTIFICATION_DELIVERIES = ['app', 'immediate', 'daily', 'weekly', 'off'] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];

export const FIXED_NOTIFICATION_KINDS: readonly NotificationKind[] = ['survey_invitation', 'account'];

/** Each kind's delivery until the person chooses: what was emailed before preferences existed (mentions: soon after, if still unread) stays emailed. */
export const DEFAULT_DELIVERY: Record<NotificationKind, NotificationDelivery> = {
  mention: 'immediate',
  reply: 'app',
  announcement: 'app',
  message_hidden: 'app',
  waitlist_promoted: 'immediate',
  survey_invitation: 'immediate',
  practice_review: 'immediate',
  coaching_booking: 'immediate',
  feedback_published: 'immediate',
  account: 'immediate',
};

export const notificationSchema = z.object({
  id: z.uuid(),
  kind: z.enum(NOTIFICATION_KINDS),
  /** A finer kind where one kind has several messages (a practice review's step). */
  detail: z.string().nullable(),
  actor: personSchema.nullable(),
  /** What it is about: the room, the elective module, the survey, the practice. */
  title: localizedTextSchema.nullable(),
  excerpt: z.string(),
  /** Where it leads in the client (a path). */
  link: z.string(),
  createdAt: z.iso.datetime(),
  readAt: z.iso.datetime().nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListQuerySchema = z.strictObject({
  unread: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type NotificationListQuery = z.infer<typeof notificationListQuerySchema>;

export const notificationPageSchema = z.object({
  items: z.array(notificationSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  unread: z.number().int(),
});
export type NotificationPage = z.infer<typeof notificationPageSchema>;

export const markNotificationsReadRequestSchema = z.strictObject({ ids: z.array(z.uuid()).max(200).optional() });
export type MarkNotificationsReadRequest = z.infer<typeof markNotificationsReadRequestSchema>;

export const unreadCountSchema = z.object({ unread: z.number().int() });
export type UnreadCount = z.infer<typeof unreadCountSchema>;

export const notificationPreferenceSchema = z.object({
  kind: z.enum(NOTIFICATION_KINDS),
  delivery: z.enum(NOTIFICATION_DELIVERIES),
  /** Cannot be changed (password, invitations). */
  fixed: z.boolean(),
});
export type NotificationPreference = z.infer<typeof notificationPreferenceSchema>;

export const notificationPreferencesSchema = z.object({ preferences: z.array(notificationPreferenceSchema) });
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

export const updateNotificationPreferencesRequestSchema = z.strictObject({
  preferences: z
    .array(z.strictObject({ kind: z.enum(NOTIFICATION_KINDS), delivery: z.enum(NOTIFICATION_DELIVERIES) }))
    .min(1)
    .max(NOTIFICATION_KINDS.length)
    .refine((list) => new Set(list.map((p) => p.kind)).size === list.length, { message: 'invalid_value' }),
});
export type UpdateNotificationPreferencesRequest = z.infer<typeof updateNotificationPreferencesRequestSchema>;

/** What an unsubscribe link stops, shown before and after the one click. */
export const unsubscribeSummarySchema = z.object({
  kinds: z.array(z.enum(NOTIFICATION_KINDS)),
  done: z.boolean(),
});
export type UnsubscribeSummary = z.infer<typeof unsubscribeSummarySchema>;
