/** Stable, machine-readable codes of every error the API answers. The client shows t(`errors.${code}`). */
export const ERROR_CODES = [
  'validation_failed',
  'malformed_json',
  'payload_too_large',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'too_many_requests',
  'invalid_credentials',
  'sign_in_throttled',
  'invitation_invalid',
  'reset_token_invalid',
  'wrong_password',
  'email_taken',
  // courses, programme, enrolments
  'code_taken',
  'already_enrolled',
  'elective_full',
  'elective_window_not_open',
  'elective_window_closed',
  'elective_has_choices',
  'import_not_pending',
  'import_too_large',
  'csv_unreadable',
  'survey_link_invalid',
  'survey_closed',
  'survey_already_submitted',
  'survey_locked',
  'survey_translation_missing',
  'distribution_locked',
  'internal_error',
  'message_too_long',
  'message_rate_limited',
  'slow_mode',
  'member_muted',
  'room_locked',
  'room_archived',
  'already_reported',
  'message_unavailable',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The one shape of every failed response. */
export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  /** Per-field problems: path (dot-joined) → code of the problem. */
  details?: { path: string; code: string; message: string }[];
  /** Seconds until the caller may try again (429 only). */
  retryAfter?: number;
  requestId: string;
}
