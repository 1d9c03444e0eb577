import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../../lib/use-translation.js';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { surveysApi } from '../api/surveys.api.js';

/** A participant's open surveys (answered from here with a fresh personal link) and interviews. */
export function MySurveys() {
  const { t, i18n } = useTranslation('surveys');
  const navigate = useNavigate();
  const surveys = useQuery({ queryKey: ['surveys', 'mine'], queryFn: surveysApi.mySurveys });
  const interviews = useQuery({ queryKey: ['surveys', 'my-interviews'], queryFn: surveysApi.myInterviews });
  const open = useMutation({ mutationFn: surveysApi.myLink, onSuccess: ({ token }) => void navigate(`/s/${token}`) });
  const date = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(iso));
  if (surveys.isPending) return <Loading />;
  if (surveys.isError) return <ErrorAlert error={surveys.error} />;
  return (
    <>
      {surveys.data.length === 0 ? (
        <p>{t('mine.empty')}</p>
      ) : (
        <ul className="card-list">
          {surveys.data.map((survey) => (
            <li key={survey.invitationId} className="card">
              <h2>{survey.title}</h2>
              <p className="muted">
                {survey.editionTitle} · {t('form.closes_on', { date: date(survey.closesAt) })}
              </p>
              {survey.responded ? (
                <p>{t('mine.answered')}</p>
              ) : (
                <button type="button" className="button button-primary" onClick={() => open.mutate(survey.invitationId)}>
                  {t('mine.answer')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ErrorAlert error={open.error} />
      {interviews.data && interviews.data.length > 0 && (
        <>
          <h2>{t('mine.interviews')}</h2>
          <ul>
            {interviews.data.map((interview) => (
              <li key={interview.id}>
                <Link to={`/interviews/${interview.id}`}>{interview.surveyTitle}</Link> · {t(`interview_status.${interview.status}`)}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
