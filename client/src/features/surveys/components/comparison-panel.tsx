import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../../lib/use-translation.js';
import type { Language } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { formatNumber } from '../../../lib/format.js';
import { localized } from '../../../lib/localized.js';
import { surveysApi } from '../api/surveys.api.js';
import { useEditionSurveys, useSurvey } from '../hooks/use-surveys.js';

/** Before/after: the same questions (by key) in another survey of the edition, e.g. the pre-assessment. */
export function ComparisonPanel({ surveyId }: { surveyId: string }) {
  const { t, i18n } = useTranslation('surveys');
  const language = i18n.language as Language;
  const survey = useSurvey(surveyId);
  const others = useEditionSurveys(survey.data?.editionId ?? '');
  const [other, setOther] = useState('');
  const comparison = useQuery({
    queryKey: ['surveys', 'comparison', surveyId, other, language],
    queryFn: () => surveysApi.comparison(surveyId, other, language),
    enabled: Boolean(other),
  });
  const candidates = (others.data ?? []).filter((s) => s.id !== surveyId);
  if (candidates.length === 0) return null;
  return (
    <section className="stack-tight" aria-labelledby="comparison-title">
      <h2 id="comparison-title">{t('comparison.title')}</h2>
      <div className="field">
        <label htmlFor="compare-with">{t('comparison.with')}</label>
        <select id="compare-with" value={other} onChange={(e) => setOther(e.target.value)}>
          <option value="">—</option>
          {candidates.map((s) => (
            <option key={s.id} value={s.id}>
              {localized(s.title, language, 'en').value}
            </option>
          ))}
        </select>
      </div>
      <ErrorAlert error={comparison.error} />
      {comparison.data &&
        (comparison.data.questions.length === 0 ? (
          <p>{t('comparison.none')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('comparison.question')}</th>
                <th scope="col">{comparison.data.before.title}</th>
                <th scope="col">{comparison.data.after.title}</th>
              </tr>
            </thead>
            <tbody>
              {comparison.data.questions.map((q) => (
                <tr key={q.key}>
                  <th scope="row">{q.text}</th>
                  <td>{q.before.mean !== null ? formatNumber(q.before.mean, language) : t('results.answered', { count: q.before.answered })}</td>
                  <td>{q.after.mean !== null ? formatNumber(q.after.mean, language) : t('results.answered', { count: q.after.answered })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </section>
  );
}
