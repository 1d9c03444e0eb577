// Zod-free: the client imports these at run time without bundling zod (see ../values.ts).
export const SURVEY_KINDS = ['pre_assessment', 'general_assessment', 'impact_assessment', 'custom'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

export const QUESTION_TYPES = ['single_choice', 'multiple_choice', 'likert', 'rating', 'yes_no', 'short_text', 'long_text'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Question types whose answers are picked from a closed list (they can drive a condition). */
export const CLOSED_QUESTION_TYPES: readonly QuestionType[] = ['single_choice', 'multiple_choice', 'likert', 'rating', 'yes_no'];
export const TEXT_QUESTION_TYPES: readonly QuestionType[] = ['short_text', 'long_text'];

export const LIKERT_POINTS = 5;
export const RATING_MAX = 10;
export const SHORT_TEXT_MAX = 500;
export const LONG_TEXT_MAX = 10_000;

export const INTERVIEW_STATUSES = ['to_schedule', 'proposed', 'confirmed', 'reschedule_requested', 'done', 'cancelled'] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];

export const INTERVIEW_OUTCOMES = ['initiative_documented', 'follow_up_needed', 'no_linked_initiative', 'no_show'] as const;
export type InterviewOutcome = (typeof INTERVIEW_OUTCOMES)[number];

/** About half a minute per question, at least three: what the invitation and the form both tell. */
export function estimatedMinutes(questions: number): number {
  return Math.max(3, Math.ceil(questions / 2));
}

/**
 * When a survey closes, as the invitation, the reminders and the form all say it: date and time in
 * the survey's time zone (its edition's), with that zone named.
 */
export function formatClosing(iso: string, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'long',
  }).format(new Date(iso));
}
