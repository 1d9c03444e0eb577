import { useTranslation } from '../../../lib/use-translation.js';
import type { Language, ProgressDashboard } from '@sstc/shared';
import { Pagination } from '../../../components/pagination.js';
import { TableScroll } from '../../../components/table-scroll.js';

export function ProgressTable({ dashboard, onPage }: { dashboard: ProgressDashboard; onPage: (page: number) => void }) {
  const { t, i18n } = useTranslation('learning');
  const language = i18n.language as Language;
  if (dashboard.rows.length === 0) return <p>{t('dashboard.empty')}</p>;
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
  return (
    <>
      <TableScroll name={t('dashboard.title')}>
        <table data-testid="progress-table">
          <caption className="visually-hidden">{t('dashboard.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.name')}</th>
              <th scope="col">{t('dashboard.cohort')}</th>
              <th scope="col">{t('dashboard.completed_units')}</th>
              <th scope="col">{t('dashboard.status')}</th>
              <th scope="col">{t('dashboard.last_activity')}</th>
            </tr>
          </thead>
          <tbody>
            {dashboard.rows.map((row) => (
              <tr key={row.userId}>
                <th scope="row">{row.name}</th>
                <td>{row.cohort ?? '—'}</td>
                <td>{t('dashboard.completed_of', { completed: row.completed, total: row.total, percent: row.percent })}</td>
                <td>
                  <span className={`badge badge-progress-${row.status}`}>{t(`progress_status.${row.status}`)}</span>
                </td>
                <td>{row.lastActivityAt ? <time dateTime={row.lastActivityAt}>{when.format(new Date(row.lastActivityAt))}</time> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <Pagination page={dashboard.page} pages={Math.ceil(dashboard.total / dashboard.pageSize)} onPage={onPage} />
    </>
  );
}
