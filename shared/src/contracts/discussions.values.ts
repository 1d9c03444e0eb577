// Zod-free: the client imports these at run time without bundling zod (see ../values.ts).
/** A message's text: at most this many characters (the client counts the same way). */
export const MESSAGE_MAX_CHARS = 4_000;
/** A socket payload larger than this is refused before it is parsed. */
export const MESSAGE_MAX_BYTES = 64 * 1024;
/** Per-user send rate: a bucket of BURST messages refilled at RATE a second. */
export const MESSAGE_RATE_PER_SECOND = 3;
export const MESSAGE_BURST = 6;
export const SLOW_MODE_CHOICES = [0, 10, 30, 60, 300, 900] as const;
export const MUTE_MINUTE_CHOICES = [10, 60, 1440, 10080] as const;
export const REACTIONS = ['👍', '❤️', '🎉', '💡', '👏', '🙏'] as const;

export const REPORT_REASONS = ['spam', 'abusive', 'off_topic', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
