/**
 * Every error the API answers: its stable, machine-readable code and its HTTP status, in one table.
 * A module throws `new ApiException(code)`; the status comes from here, never from the call site.
 * The client shows t(`errors.${code}`).
 */
export const ERROR_STATUS = {
  validation_failed: 400,
  malformed_json: 400,
  payload_too_large: 413,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_many_requests: 429,
  unsupported_media_type: 415,
  origin_required: 403,
  invalid_credentials: 401,
  sign_in_throttled: 429,
  invitation_invalid: 410,
  reset_token_invalid: 410,
  wrong_password: 400,
  email_taken: 409,
  // courses, programme, enrolments
  code_taken: 409,
  already_enrolled: 409,
  elective_full: 409,
  elective_window_not_open: 409,
  elective_window_closed: 409,
  elective_has_choices: 409,
  import_not_pending: 409,
  import_too_large: 413,
  csv_unreadable: 400,
  // learning
  learning_not_open: 403,
  learning_order_mismatch: 409,
  // surveys
  survey_link_invalid: 404,
  survey_closed: 410,
  survey_already_submitted: 409,
  survey_locked: 409,
  survey_translation_missing: 422,
  distribution_locked: 409,
  distribution_not_automatic: 409,
  internal_error: 500,
  // discussions
  message_too_long: 413,
  message_rate_limited: 429,
  slow_mode: 429,
  member_muted: 403,
  room_locked: 403,
  room_archived: 403,
  already_reported: 409,
  message_unavailable: 409,
  // practices
  practice_wrong_status: 409,
  document_type_not_allowed: 415,
  practice_documents_full: 409,
  // certificates and attendance
  certificate_not_eligible: 409,
  certificate_revoked: 410,
  attendance_not_expected: 409,
  // notifications
  notification_kind_fixed: 422,
  unsubscribe_link_invalid: 410,
  // coaching and feedback
  coaching_slot_full: 409,
  coaching_already_booked: 409,
  coaching_slot_past: 409,
  coaching_slot_booked: 409,
  feedback_survey_open: 409,
  // translation
  translation_unavailable: 503,
  translation_rate_limited: 429,
  translation_disabled: 404,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as readonly ErrorCode[];

/** The one shape of every failed response. */
export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  /** Per-field problems: path (dot-joined) → code of the problem. */
  details?: { path: string; code: string; message: string }[];
  /** Seconds until the caller may try again (rate limits, slow mode, mute). */
  retryAfter?: number;
  requestId: string;
}
