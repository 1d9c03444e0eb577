import { useTranslation } from '../../../lib/use-translation.js';
import type { Language, ProgrammeSession } from '@sstc/shared';
import { formatTimeRange, sameClock } from '../../../lib/format.js';
import { localized } from '../../../lib/localized.js';

interface SessionListProps {
  sessions: ProgrammeSession[];
  /** The reader's time zone (from their profile). */
  timeZone: string;
  /** The edition's time zone, shown beside whenever its clock differs from the reader's. */
  editionTimeZone: string;
  /** The language room names fall back to. */
  defaultLanguage: Language;
}

export function SessionList({ sessions, timeZone, editionTimeZone, defaultLanguage }: SessionListProps) {
  const { t, i18n } = useTranslation(['courses', 'common']);
  const language = i18n.language as Language;
  if (sessions.length === 0) return <p className="muted">{t('programme.no_sessions')}</p>;
  const ordered = [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <ul className="sessions" aria-label={t('programme.sessions')}>
      {ordered.map((session) => {
        const room = localized(session.room, language, defaultLanguage);
        return (
          <li key={session.id} className="session">
            <time dateTime={session.startsAt}>{formatTimeRange(session.startsAt, session.endsAt, language, timeZone)}</time>
            {!sameClock(session.startsAt, timeZone, editionTimeZone) && (
              <span className="session-venue-time">
                {t('programme.venue_time', { time: formatTimeRange(session.startsAt, session.endsAt, language, editionTimeZone) })}
              </span>
            )}
            {room.value && <span lang={room.lang}>{t('programme.room', { room: room.value })}</span>}
            <span>{t('programme.format', { format: t(`common:session_formats.${session.format}`) })}</span>
          </li>
        );
      })}
    </ul>
  );
}
