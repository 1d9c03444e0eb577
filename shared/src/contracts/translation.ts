import { z } from 'zod';
import { languageSchema } from '../locales.js';

// ---------- The feature and the reader's preference ----------

export const translationSettingsSchema = z.object({
  /** False when the platform runs without a translation engine (TRANSLATION_URL unset): offer nothing. */
  enabled: z.boolean(),
  /** The reader's setting: show messages in their language by default. */
  autoTranslate: z.boolean(),
  /** Messages a reader may have translated per minute. */
  perMinute: z.number().int(),
});
export type TranslationSettings = z.infer<typeof translationSettingsSchema>;

export const updateTranslationPreferencesRequestSchema = z.strictObject({ autoTranslate: z.boolean() });
export type UpdateTranslationPreferencesRequest = z.infer<typeof updateTranslationPreferencesRequestSchema>;

// ---------- Messages (socket event message:translate) ----------

/** At most this many messages per request: the visible ones first. */
export const TRANSLATE_BATCH_MAX = 30;

export const translateMessagesRequestSchema = z.strictObject({
  roomId: z.uuid(),
  /** In the order to translate them: the messages on screen first. */
  messageIds: z.array(z.uuid()).min(1).max(TRANSLATE_BATCH_MAX),
});
export type TranslateMessagesRequest = z.infer<typeof translateMessagesRequestSchema>;

export const messageTranslationSchema = z.object({
  messageId: z.uuid(),
  /** The message's revision whose text was translated (an edit makes it stale). */
  revision: z.number().int(),
  from: languageSchema,
  to: languageSchema,
  body: z.string(),
});
export type MessageTranslation = z.infer<typeof messageTranslationSchema>;

export const translateMessagesReplySchema = z.object({
  translations: z.array(messageTranslationSchema),
  /** Ids not translated because the reader's rate was used up: ask again after `retryAfter` seconds. */
  deferred: z.array(z.uuid()),
  retryAfter: z.number().int().nullable(),
});
export type TranslateMessagesReply = z.infer<typeof translateMessagesReplySchema>;

// ---------- Machine drafts of content ----------

export const DRAFT_SUBJECTS = ['programme_item', 'learning_unit', 'survey', 'announcement', 'edition_feedback'] as const;
export type DraftSubject = (typeof DRAFT_SUBJECTS)[number];

/** One filled value: which field and language of the object. */
export const machineDraftMarkSchema = z.object({ field: z.string(), language: languageSchema });
export type MachineDraftMark = z.infer<typeof machineDraftMarkSchema>;

export const fillDraftsReplySchema = z.object({
  /** Values filled by this request. */
  filled: z.array(machineDraftMarkSchema),
  /** Every value of the object that is still a machine draft, not reviewed. */
  drafts: z.array(machineDraftMarkSchema),
});
export type FillDraftsReply = z.infer<typeof fillDraftsReplySchema>;

export const reviewDraftRequestSchema = z.strictObject({ field: z.string().min(1).max(200), language: languageSchema });
export type ReviewDraftRequest = z.infer<typeof reviewDraftRequestSchema>;
