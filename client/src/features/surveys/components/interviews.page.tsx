import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../../../lib/use-translation.js';
import { Link, useParams } from 'react-router';
import { INTERVIEW_OUTCOMES } from '@sstc/shared/values';
import type { Interview, InterviewOutcome } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { Pagination } from '../../../components/pagination.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { DraftFromInterviewButton } from '../../practices/components/draft-from-interview-button.js';
import { surveysApi } from '../api/surveys.api.js';

/** /surveys/:surveyId/interviews: who to interview, proposals, notes and outcomes, and a summary. */
export function InterviewsPage() {
  const { surveyId = '' } = useParams();
  const { t } = useTranslation('surveys');
  const [page, setPage] = useState(1);
  const list = useQuery({ queryKey: ['surveys', 'interviews', surveyId, page], queryFn: () => surveysApi.interviews(surveyId, page) });
  usePageTitle(t('interviews.title'));
  return (
    <div className="stack">
      <p>
        <Link to="/surveys">{t('editor.back')}</Link>
      </p>
      <h1>{t('interviews.title')}</h1>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : (
        <>
          <p>
            {list.data.summary.byStatus
              .filter((s) => s.count > 0)
              .map((s) => `${t(`interview_status.${s.status}`)}: ${s.count}`)
              .join(' · ') || t('interviews.empty')}
          </p>
          {list.data.summary.byOutcome.some((o) => o.count > 0) && (
            <p className="muted">
              {list.data.summary.byOutcome
                .filter((o) => o.count > 0)
                .map((o) => `${t(`outcomes.${o.outcome}`)}: ${o.count}`)
                .join(' · ')}
            </p>
          )}
          <ul className="card-list" data-testid="interview-list">
            {list.data.items.map((interview) => (
              <InterviewCard key={interview.id} interview={interview} />
            ))}
          </ul>
          <Pagination page={page} pages={Math.ceil(list.data.total / list.data.pageSize)} onPage={setPage} />
        </>
      )}
    </div>
  );
}

function InterviewCard({ interview }: { interview: Interview }) {
  const { t, i18n } = useTranslation('surveys');
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['surveys', 'interviews'] });
  const [startsAt, setStartsAt] = useState('');
  const [duration, setDuration] = useState(45);
  const [meetingLink, setMeetingLink] = useState(interview.meetingLink ?? '');
  const [notes, setNotes] = useState(interview.notes);
  const [outcome, setOutcome] = useState<InterviewOutcome | ''>(interview.outcome ?? '');
  const propose = useMutation({
    mutationFn: () =>
      surveysApi.propose(interview.id, { startsAt: new Date(startsAt).toISOString(), durationMinutes: duration, meetingLink, note: '' }),
    onSuccess: refresh,
  });
  const record = useMutation({
    mutationFn: (done: boolean) => surveysApi.record(interview.id, { notes, outcome: outcome || null, ...(done ? { status: 'done' as const } : {}) }),
    onSuccess: refresh,
  });
  const when =
    interview.startsAt && new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full', timeStyle: 'short' }).format(new Date(interview.startsAt));
  const onPropose = (event: FormEvent) => {
    event.preventDefault();
    propose.mutate();
  };
  return (
    <li className="card stack-tight" data-testid="interview" data-status={interview.status}>
      <h2>{interview.participant.name}</h2>
      <p className="muted">
        {interview.participant.email}
        {interview.cohort && ` · ${interview.cohort}`} · {t(`interview_status.${interview.status}`)}
      </p>
      <dl className="facts">
        {Object.entries(interview.initiative).map(([question, answer]) => (
          <div key={question}>
            <dt>{question}</dt>
            <dd>{answer}</dd>
          </div>
        ))}
      </dl>
      {when && <p>{t('interviews.proposed', { when, minutes: interview.durationMinutes, interviewer: interview.interviewer ?? '' })}</p>}
      {interview.participantMessage && <p className="alert">{t('interviews.participant_asks', { message: interview.participantMessage })}</p>}
      {interview.status !== 'done' && interview.status !== 'cancelled' && (
        <form className="inline-form" onSubmit={onPropose}>
          <div className="field">
            <label htmlFor={`at-${interview.id}`}>{t('interviews.starts_at')}</label>
            <input id={`at-${interview.id}`} type="datetime-local" required value={startsAt} onChange={(e) => setStartsAt(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`duration-${interview.id}`}>{t('interviews.duration')}</label>
            <input
              id={`duration-${interview.id}`}
              type="number"
              min={10}
              max={240}
              value={duration}
              onChange={(e) => setDuration(Number(e.target.value))}
            />
          </div>
          <div className="field">
            <label htmlFor={`link-${interview.id}`}>{t('interviews.meeting_link')}</label>
            <input id={`link-${interview.id}`} type="url" required value={meetingLink} onChange={(e) => setMeetingLink(e.target.value)} />
          </div>
          <button type="submit" className="button button-primary">
            {t('interviews.propose')}
          </button>
        </form>
      )}
      <div className="field">
        <label htmlFor={`notes-${interview.id}`}>{t('interviews.notes')}</label>
        <textarea id={`notes-${interview.id}`} rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`outcome-${interview.id}`}>{t('interviews.outcome')}</label>
        <select id={`outcome-${interview.id}`} value={outcome} onChange={(e) => setOutcome(e.target.value as InterviewOutcome | '')}>
          <option value="">—</option>
          {INTERVIEW_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t(`outcomes.${o}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="actions">
        <button type="button" className="button" onClick={() => record.mutate(false)}>
          {t('interviews.save_notes')}
        </button>
        <button type="button" className="button" onClick={() => record.mutate(true)}>
          {t('interviews.mark_done')}
        </button>
        <DraftFromInterviewButton interviewId={interview.id} name={interview.participant.name} />
      </p>
      <ErrorAlert error={propose.error ?? record.error} />
    </li>
  );
}
