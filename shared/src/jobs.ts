import type { NotificationKind } from './contracts/notifications.js';
import type { Language } from './locales.js';

/** Background jobs (pg-boss queue name → payload). One worker class per job on the server. */
export interface JobPayloads {
  'send-email': {
    /** Unique per recipient and message: a retried job never sends a second copy. */
    key: string;
    to: string;
    language: Language;
    template: EmailTemplate;
    params: Record<string, string>;
    /**
     * An emailed single-use link (a user_tokens id): its token is drawn when the email is sent and
     * becomes `params.link`, so no usable link sits in the queue or its archive.
     */
    linkTokenId?: string;
    /**
     * The person and what the email's one-click unsubscribe link stops: the link is signed when
     * the email is sent, so the queue holds no usable link.
     */
    unsubscribe?: { userId: string; scope: NotificationKind | 'all' };
    /** A calendar invitation (iTIP) sent with the email as text/calendar and an .ics attachment. No secret in it. */
    calendar?: { method: 'REQUEST' | 'CANCEL'; filename: string; content: string };
  };
  /** Writes the valid rows of a confirmed participant import in one transaction. */
  'import-enrolments': { importId: string };
  /** Emails a person the notifications (mentions, replies…) they chose to get at once and have not read, once they have been away for a while. */
  'send-notification-emails': { userId: string };
  /** Sends notifications recorded in a committed transaction to their people's sockets (ids only). */
  'publish-notifications': { ids: string[] };
  /** Sends the daily and weekly digests due at `at` (a 15-minute slot; the job runs as of that time). */
  'send-notification-digests': { at: string };
  /**
   * Opens a scheduled survey distribution: plans one invitation per recipient and queues the
   * sends. `opensAt` is the schedule the job was queued for; a rescheduled distribution ignores it.
   */
  'survey-open-distribution': { distributionId: string; opensAt: string };
  /** Plans the reminder of `day` days after opening for those who have not responded. */
  'survey-plan-reminder': { distributionId: string; day: number; dueAt: string };
  /**
   * Sends a distribution's planned messages until none is left. Several such jobs drain the same
   * distribution side by side (on one or several instances); each message is claimed under a row
   * lock, so a dead worker's message simply returns to the queue for the others.
   */
  'survey-send-messages': { distributionId: string };
  /** Emails an interview proposal (with its .ics) or its cancellation to the participant. */
  'survey-send-interview-email': { interviewId: string; sequence: number };
  /**
   * Publishes waiting anonymous responses in a batch: of one survey at its closing time, or
   * (`surveyId` null) of every survey, every 6 hours.
   */
  'survey-publish-results': { surveyId: string | null };
  /**
   * Who belongs where changed (recorded by MembershipEvents in the transaction of the change):
   * the realtime side moves these people's open sockets into the rooms they now belong to and out
   * of the others. Ids only.
   */
  'membership-changed': MembershipChange;
  /** Emails the pre-learning reminder to an edition's participants who have not started; runs at the edition's reminder date. */
  'send-learning-reminders': {
    editionId: string;
    /** The reminder date (YYYY-MM-DD) this job was scheduled for; a job left over after a settings change does nothing. */
    dueOn: string;
  };
  /** Emails the participant of a coaching booking 24 hours before the session; a cancelled or reminded booking sends nothing. */
  'coaching-send-reminder': { bookingId: string };
}
export type JobName = keyof JobPayloads;

/** What changed someone's membership: enrolment, cohort, elective seat, facilitator, room invitation. */
export const MEMBERSHIP_CHANGES = [
  'enrolled',
  'withdrawn',
  'reinstated',
  'moved_cohort',
  'seated',
  'waitlisted',
  'unseated',
  'promoted',
  'cohort_facilitator_added',
  'cohort_facilitator_removed',
  'cohort_removed',
  'item_facilitator_added',
  'item_facilitator_removed',
  'item_removed',
  'room_invited',
] as const;
export type MembershipChangeKind = (typeof MEMBERSHIP_CHANGES)[number];

export interface MembershipChange {
  change: MembershipChangeKind;
  /** The people whose membership changed (at most a few hundred per job). */
  userIds: string[];
  /** The edition whose rooms are concerned, when there is one. */
  editionId: string | null;
  cohortId?: string;
  itemId?: string;
  roomId?: string;
}

export const EMAIL_TEMPLATES = [
  'invitation',
  'password_reset',
  'enrolled',
  'elective_promoted',
  'notifications_waiting',
  'notification_digest_daily',
  'notification_digest_weekly',
  'survey_invitation',
  'survey_reminder',
  'interview_proposal',
  'interview_cancelled',
  'learning_reminder',
  'practice_submitted',
  'practice_commented',
  'practice_changes_requested',
  'practice_published',
  'practice_invited',
  'certificate_issued',
  'coaching_booked',
  'coaching_reminder',
  'coaching_cancelled',
  'coaching_booking_cancelled',
  'coaching_slot_cancelled',
  'feedback_published',
] as const;
export type EmailTemplate = (typeof EMAIL_TEMPLATES)[number];
