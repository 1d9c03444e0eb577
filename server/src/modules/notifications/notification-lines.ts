import { localize, type Language, type LocalizedText, type NotificationKind } from '@sstc/shared';
import { emailTranslator } from '../../locales/emails.js';

export const MAX_LINES = 20;

export interface LineRow {
  kind: NotificationKind;
  title: LocalizedText | null;
  excerpt: string;
  actor: string | null;
}

/** The notifications of an email, one translated line each, the newest last (at most MAX_LINES). */
export function notificationLines(rows: LineRow[], language: Language): string {
  const t = emailTranslator(language);
  return rows
    .slice(-MAX_LINES)
    .map((row) => {
      const line = t(`notification_lines.${row.kind}`, { replace: { actor: row.actor ?? '', title: localize(row.title, language, 'en') } });
      return row.excerpt ? `• ${line} “${row.excerpt}”` : `• ${line}`;
    })
    .join('\n');
}
