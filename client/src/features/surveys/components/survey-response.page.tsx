import { useEffect } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { isApiError } from '../../../lib/api.js';
import { useSurveyForm } from '../hooks/use-survey-form.js';
import { SurveyFormView } from './survey-form.js';

const LINK_PROBLEMS = ['survey_link_invalid', 'survey_closed', 'survey_already_submitted'] as const;

/** The public form at /s/:token: no sign-in, in the recipient's language, phone-first. */
export function SurveyResponsePage() {
  const { token = '' } = useParams();
  const { t, i18n } = useTranslation('surveys');
  const form = useSurveyForm(token);
  usePageTitle(form.data?.survey.title ?? t('form.title'));

  // The recipient reads the survey, and the page around it, in their own language.
  useEffect(() => {
    if (form.data && i18n.language !== form.data.language) void i18n.changeLanguage(form.data.language);
  }, [form.data, i18n]);

  if (form.isPending) return <Loading />;
  if (form.isError) {
    const problem = LINK_PROBLEMS.find((code) => isApiError(form.error, code));
    if (!problem) return <ErrorAlert error={form.error} />;
    return (
      <section className="stack link-problem" data-testid="survey-link-problem" data-problem={problem}>
        <h1>{t(`link_problem.${problem}.title`)}</h1>
        <p>{t(`link_problem.${problem}.body`)}</p>
      </section>
    );
  }
  return <SurveyFormView token={token} form={form.data} />;
}
