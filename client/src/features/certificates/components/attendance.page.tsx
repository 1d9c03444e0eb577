import { useState } from 'react';
import type { AttendanceRow, AttendanceSession, EditionDetail, Language } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { Pagination } from '../../../components/pagination.js';
import { formatTimeRange } from '../../../lib/format.js';
import { localized } from '../../../lib/localized.js';
import { useTranslation } from '../../../lib/use-translation.js';
import { EditionShell } from '../../courses/components/edition-shell.js';
import { useAttendanceSessions, useAttendanceSheet, useMarkAttendance } from '../hooks/use-certificates.js';

/** Attendance of the face-to-face week, session by session, from a phone: one tap per participant. */
export function AttendancePage() {
  const { t } = useTranslation('certificates');
  return <EditionShell page={t('attendance.title')}>{(edition) => <Attendance edition={edition} />}</EditionShell>;
}

function Attendance({ edition }: { edition: EditionDetail }) {
  const { t, i18n } = useTranslation(['certificates', 'courses']);
  const language = i18n.language as Language;
  const sessions = useAttendanceSessions(edition.id);
  const [sessionId, setSessionId] = useState('');
  if (sessions.isPending) return <Loading />;
  if (sessions.isError) return <ErrorAlert error={sessions.error} />;
  if (sessions.data.length === 0) return <p>{t('attendance.no_sessions')}</p>;
  const chosen = sessions.data.find((session) => session.id === sessionId) ?? sessions.data[0]!;
  return (
    <div className="stack">
      <div className="field">
        <label htmlFor="attendance-session">{t('attendance.session')}</label>
        <select id="attendance-session" value={chosen.id} onChange={(event) => setSessionId(event.target.value)}>
          {sessions.data.map((session) => (
            <option key={session.id} value={session.id}>
              {formatTimeRange(session.startsAt, session.endsAt, language, edition.timeZone)} ·{' '}
              {t(`courses:programme.item_label.${session.itemKind}`, { number: session.itemNumber })}:{' '}
              {localized(session.itemTitle, language, edition.defaultLanguage).value}
            </option>
          ))}
        </select>
      </div>
      <p data-testid="attendance-counts">{t('attendance.counts', { present: chosen.present, absent: chosen.absent, expected: chosen.expected })}</p>
      <Sheet key={chosen.id} editionId={edition.id} session={chosen} />
    </div>
  );
}

function Sheet({ editionId, session }: { editionId: string; session: AttendanceSession }) {
  const { t } = useTranslation('certificates');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const sheet = useAttendanceSheet(session.id, q, page);
  const mark = useMarkAttendance(editionId, session.id);
  return (
    <section className="stack-tight" aria-labelledby="attendance-people" aria-busy={sheet.isFetching || undefined}>
      <h2 id="attendance-people">{t('attendance.people')}</h2>
      <div className="field filter-search">
        <label htmlFor="attendance-search">{t('attendance.search')}</label>
        <input id="attendance-search" type="search" value={q} onChange={(event) => (setQ(event.target.value), setPage(1))} />
      </div>
      <ErrorAlert error={mark.error} />
      {sheet.isPending ? (
        <Loading />
      ) : sheet.isError ? (
        <ErrorAlert error={sheet.error} />
      ) : sheet.data.rows.length === 0 ? (
        <p>{t('attendance.nobody')}</p>
      ) : (
        <ul className="attendance-list" data-testid="attendance-rows">
          {sheet.data.rows.map((row) => (
            <AttendanceItem key={row.userId} row={row} onMark={(present) => mark.mutate({ userId: row.userId, present })} />
          ))}
        </ul>
      )}
      {sheet.data && <Pagination page={page} pages={Math.ceil(sheet.data.total / sheet.data.pageSize)} onPage={setPage} />}
    </section>
  );
}

/** Present and absent as a pair of radio buttons: large targets, and the choice is announced. */
function AttendanceItem({ row, onMark }: { row: AttendanceRow; onMark: (present: boolean) => void }) {
  const { t } = useTranslation('certificates');
  const state = row.present === null ? 'unmarked' : row.present ? 'present' : 'absent';
  return (
    <li className="attendance-row" data-state={state}>
      <fieldset className="segmented">
        <legend>{row.name}</legend>
        {(['present', 'absent'] as const).map((option) => (
          <label key={option}>
            <input type="radio" name={`attendance-${row.userId}`} checked={state === option} onChange={() => onMark(option === 'present')} />{' '}
            {t(`attendance.${option}`)}
          </label>
        ))}
      </fieldset>
    </li>
  );
}
