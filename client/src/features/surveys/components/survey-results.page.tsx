import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { Link, useParams } from 'react-router';
import { LANGUAGES } from '@sstc/shared/values';
import type { BreakdownDimension, Language } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { languageName } from '../../../components/language-name.js';
import { Loading } from '../../../components/loading.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { formatDate } from '../../../lib/format.js';
import { localized } from '../../../lib/localized.js';
import { useResults, useSurvey } from '../hooks/use-surveys.js';
import { BarChart, TimelineChart } from './charts.js';
import { ComparisonPanel } from './comparison-panel.js';
import { CsvExport } from './csv-export.js';
import { QuestionResultView } from './question-result.js';

/** /surveys/:surveyId/results: response rate, breakdowns, charts per question, free texts, export. */
export function SurveyResultsPage() {
  const { surveyId = '' } = useParams();
  const { t, i18n } = useTranslation('surveys');
  const language = i18n.language as Language;
  const groupName = useGroupName();
  const [dimension, setDimension] = useState('language');
  const [group, setGroup] = useState('');
  const results = useResults(surveyId, { dimension, group: group || undefined, language });
  const survey = useSurvey(surveyId);
  const surveyTitle = survey.data ? localized(survey.data.title, language, survey.data.defaultLanguage ?? 'en').value : '';
  const heading = surveyTitle ? t('results.title_of', { title: surveyTitle }) : t('results.title');
  usePageTitle(heading);
  if (results.isPending) return <Loading />;
  if (results.isError) return <ErrorAlert error={results.error} />;
  const data = results.data;
  const rate = data.invited > 0 ? Math.round((data.responses / data.invited) * 100) : 0;
  const groupLabel = (value: string, label: string) => (value === 'unknown' ? t('results.unknown') : groupName(data.dimension, value, label));
  return (
    <div className="stack" data-testid="survey-results">
      <p>
        <Link to="/surveys">{t('editor.back')}</Link>
      </p>
      <h1>{heading}</h1>
      <p data-testid="response-count">{t('results.rate', { responses: data.responses, invited: data.invited, rate })}</p>
      {data.minGroupSize !== null && (
        <p className="muted" data-testid="anonymous-note">
          {t('results.anonymous_note', { min: data.minGroupSize })}
          {data.publishedAt && ` ${t('results.published_at', { date: formatDate(data.publishedAt.slice(0, 10), language) })}`}
        </p>
      )}
      {data.suppressed && (
        <p className="alert alert-info" role="status" data-testid="results-suppressed">
          {t('results.suppressed', { min: data.minGroupSize ?? 0 })}
        </p>
      )}
      <TimelineChart
        points={data.timeline}
        invited={data.invited}
        label={t('results.timeline', { responses: data.responses, invited: data.invited })}
      />
      <section className="stack-tight" aria-labelledby="breakdown-title">
        <h2 id="breakdown-title">{t('results.breakdown')}</h2>
        <div className="inline-form">
          <div className="field">
            <label htmlFor="dimension">{t('results.dimension')}</label>
            <select
              id="dimension"
              value={data.dimension}
              onChange={(e) => {
                setDimension(e.target.value);
                setGroup('');
              }}
            >
              {data.dimensions.map((d) => (
                <option key={d} value={d}>
                  {t(`dimensions.${d}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="group">{t('results.group')}</label>
            <select id="group" value={group} onChange={(e) => setGroup(e.target.value)}>
              <option value="">{t('results.all_groups')}</option>
              {data.groups.map((g) => (
                <option key={g.value} value={g.value}>
                  {groupLabel(g.value, g.label)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <BarChart
          caption={t('results.breakdown')}
          total={data.groups.reduce((sum, g) => sum + g.responses, 0)}
          bars={data.groups.map((g) => ({
            label: `${groupLabel(g.value, g.label)} (${t('results.invited', { count: g.invited ?? 0 })})`,
            count: g.responses,
          }))}
        />
      </section>
      <CsvExport surveyId={surveyId} />
      <ComparisonPanel surveyId={surveyId} />
      <section className="stack" aria-labelledby="questions-title">
        <h2 id="questions-title">{t('results.questions')}</h2>
        {data.questions.map((question) => (
          <QuestionResultView key={question.key} question={question} language={language} />
        ))}
      </section>
    </div>
  );
}

/** A group of a breakdown as the reader calls it: a country, region, group or language in their language; a cohort by its name. */
function useGroupName(): (dimension: BreakdownDimension, value: string, label: string) => string {
  const { t, i18n } = useTranslation('common');
  const language = i18n.language as Language;
  return (dimension, value, label) => {
    switch (dimension) {
      case 'language':
        return (LANGUAGES as readonly string[]).includes(value) ? languageName(value as Language) : label;
      case 'country':
        return countryName(value, language) ?? label;
      case 'ilo_region':
        return t(`regions.${value}` as 'regions.africa', { defaultValue: label });
      case 'constituency_group':
        return t(`constituency_groups.${value}` as 'constituency_groups.other', { defaultValue: label });
      case 'cohort':
        return label;
    }
  };
}

function countryName(code: string, language: Language): string | undefined {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code);
  } catch {
    return undefined;
  }
}
