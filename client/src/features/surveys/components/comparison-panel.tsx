import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../../lib/use-translation.js';
import type { Language } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { localized } from '../../../lib/localized.js';
import { surveysApi } from '../api/surveys.api.js';
import { useEditionSurveys, useSurvey } from '../hooks/use-surveys.js';
import { PairedBars } from './charts.js';

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
          <table className="comparison-table" data-testid="comparison">
            <caption className="visually-hidden">
              {t('comparison.caption', { before: comparison.data.before.title, after: comparison.data.after.title })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('comparison.question')}</th>
                <th scope="col">{t('comparison.means')}</th>
              </tr>
            </thead>
            <tbody>
              {comparison.data.questions.map((q) =>
                q.before.mean !== null || q.after.mean !== null ? (
                  <tr key={q.key}>
                    <th scope="row">{q.text}</th>
                    <td>
                      {/* Means on the question's own scale (its highest point), before and after side by side. */}
                      <PairedBars
                        pairs={{ before: q.before.mean, after: q.after.mean }}
                        max={Math.max(1, ...q.before.scale.map((p) => p.value), ...q.after.scale.map((p) => p.value))}
                        labels={{ before: comparison.data.before.title, after: comparison.data.after.title }}
                      />
                    </td>
                  </tr>
                ) : (
                  <tr key={q.key}>
                    <th scope="row">{q.text}</th>
                    <td>
                      {comparison.data.before.title}: {t('results.answered', { count: q.before.answered })} · {comparison.data.after.title}:{' '}
                      {t('results.answered', { count: q.after.answered })}
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        ))}
    </section>
  );
}
