import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { Link, useSearchParams } from 'react-router';
import { ENROLMENT_ROLES, ENROLMENT_STATUSES } from '@sstc/shared/values';
import type { EditionDetail, EnrolmentRole, EnrolmentStatus } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { Pagination } from '../../../components/pagination.js';
import { formText } from '../../../lib/validation.js';
import { EditionShell } from '../../courses/components/edition-shell.js';
import { useCohorts } from '../../cohorts/hooks/use-cohorts.js';
import { ENROLMENTS_PAGE_SIZE, useEnrolments, type EnrolmentFilters } from '../hooks/use-enrolments.js';
import { AddEnrolmentForm } from './add-enrolment-form.js';
import { EnrolmentRow } from './enrolment-row.js';
import { TableScroll } from '../../../components/table-scroll.js';

export function EnrolmentsPage() {
  const { t } = useTranslation('enrolments');
  return <EditionShell page={t('title')}>{(edition) => <Enrolments edition={edition} />}</EditionShell>;
}

/** Filters and page live in the address (?status=withdrawn&page=2), so a view can be shared or reloaded. */
function useFilters(): [EnrolmentFilters, (next: Partial<EnrolmentFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters: EnrolmentFilters = {
    page: Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1),
    status: (params.get('status') || undefined) as EnrolmentStatus | undefined,
    role: (params.get('role') || undefined) as EnrolmentRole | undefined,
    cohort: params.get('cohort') || undefined,
    q: params.get('q') || undefined,
  };
  const set = (next: Partial<EnrolmentFilters>) => {
    const merged = { ...filters, page: 1, ...next };
    setParams(
      Object.fromEntries(
        Object.entries(merged)
          .filter(([key, value]) => value !== undefined && value !== '' && !(key === 'page' && value === 1))
          .map(([k, v]) => [k, String(v)]),
      ),
    );
  };
  return [filters, set];
}

function Enrolments({ edition }: { edition: EditionDetail }) {
  const { t } = useTranslation(['enrolments', 'common']);
  const [filters, setFilters] = useFilters();
  const enrolments = useEnrolments(edition.id, filters);
  const cohorts = useCohorts(edition.id);
  const [rowError, setRowError] = useState<unknown>(null);
  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setFilters({ q: formText(data, 'q').trim() || undefined });
  };

  return (
    <>
      <p>
        {t('intro')} <Link to={`/editions/${edition.id}/import`}>{t('import_link')}</Link>
      </p>
      <details className="card">
        <summary>{t('add.title')}</summary>
        <AddEnrolmentForm editionId={edition.id} cohorts={cohorts.data ?? []} />
      </details>
      <section aria-labelledby="people" className="card" aria-busy={enrolments.isFetching || undefined}>
        <h2 id="people">{t('list.title')}</h2>
        <div className="filters">
          <form role="search" onSubmit={search} className="filter-search">
            <label htmlFor="enrolment-search">{t('list.search')}</label>
            <input id="enrolment-search" name="q" type="search" defaultValue={filters.q} />
            <button type="submit" className="button">
              {t('list.search_submit')}
            </button>
          </form>
          <label>
            {t('list.status')}
            <select
              value={filters.status ?? ''}
              onChange={(e) => setFilters({ status: (e.target.value || undefined) as EnrolmentStatus | undefined })}
            >
              <option value="">{t('list.any')}</option>
              {ENROLMENT_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`statuses.${status}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('list.role')}
            <select value={filters.role ?? ''} onChange={(e) => setFilters({ role: (e.target.value || undefined) as EnrolmentRole | undefined })}>
              <option value="">{t('list.any')}</option>
              {ENROLMENT_ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`common:roles.${role}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('list.cohort')}
            <select value={filters.cohort ?? ''} onChange={(e) => setFilters({ cohort: e.target.value || undefined })}>
              <option value="">{t('list.any')}</option>
              <option value="none">{t('no_cohort')}</option>
              {cohorts.data?.map((cohort) => (
                <option key={cohort.id} value={cohort.id}>
                  {cohort.name}
                </option>
              ))}
            </select>
          </label>
        </div>
        <ErrorAlert error={rowError} />
        {enrolments.isPending ? (
          <Loading />
        ) : enrolments.isError ? (
          <ErrorAlert error={enrolments.error} />
        ) : (
          <>
            <p className="muted" role="status">
              {t('list.count', { count: enrolments.data.total })}
            </p>
            {enrolments.data.items.length > 0 && (
              <TableScroll name={t('list.title')}>
                <table className="people-table">
                  <thead>
                    <tr>
                      {(['person', 'role', 'language', 'cohort', 'status', 'electives', 'actions'] as const).map((column) => (
                        <th key={column} scope="col">
                          {t(`list.columns.${column}`)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {enrolments.data.items.map((enrolment) => (
                      <EnrolmentRow key={enrolment.id} edition={edition} enrolment={enrolment} cohorts={cohorts.data ?? []} onError={setRowError} />
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
            <Pagination
              page={filters.page}
              pages={Math.max(1, Math.ceil(enrolments.data.total / ENROLMENTS_PAGE_SIZE))}
              onPage={(page) => setFilters({ ...filters, page })}
            />
          </>
        )}
      </section>
    </>
  );
}
