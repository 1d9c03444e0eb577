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
  };
  /** Emails the pre-learning reminder to an edition's participants who have not started; runs at the edition's reminder date. */
  'send-learning-reminders': {
    editionId: string;
    /** The reminder date (YYYY-MM-DD) this job was scheduled for; a job left over after a settings change does nothing. */
    dueOn: string;
  };
}
export type JobName = keyof JobPayloads;

export const EMAIL_TEMPLATES = ['invitation', 'password_reset', 'learning_reminder'] as const;
export type EmailTemplate = (typeof EMAIL_TEMPLATES)[number];
