import { z } from 'zod';
import { programmeItemKindSchema, roleSchema } from '../domain.js';
import { languageSchema, localizedTextSchema } from '../locales.js';
import type { ErrorCode } from '../error-codes.js';
import { MAX_INT } from './common.js';
import { MESSAGE_MAX_CHARS, REACTIONS, REPORT_REASONS } from './discussions.values.js';

export * from './discussions.values.js';

/** `direct`: two people only (a practice's contact and whoever writes to them); organizers are not in it. */
export const ROOM_KINDS = ['edition', 'programme_item', 'cohort', 'community', 'direct'] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];

export const MESSAGE_KINDS = ['message', 'announcement', 'prompt'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const MODERATION_ACTIONS = [
  'hide',
  'restore',
  'delete',
  'pin',
  'unpin',
  'lock',
  'unlock',
  'slow_mode',
  'mute',
  'unmute',
  'dismiss_report',
  'invite',
] as const;
export type ModerationActionKind = (typeof MODERATION_ACTIONS)[number];

const roomIdSchema = z.uuid();
const messageIdSchema = z.uuid();
const bodySchema = z.string().trim().min(1).max(MESSAGE_MAX_CHARS);
const reasonSchema = z.string().trim().min(1).max(500);

// ---------- Rooms ----------

export const roomSummarySchema = z.object({
  id: z.uuid(),
  kind: z.enum(ROOM_KINDS),
  title: localizedTextSchema,
  /** Programme item rooms: the item's kind and number ("Module 3"). */
  item: z.object({ kind: programmeItemKindSchema, number: z.number().int() }).nullable(),
  edition: z.object({ id: z.uuid(), code: z.string(), title: localizedTextSchema, timeZone: z.string() }).nullable(),
  locked: z.boolean(),
  /** Rooms of a closed edition stay readable but take no new messages. */
  archived: z.boolean(),
  slowModeSeconds: z.number().int(),
  /** The room's latest change number (see Message.revision). */
  lastRevision: z.number().int(),
  lastActivityAt: z.iso.datetime().nullable(),
  /** Unread messages by others, counted up to 100. */
  unread: z.number().int(),
  unreadMentions: z.number().int(),
  canModerate: z.boolean(),
});
export type RoomSummary = z.infer<typeof roomSummarySchema>;

export const roomListQuerySchema = z.strictObject({ editionId: z.uuid().optional() });
export type RoomListQuery = z.infer<typeof roomListQuerySchema>;

export const createCommunityRoomRequestSchema = z.strictObject({
  title: localizedTextSchema.refine((text) => Object.values(text).some((v) => v?.trim()), { message: 'required' }),
});
export type CreateCommunityRoomRequest = z.infer<typeof createCommunityRoomRequestSchema>;

export const inviteToRoomRequestSchema = z.strictObject({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  moderator: z.boolean().default(false),
});
export type InviteToRoomRequest = z.infer<typeof inviteToRoomRequestSchema>;

export const personSchema = z.object({ id: z.uuid(), name: z.string(), role: roleSchema });
export type Person = z.infer<typeof personSchema>;

export const roomMemberQuerySchema = z.strictObject({ q: z.string().trim().max(100).default('') });
export type RoomMemberQuery = z.infer<typeof roomMemberQuerySchema>;

// ---------- Messages ----------

export const reactionSchema = z.object({ emoji: z.string(), count: z.number().int(), userIds: z.array(z.uuid()) });
export type Reaction = z.infer<typeof reactionSchema>;

/** An announcement in another language: written by a moderator, or a machine draft nobody has reviewed yet. */
export const messageVersionSchema = z.object({ language: languageSchema, body: z.string(), machineDraft: z.boolean() });
export type MessageVersion = z.infer<typeof messageVersionSchema>;

export const messageSchema = z.object({
  id: z.uuid(),
  roomId: z.uuid(),
  /** Position in the room, in commit order. */
  seq: z.number().int(),
  /** The room-wide change number of the message's latest change (new, edit, reaction, hide…). */
  revision: z.number().int(),
  clientId: z.uuid(),
  kind: z.enum(MESSAGE_KINDS),
  author: personSchema,
  /** The language the author chose, else the one detected, else the author's interface language. */
  language: languageSchema,
  /** Null when deleted, or hidden from this reader. */
  body: z.string().nullable(),
  parentId: z.uuid().nullable(),
  replyCount: z.number().int(),
  mentions: z.array(z.uuid()),
  reactions: z.array(reactionSchema),
  createdAt: z.iso.datetime(),
  editedAt: z.iso.datetime().nullable(),
  deletedAt: z.iso.datetime().nullable(),
  pinnedAt: z.iso.datetime().nullable(),
  /** Moderators see why and by whom; others only that it is hidden (and then no body). */
  hidden: z.object({ at: z.iso.datetime(), reason: z.string().nullable(), by: personSchema.nullable() }).nullable(),
  /** Open reports, for moderators only (0 for others). */
  openReports: z.number().int(),
  /** Announcements only: the same announcement in other languages (none while hidden or deleted, but for moderators). */
  versions: z.array(messageVersionSchema).optional(),
});
export type Message = z.infer<typeof messageSchema>;

export const messagePageQuerySchema = z.strictObject({
  /** Messages with a seq below this one; omitted: the newest. */
  before: z.coerce.number().int().min(1).max(MAX_INT).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export type MessagePageQuery = z.infer<typeof messagePageQuerySchema>;

export const messagePageSchema = z.object({
  messages: z.array(messageSchema),
  /** The room's pinned messages with its newest page (empty with older ones): a copy kept offline shows them too. */
  pinned: z.array(messageSchema),
  hasMore: z.boolean(),
  revision: z.number().int(),
});
export type MessagePage = z.infer<typeof messagePageSchema>;

export const messageEditSchema = z.object({ body: z.string(), editedAt: z.iso.datetime() });
export type MessageEdit = z.infer<typeof messageEditSchema>;

// ---------- Socket payloads ----------

export const joinRoomRequestSchema = z.strictObject({ roomId: roomIdSchema });
export type JoinRoomRequest = z.infer<typeof joinRoomRequestSchema>;

export const syncRoomRequestSchema = z.strictObject({ roomId: roomIdSchema, after: z.number().int().min(0).max(MAX_INT) });
export type SyncRoomRequest = z.infer<typeof syncRoomRequestSchema>;

export const syncRoomReplySchema = z.object({ messages: z.array(messageSchema), revision: z.number().int(), more: z.boolean() });
export type SyncRoomReply = z.infer<typeof syncRoomReplySchema>;

export const sendMessageRequestSchema = z
  .strictObject({
    clientId: z.uuid(),
    roomId: roomIdSchema,
    body: bodySchema,
    parentId: messageIdSchema.nullable().default(null),
    kind: z.enum(MESSAGE_KINDS).default('message'),
    /** The language the author says they wrote in; omitted: detected (the author's language when it cannot be). */
    language: languageSchema.optional(),
    /** Announcements only: the announcement in other languages, each written by the moderator or a machine draft. */
    versions: z
      .array(z.strictObject({ language: languageSchema, body: bodySchema, machineDraft: z.boolean().default(false) }))
      .max(4)
      .refine((versions) => new Set(versions.map((v) => v.language)).size === versions.length, { message: 'one version per language' })
      .optional(),
  })
  .refine((request) => !request.versions?.length || request.kind === 'announcement', {
    message: 'only announcements have versions',
    path: ['versions'],
  });
export type SendMessageRequest = z.input<typeof sendMessageRequestSchema>;

/** The moderator's composer asks for machine drafts of an announcement in the languages still empty. */
export const draftAnnouncementRequestSchema = z.strictObject({
  language: languageSchema,
  body: bodySchema,
  languages: z.array(languageSchema).min(1).max(4),
});
export type DraftAnnouncementRequest = z.infer<typeof draftAnnouncementRequestSchema>;

export const draftAnnouncementReplySchema = z.object({ versions: z.array(z.object({ language: languageSchema, body: z.string() })) });
export type DraftAnnouncementReply = z.infer<typeof draftAnnouncementReplySchema>;

/** A moderator writes (or rewrites) an announcement's version in a language: a human translation from then on. */
export const writeMessageVersionRequestSchema = z.strictObject({ language: languageSchema, body: bodySchema });
export type WriteMessageVersionRequest = z.infer<typeof writeMessageVersionRequestSchema>;

/** A moderator read a machine draft and accepts it as it is. */
export const reviewMessageVersionRequestSchema = z.strictObject({ language: languageSchema });
export type ReviewMessageVersionRequest = z.infer<typeof reviewMessageVersionRequestSchema>;

export const editMessageRequestSchema = z.strictObject({ messageId: messageIdSchema, body: bodySchema });
export type EditMessageRequest = z.infer<typeof editMessageRequestSchema>;

export const messageRefSchema = z.strictObject({ messageId: messageIdSchema });
export type MessageRef = z.infer<typeof messageRefSchema>;

export const reactRequestSchema = z.strictObject({ messageId: messageIdSchema, emoji: z.enum(REACTIONS), on: z.boolean() });
export type ReactRequest = z.infer<typeof reactRequestSchema>;

export const readRoomRequestSchema = z.strictObject({ roomId: roomIdSchema, seq: z.number().int().min(0).max(MAX_INT) });
export type ReadRoomRequest = z.infer<typeof readRoomRequestSchema>;

export const reportMessageRequestSchema = z.strictObject({
  messageId: messageIdSchema,
  reason: z.enum(REPORT_REASONS),
  note: z.string().trim().max(500).default(''),
});
export type ReportMessageRequest = z.input<typeof reportMessageRequestSchema>;

export const moderateRequestSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('hide'), messageId: messageIdSchema, reason: reasonSchema }),
  z.strictObject({ action: z.literal('restore'), messageId: messageIdSchema, reason: reasonSchema.optional() }),
  z.strictObject({ action: z.literal('delete'), messageId: messageIdSchema, reason: reasonSchema }),
  z.strictObject({ action: z.literal('pin'), messageId: messageIdSchema }),
  z.strictObject({ action: z.literal('unpin'), messageId: messageIdSchema }),
  z.strictObject({ action: z.literal('lock'), roomId: roomIdSchema, reason: reasonSchema.optional() }),
  z.strictObject({ action: z.literal('unlock'), roomId: roomIdSchema }),
  z.strictObject({ action: z.literal('slow_mode'), roomId: roomIdSchema, seconds: z.number().int().min(0).max(3600) }),
  z.strictObject({
    action: z.literal('mute'),
    roomId: roomIdSchema,
    userId: z.uuid(),
    minutes: z.number().int().min(1).max(43_200),
    reason: reasonSchema,
  }),
  z.strictObject({ action: z.literal('unmute'), roomId: roomIdSchema, userId: z.uuid() }),
]);
export type ModerateRequest = z.infer<typeof moderateRequestSchema>;

