import type { EntityManager } from 'typeorm';
import type { EmailTemplate, JobPayloads, Language, LocalizedText, NotificationKind } from '@sstc/shared';

/** Someone a notification is for, as its email needs them. */
export interface Recipient {
  id: string;
  email: string;
  name: string;
  language: Language;
}

/** A feature's own email for a notification, sent at once to those who chose "email at once". */
export interface NotificationEmail {
  /** Unique per recipient and message (the send-email job's delivery key). */
  key: string;
  template: EmailTemplate;
  params: Record<string, string>;
  linkTokenId?: string;
  calendar?: JobPayloads['send-email']['calendar'];
}

export interface NotificationRecord {
  kind: NotificationKind;
  recipientIds: string[];
  link: string;
  detail?: string | null;
  actorId?: string | null;
  title?: LocalizedText | null;
  excerpt?: string;
  /** Where it happened (a room) and the subject's place there: reading the context up to it reads the notification. */
  contextId?: string | null;
  sequence?: number | null;
  /** What it is about: one notification per person, kind and subject (a retried change records nothing twice). */
  subjectId?: string | null;
  /** The feature sent its own email already (a survey invitation's personal link is drawn when it goes out). */
  alreadyEmailed?: boolean;
  /** The feature's email; without one, "email at once" sends the notifications' own email a little later if still unread. */
  email?: (recipient: Recipient) => NotificationEmail;
}

/**
 * What every feature calls to tell people something (modules/notifications implements it and
 * provides it everywhere): `record` inside the feature's own transaction, then `publish` the ids
 * once it committed, or `publishAfterCommit` from deep inside a transaction (a job enqueued with it).
 * Declared here, outside the module folders, so that features below the notifications (enrolments,
 * which realtime's sign-in depends on) can record without an import cycle.
 */
export abstract class NotificationRecorder {
  abstract record(manager: EntityManager, record: NotificationRecord): Promise<string[]>;
  abstract publish(ids: string[]): Promise<void>;
  abstract publishAfterCommit(manager: EntityManager, ids: string[]): Promise<void>;
}
