import { useTranslation } from '../../../lib/use-translation.js';
import { addDays, daysBetween, dateIn, LANGUAGES, SESSION_FORMATS } from '@sstc/shared/values';
import type { FieldProblem, Language, LocalizedText, ProgrammeSession, SessionFormat } from '@sstc/shared';
import { languageName } from '../../../components/language-name.js';
import { formatDate } from '../../../lib/format.js';

/** A session as the organizer types it: a day of the week and wall-clock times at the venue. */
export interface SessionDraft {
  key: string;
  id?: string;
  day: string;
  start: string;
  end: string;
  /** The room's name in each language, as typed (trimmed when sent). */
  room: LocalizedText;
  format: SessionFormat;
}

/** The room as the API takes it: trimmed, without the languages left empty. */
export function roomOf(draft: SessionDraft): LocalizedText {
  return Object.fromEntries(LANGUAGES.map((l) => [l, draft.room[l]?.trim() ?? '']).filter(([, name]) => name));
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
      { key: `new-${Date.now()}-${sessions.length}`, day: days[0]!, start: '09:00', end: '10:30', room: {}, format: 'expository_presentation' },
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
              <fieldset className="session-room">
                <legend>{label('room')}</legend>
                {LANGUAGES.map((l) => (
                  <label key={l}>
                    {t('form.session_room_in', { number: index + 1, language: languageName(l) })}
                    <input
                      type="text"
                      lang={l}
                      value={session.room[l] ?? ''}
                      maxLength={100}
                      onChange={(e) => set(index, { room: { ...session.room, [l]: e.target.value } })}
                    />
                  </label>
                ))}
              </fieldset>
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