export const presenceSchema = z.object({ roomId: z.uuid(), people: z.array(personSchema) });
export type Presence = z.infer<typeof presenceSchema>;

export const joinRoomReplySchema = z.object({ room: roomSummarySchema, presence: z.array(personSchema), pinned: z.array(messageSchema) });
export type JoinRoomReply = z.infer<typeof joinRoomReplySchema>;

/** What a socket request answers through its acknowledgement. */
export interface SocketErrorBody {
  code: ErrorCode;
  message: string;
  /** Seconds until the caller may try again (rate limit, slow mode, mute). */
  retryAfter?: number;
  details?: { path: string; code: string; message: string }[];
}
export type SocketReply<T> = { ok: true; data: T } | { ok: false; error: SocketErrorBody };

// ---------- Moderation, reports, notifications ----------

export const moderationActionSchema = z.object({
  id: z.uuid(),
  roomId: z.uuid(),
  action: z.enum(MODERATION_ACTIONS),
  /** Null for the system (e.g. a message hidden by members' reports). */
  actor: personSchema.nullable(),
  targetMessageId: z.uuid().nullable(),
  targetUser: personSchema.nullable(),
  reason: z.string().nullable(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  createdAt: z.iso.datetime(),
});
export type ModerationAction = z.infer<typeof moderationActionSchema>;

export const reportSchema = z.object({
  id: z.uuid(),
  room: z.object({ id: z.uuid(), title: localizedTextSchema }),
  message: messageSchema,
  reporter: personSchema,
  reason: z.enum(REPORT_REASONS),
  note: z.string(),
  status: z.enum(['open', 'resolved', 'dismissed']),
  createdAt: z.iso.datetime(),
  resolvedBy: personSchema.nullable(),
  resolvedAt: z.iso.datetime().nullable(),
});
export type Report = z.infer<typeof reportSchema>;

export const reportListQuerySchema = z.strictObject({
  status: z.enum(['open', 'resolved', 'dismissed']).default('open'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ReportListQuery = z.infer<typeof reportListQuerySchema>;

export const resolveReportRequestSchema = z.strictObject({
  action: z.enum(['dismiss', 'hide', 'delete']),
  reason: reasonSchema,
});
export type ResolveReportRequest = z.infer<typeof resolveReportRequestSchema>;

export const moderationLogQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(30),
});
export type ModerationLogQuery = z.infer<typeof moderationLogQuerySchema>;

/** `@[Name](user-uuid)`: how a mention is written in a message's text. */
export const MENTION_PATTERN = /@\[([^\]\n]{1,200})\]\(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/g;

export function mentionedUserIds(body: string): string[] {
  return [...new Set([...body.matchAll(MENTION_PATTERN)].map((match) => match[2]!))];
}
