// Zod-free: the client imports these at run time without bundling zod (see ../values.ts).

/**
 * What a person's home can ask of them, by role. Each task is one line with a link: participants
 * their next steps in each edition, facilitators what waits in their modules and rooms, organizers
 * what needs a decision in each edition.
 */
export const HOME_TASK_KINDS = [
  // participants
  'read_units',
  'answer_survey',
  'choose_electives',
  'waitlisted',
  'coaching_booked',
  'interview_booked',
  'next_session',
  'unread_messages',
  'certificate_ready',
  // facilitators
  'runs_session',
  'participants_behind',
  'needs_summary',
  'coaching_requests',
  'reports_waiting',
  'unanswered_questions',
  // organizers
  'import_pending',
  'next_send',
  'response_rate',
  'elective_fill',
  'translations_missing',
  'reports_stale',
] as const;
export type HomeTaskKind = (typeof HOME_TASK_KINDS)[number];

/** How many upcoming sessions a home shows per edition. */
export const HOME_SESSIONS = 3;
/** A room message with no reply after this long is an unanswered question for its facilitators. */
export const UNANSWERED_AFTER_HOURS = 48;
/** An open report older than this needs an organizer's attention. */
export const STALE_REPORT_HOURS = 24;
