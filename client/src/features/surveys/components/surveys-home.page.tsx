import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { Link, useNavigate } from 'react-router';
import { SURVEY_KINDS } from '@sstc/shared/values';
import type { Language, SurveyKind } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { localized } from '../../../lib/localized.js';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';
import { useEditions } from '../../courses/hooks/use-editions.js';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { surveysApi } from '../api/surveys.api.js';
import { useEditionSurveys } from '../hooks/use-surveys.js';
import { MySurveys } from './my-surveys.js';

/** /surveys: participants see what they are asked to answer; staff the surveys of an edition. */
export function SurveysHomePage() {
  const { t } = useTranslation('surveys');
  const user = useSignedInUser();
  usePageTitle(t('home.title'));
  return (
    <div className="stack">
      <h1>{t('home.title')}</h1>
      {user.role === 'participant' ? <MySurveys /> : <EditionSurveys />}
    </div>
  );
}

function EditionSurveys() {
  const { t, i18n } = useTranslation('surveys');
  const language = i18n.language as Language;
  const user = useSignedInUser();
  const editions = useEditions();
  const [chosen, setChosen] = useState('');
  const editionId = chosen || editions.data?.[0]?.id || '';
  const surveys = useEditionSurveys(editionId);
  const client = useQueryClient();
  const navigate = useNavigate();
  const [kind, setKind] = useState<SurveyKind>('custom');
  const create = useMutation({
    mutationFn: () => surveysApi.create(editionId, kind),
    onSuccess: (survey) => {
      void client.invalidateQueries({ queryKey: ['surveys'] });
      void navigate(`/surveys/${survey.id}`);
    },
  });
  if (editions.isPending) return <Loading />;
  if (editions.isError) return <ErrorAlert error={editions.error} />;
  return (
    <>
      <div className="field">
        <label htmlFor="survey-edition">{t('home.edition')}</label>
        <select id="survey-edition" value={editionId} onChange={(e) => setChosen(e.target.value)}>
          {editions.data.map((edition) => (
            <option key={edition.id} value={edition.id}>
              {localized(edition.title, language, edition.defaultLanguage).value}
            </option>
          ))}
        </select>
      </div>
      {surveys.isPending ? (
        <Loading />
      ) : surveys.isError ? (
        <ErrorAlert error={surveys.error} />
      ) : surveys.data.length === 0 ? (
        <p>{t('home.empty')}</p>
      ) : (
        <ul className="card-list" data-testid="survey-list">
          {surveys.data.map((survey) => (
            <li key={survey.id} className="card" data-testid="survey-card" data-kind={survey.kind}>
              <h2>{localized(survey.title, language, 'en').value}</h2>
              <p className="muted">
                {t(`kinds.${survey.kind}`)} · {survey.anonymous ? t('anonymous') : t('identified')} ·{' '}
                {t('home.responses', { count: survey.responses })}
              </p>
              <p className="actions">
                {user.role === 'organizer' && <Link to={`/surveys/${survey.id}`}>{t('home.open_editor')}</Link>}
                <Link to={`/surveys/${survey.id}/results`}>{t('home.open_results')}</Link>
                {!survey.anonymous && <Link to={`/surveys/${survey.id}/interviews`}>{t('home.open_interviews')}</Link>}
              </p>
            </li>
          ))}
        </ul>
      )}
      {user.role === 'organizer' && editionId && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate();
          }}
        >
          <div className="field">
            <label htmlFor="new-survey-kind">{t('home.new_kind')}</label>
            <select id="new-survey-kind" value={kind} onChange={(e) => setKind(e.target.value as SurveyKind)}>
              {SURVEY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            {t('home.create')}
          </button>
          <ErrorAlert error={create.error} />
        </form>
      )}
    </>
  );
}
