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
  /** Writes the valid rows of a confirmed participant import in one transaction. */
  'import-enrolments': { importId: string };
  /** Emails a person the mentions they have not read, once they have been away for a while. */
  'send-mention-digest': { userId: string };
}
export type JobName = keyof JobPayloads;

export const EMAIL_TEMPLATES = ['invitation', 'password_reset', 'enrolled', 'elective_promoted', 'mention_digest'] as const;
export type EmailTemplate = (typeof EMAIL_TEMPLATES)[number];
