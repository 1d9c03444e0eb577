import { useTranslation } from '../../../lib/use-translation.js';
import { addDays, daysBetween, dateIn, SESSION_FORMATS } from '@sstc/shared/values';
import type { FieldProblem, Language, ProgrammeSession, SessionFormat } from '@sstc/shared';
import { formatDate } from '../../../lib/format.js';

/** A session as the organizer types it: a day of the week and wall-clock times at the venue. */
export interface SessionDraft {
  key: string;
  id?: string;
  day: string;
  start: string;
  end: string;
  room: string;
  format: SessionFormat;
}

export function toDraft(session: ProgrammeSession, timeZone: string): SessionDraft {
  const clock = (at: string) =>
    new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(at));
  return {
    key: session.id,
    id: session.id,
    day: dateIn(timeZone, new Date(session.startsAt)),
    start: clock(session.startsAt),
    end: clock(session.endsAt),
    room: session.room,
    format: session.format,
  };
}

interface SessionsEditorProps {
  sessions: SessionDraft[];
  onChange: (sessions: SessionDraft[]) => void;
  week: { start: string; end: string };
  timeZone: string;
  problems: Record<string, FieldProblem>;
}

/** The item's time slots, typed in the venue's time zone (stored in UTC by the caller). */
export function SessionsEditor({ sessions, onChange, week, timeZone, problems }: SessionsEditorProps) {
  const { t, i18n } = useTranslation(['programme', 'common', 'errors']);
  const language = i18n.language as Language;
  const days = Array.from({ length: Math.max(1, daysBetween(week.start, week.end) + 1) }, (_, i) => addDays(week.start, i));
  const set = (index: number, change: Partial<SessionDraft>) => onChange(sessions.map((s, i) => (i === index ? { ...s, ...change } : s)));
  const add = () =>
    onChange([
      ...sessions,
      // oxlint-disable-next-line react/purity -- `add` runs on a click, not during render: a fresh key each time is the point
      { key: `new-${Date.now()}-${sessions.length}`, day: days[0]!, start: '09:00', end: '10:30', room: '', format: 'expository_presentation' },
    ]);

  return (
    <fieldset className="stack-tight">
      <legend>{t('form.sessions')}</legend>
      <p className="field-hint">{t('form.sessions_hint', { zone: timeZone })}</p>
      {sessions.length === 0 && <p className="muted">{t('form.no_sessions')}</p>}
      <ol className="session-rows">
        {sessions.map((session, index) => {
          const problem = problems[`sessions.${index}.startsAt`] ?? problems[`sessions.${index}.endsAt`];
          const label = (field: 'day' | 'start' | 'end' | 'room' | 'format' | 'remove') => t(`form.session_${field}`, { number: index + 1 });
          return (
            <li key={session.key} className={problem ? 'session-row field-invalid' : 'session-row'} data-testid="session-row">
              <label>
                {label('day')}
                <select value={session.day} onChange={(e) => set(index, { day: e.target.value })} aria-invalid={problem ? true : undefined}>
                  {[...new Set([...days, session.day])].map((day) => (
                    <option key={day} value={day}>
                      {formatDate(day, language)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {label('start')}
                <input type="time" value={session.start} onChange={(e) => set(index, { start: e.target.value })} required />
              </label>
              <label>
                {label('end')}
                <input
                  type="time"
                  value={session.end}
                  onChange={(e) => set(index, { end: e.target.value })}
                  required
                  aria-invalid={problem ? true : undefined}
                />
              </label>
              <label>
                {label('room')}
                <input type="text" value={session.room} maxLength={100} onChange={(e) => set(index, { room: e.target.value })} />
              </label>
              <label>
                {label('format')}
                <select value={session.format} onChange={(e) => set(index, { format: e.target.value as SessionFormat })}>
                  {SESSION_FORMATS.map((format) => (
                    <option key={format} value={format}>
                      {t(`common:session_formats.${format}`)}
                    </option>
                  ))}
                </select>
              </label>
              {problem && <p className="field-error">{t(`errors:fields.${problem}`)}</p>}
              <button type="button" className="button button-small" onClick={() => onChange(sessions.filter((_, i) => i !== index))}>
                {label('remove')}
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button" onClick={add}>
        {t('form.add_session')}
      </button>
    </fieldset>
  );
}
