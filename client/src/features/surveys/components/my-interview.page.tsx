import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../../../lib/use-translation.js';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { formatTimeRange, sameClock, timeZoneName } from '../../../lib/format.js';
import type { Language } from '@sstc/shared';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';
import { surveysApi } from '../api/surveys.api.js';

/** /interviews/:interviewId: the participant confirms the proposed time or asks for another. */
export function MyInterviewPage() {
  const { interviewId = '' } = useParams();
  const { t, i18n } = useTranslation('surveys');
  const user = useSignedInUser();
  const language = i18n.language as Language;
  const client = useQueryClient();
  const interviews = useQuery({ queryKey: ['surveys', 'my-interviews'], queryFn: surveysApi.myInterviews });
  const [message, setMessage] = useState('');
  const refresh = () => client.invalidateQueries({ queryKey: ['surveys', 'my-interviews'] });
  const confirm = useMutation({ mutationFn: () => surveysApi.confirmInterview(interviewId), onSuccess: refresh });
  const reschedule = useMutation({ mutationFn: () => surveysApi.rescheduleInterview(interviewId, message), onSuccess: refresh });
  usePageTitle(t('my_interview.title'));
  if (interviews.isPending) return <Loading />;
  if (interviews.isError) return <ErrorAlert error={interviews.error} />;
  const interview = interviews.data.find((i) => i.id === interviewId);
  if (!interview) return <p>{t('my_interview.missing')}</p>;
  const end = interview.startsAt && new Date(new Date(interview.startsAt).getTime() + (interview.durationMinutes ?? 0) * 60_000).toISOString();
  return (
    <div className="stack" data-testid="my-interview" data-status={interview.status}>
      <h1>{t('my_interview.title')}</h1>
      <p>{interview.surveyTitle}</p>
      <p>
        <strong>{t(`interview_status.${interview.status}`)}</strong>
      </p>
      {interview.startsAt && end && (
        <p>
          {formatTimeRange(interview.startsAt, end, language, user.timeZone)} ({timeZoneName(user.timeZone, language)})
          {!sameClock(interview.startsAt, user.timeZone, interview.editionTimeZone) && (
            <>
              <br />
              {formatTimeRange(interview.startsAt, end, language, interview.editionTimeZone)}
            </>
          )}
        </p>
      )}
      {interview.meetingLink && (
        <p>
          <a href={interview.meetingLink}>{t('my_interview.join')}</a>
        </p>
      )}
      {interview.status === 'proposed' || interview.status === 'reschedule_requested' ? (
        <>
          <button type="button" className="button button-primary" onClick={() => confirm.mutate()}>
            {t('my_interview.confirm')}
          </button>
          <div className="field">
            <label htmlFor="other-time">{t('my_interview.other_time')}</label>
            <textarea id="other-time" rows={3} value={message} onChange={(e) => setMessage(e.target.value)} />
          </div>
          <button type="button" className="button" disabled={!message.trim()} onClick={() => reschedule.mutate()}>
            {t('my_interview.ask')}
          </button>
        </>
      ) : null}
      <ErrorAlert error={confirm.error ?? reschedule.error} />
    </div>
  );
}
