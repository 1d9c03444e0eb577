import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { Link, useParams } from 'react-router';
import { PROGRESS_STATUSES } from '@sstc/shared/values';
import type { Language, ProgressDashboard, ProgressStatus } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { formatNumber } from '../../../lib/format.js';
import { localized } from '../../../lib/localized.js';
import { learningApi, type DashboardFilters } from '../api/learning.api.js';
import { useProgressDashboard } from '../hooks/use-learning.js';
import { ProgressTable } from './progress-table.js';

/** Who has not started, who is behind, and completion over time, per cohort or per module. */
export function ProgressDashboardPage() {
  const { t } = useTranslation('learning');
  const { editionId = '' } = useParams();
  const [filters, setFilters] = useState<DashboardFilters>({ page: 1 });
  const dashboard = useProgressDashboard(editionId, filters);
  usePageTitle(t('dashboard.title'));
  const change = (patch: Partial<DashboardFilters>) => setFilters((f) => ({ ...f, ...patch, page: patch.page ?? 1 }));
  return (
    <div className="stack">
      <p>
        <Link to={`/editions/${editionId}/learning`}>{t('unit.back')}</Link>
      </p>
      <h1>{t('dashboard.title')}</h1>
      {dashboard.isPending ? (
        <Loading />
      ) : dashboard.isError ? (
        <ErrorAlert error={dashboard.error} />
      ) : (
        <>
          <Filters dashboard={dashboard.data} filters={filters} onChange={change} />
          <Summary dashboard={dashboard.data} />
          <p>
            <a
              className="button"
              href={learningApi.csvUrl(editionId, { cohortId: filters.cohortId, programmeItemId: filters.programmeItemId, status: filters.status })}
              download
            >
              {t('dashboard.export_csv')}
            </a>
          </p>
          <ProgressTable dashboard={dashboard.data} onPage={(page) => change({ page })} />
        </>
      )}
    </div>
  );
}

function Filters({
  dashboard,
  filters,
  onChange,
}: {
  dashboard: ProgressDashboard;
  filters: DashboardFilters;
  onChange: (patch: Partial<DashboardFilters>) => void;
}) {
  const { t, i18n } = useTranslation(['learning', 'courses']);
  const language = i18n.language as Language;
  return (
    <div className="filters">
      <label>
        {t('dashboard.cohort')}
        <select value={filters.cohortId ?? ''} onChange={(e) => onChange({ cohortId: e.target.value || undefined })}>
          <option value="">{t('dashboard.all_mine')}</option>
          {dashboard.cohorts.map((cohort) => (
            <option key={cohort.id} value={cohort.id}>
              {cohort.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dashboard.module')}
        <select value={filters.programmeItemId ?? ''} onChange={(e) => onChange({ programmeItemId: e.target.value || undefined })}>
          <option value="">{t('dashboard.all_units')}</option>
          {dashboard.modules.map((item) => (
            <option key={item.id} value={item.id}>
              {t(`courses:programme.item_label.${item.kind}`, { number: item.number })}: {localized(item.title, language, 'en').value}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dashboard.status')}
        <select value={filters.status ?? ''} onChange={(e) => onChange({ status: (e.target.value || undefined) as ProgressStatus | undefined })}>
          <option value="">{t('dashboard.any_status')}</option>
          {PROGRESS_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`progress_status.${status}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function Summary({ dashboard }: { dashboard: ProgressDashboard }) {
  const { t, i18n } = useTranslation('learning');
  const language = i18n.language as Language;
  const { totals } = dashboard;
  const peak = Math.max(1, ...dashboard.overTime.map((day) => day.completions));
  return (
    <section className="stack-tight" aria-labelledby="dashboard-summary">
      <h2 id="dashboard-summary">{t('dashboard.summary')}</h2>
      <dl className="facts" data-testid="dashboard-totals">
        <div>
          <dt>{t('dashboard.participants')}</dt>
          <dd>{formatNumber(totals.participants, language)}</dd>
        </div>
        <div>
          <dt>{t('progress_status.not_started')}</dt>
          <dd>{formatNumber(totals.notStarted, language)}</dd>
        </div>
        <div>
          <dt>{t('progress_status.behind')}</dt>
          <dd>{formatNumber(totals.behind, language)}</dd>
        </div>
        <div>
          <dt>{t('progress_status.on_track')}</dt>
          <dd>{formatNumber(totals.onTrack, language)}</dd>
        </div>
        <div>
          <dt>{t('progress_status.completed')}</dt>
          <dd>{formatNumber(totals.completed, language)}</dd>
        </div>
      </dl>
      <p className="note">{t('dashboard.expected', { percent: dashboard.expectedPercent })}</p>
      {dashboard.overTime.length > 0 && (
        <details>
          <summary>{t('dashboard.over_time')}</summary>
          <table className="over-time">
            <caption className="visually-hidden">{t('dashboard.over_time')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.date')}</th>
                <th scope="col">{t('dashboard.completions')}</th>
              </tr>
            </thead>
            <tbody>
              {dashboard.overTime.map((day) => (
                <tr key={day.date}>
                  <th scope="row">
                    {new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day.date}T00:00:00Z`))}
                  </th>
                  <td>
                    <span className="bar" style={{ width: `${(day.completions * 100) / peak}%` }} aria-hidden="true" />{' '}
                    {formatNumber(day.completions, language)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}
