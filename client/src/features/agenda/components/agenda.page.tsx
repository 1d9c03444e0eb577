import { useTranslation } from '../../../lib/use-translation.js';
import { Link } from 'react-router';
import { dateIn } from '@sstc/shared/values';
import type { Agenda, AgendaEntry, EditionDetail, Language } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { formatDate, formatTimeRange, sameClock, timeZoneName } from '../../../lib/format.js';
import { localized } from '../../../lib/localized.js';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';
import { EditionShell } from '../../courses/components/edition-shell.js';
import { useAgenda } from '../hooks/use-agenda.js';
import { CalendarLinks } from './calendar-links.js';

export function AgendaPage() {
  const { t } = useTranslation('agenda');
  return <EditionShell page={t('title')}>{(edition) => <AgendaView edition={edition} />}</EditionShell>;
}

/** Entries by day of the reader's own calendar. */
function byDay(entries: AgendaEntry[], timeZone: string): [string, AgendaEntry[]][] {
  const days = new Map<string, AgendaEntry[]>();
  for (const entry of entries) {
    const day = dateIn(timeZone, new Date(entry.startsAt));
    days.set(day, [...(days.get(day) ?? []), entry]);
  }
  return [...days.entries()];
}

function AgendaView({ edition }: { edition: EditionDetail }) {
  const { t, i18n } = useTranslation(['agenda', 'courses', 'common']);
  const user = useSignedInUser();
  const language = i18n.language as Language;
  const agenda = useAgenda(edition.id);
  if (agenda.isPending) return <Loading />;
  if (agenda.isError) return <ErrorAlert error={agenda.error} />;

  const venue = localized(agenda.data.edition.venue, language, edition.defaultLanguage);

  return (
    <>
      <p>{t(`intro.${agenda.data.view}`)}</p>
      <dl className="facts">
        <div>
          <dt>{t('courses:edition.venue')}</dt>
          <dd lang={venue.lang}>{venue.value}</dd>
        </div>
      </dl>
      <p className="note">
        {t('courses:edition.times_note', { userZone: timeZoneName(user.timeZone, language), editionZone: timeZoneName(edition.timeZone, language) })}
      </p>
      {agenda.data.blocksWithoutSeat.length > 0 && (
        <div className="alert" role="note">
          <p>
            {t('blocks_without_seat', { blocks: agenda.data.blocksWithoutSeat.join(', '), count: agenda.data.blocksWithoutSeat.length })}{' '}
            <Link to={`/editions/${edition.id}/electives`}>{t('choose_link')}</Link>
          </p>
        </div>
      )}
      {agenda.data.entries.length === 0 ? <p>{t('empty')}</p> : <Days agenda={agenda.data} timeZone={user.timeZone} />}
      <CalendarLinks editionId={edition.id} />
    </>
  );
}

function Days({ agenda, timeZone }: { agenda: Agenda; timeZone: string }) {
  const { t, i18n } = useTranslation(['agenda', 'courses', 'common']);
  const language = i18n.language as Language;
  const { edition } = agenda;
  return (
    <div className="stack" data-testid="agenda">
      {byDay(agenda.entries, timeZone).map(([day, entries]) => (
        <section key={day} aria-labelledby={`day-${day}`}>
          <h2 id={`day-${day}`}>
            {new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`))},{' '}
            {formatDate(day, language)}
          </h2>
          <ol className="agenda-list">
            {entries.map((entry) => {
              const title = localized(entry.title, language, edition.defaultLanguage);
              const room = localized(entry.room, language, edition.defaultLanguage).value;
              return (
                <li
                  key={entry.sessionId}
                  className={entry.status === 'waitlisted' ? 'agenda-entry tentative' : 'agenda-entry'}
                  data-testid="agenda-entry"
                >
                  <time dateTime={entry.startsAt}>{formatTimeRange(entry.startsAt, entry.endsAt, language, timeZone)}</time>
                  {!sameClock(entry.startsAt, timeZone, edition.timeZone) && (
                    <span className="session-venue-time">
                      {t('courses:programme.venue_time', { time: formatTimeRange(entry.startsAt, entry.endsAt, language, edition.timeZone) })}
                    </span>
                  )}
                  <p className="eyebrow">
                    {t(`courses:programme.item_label.${entry.kind}`, { number: entry.number })}
                    {entry.block && ` · ${t('courses:programme.block', { block: entry.block })}`}
                  </p>
                  <h3 lang={title.lang}>{title.value}</h3>
                  <p className="muted">
                    {[
                      room && t('courses:programme.room', { room }),
                      t('courses:programme.format', { format: t(`common:session_formats.${entry.format}`) }),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                  {entry.status === 'waitlisted' && <p className="badge">{t('waitlisted')}</p>}
                  {entry.runs && <p className="badge">{t('you_facilitate')}</p>}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
