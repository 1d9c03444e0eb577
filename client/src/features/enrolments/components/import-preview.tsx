import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import type { EnrolmentImport } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { Pagination } from '../../../components/pagination.js';
import { useImportRows } from '../hooks/use-imports.js';
import { TableScroll } from '../../../components/table-scroll.js';

const PAGE_SIZE = 50;

/** Every row as it was read, problems first, each with its translated reason. */
export function ImportPreview({ record }: { record: EnrolmentImport }) {
  const { t } = useTranslation(['enrolments', 'errors']);
  const [only, setOnly] = useState<'invalid' | 'all'>(record.invalid > 0 ? 'invalid' : 'all');
  const [page, setPage] = useState(1);
  const rows = useImportRows(record.id, { only, page, pageSize: PAGE_SIZE });
  return (
    <section aria-labelledby="import-rows" className="card" aria-busy={rows.isFetching || undefined}>
      <h2 id="import-rows">{t('import.rows_title')}</h2>
      <fieldset className="segmented">
        <legend className="visually-hidden">{t('import.show')}</legend>
        {(['invalid', 'all'] as const).map((option) => (
          <label key={option}>
            <input type="radio" name="only" value={option} checked={only === option} onChange={() => (setOnly(option), setPage(1))} />{' '}
            {t(`import.only.${option}`)}
          </label>
        ))}
      </fieldset>
      {rows.isPending ? (
        <Loading />
      ) : rows.isError ? (
        <ErrorAlert error={rows.error} />
      ) : rows.data.items.length === 0 ? (
        <p>{t('import.no_rows')}</p>
      ) : (
        <TableScroll name={t('import.rows_title')}>
          <table data-testid="import-rows">
            <thead>
              <tr>
                <th scope="col">{t('import.columns.line')}</th>
                <th scope="col">{t('import.columns.person')}</th>
                <th scope="col">{t('import.columns.cohort')}</th>
                <th scope="col">{t('import.columns.result')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.data.items.map((row) => (
                <tr key={row.line} className={row.action === 'invalid' ? 'row-invalid' : undefined}>
                  <td>{row.line}</td>
                  <th scope="row">
                    {row.name || '—'}
                    <br />
                    <span className="muted">{row.email}</span>
                  </th>
                  <td>{row.cohort ?? '—'}</td>
                  <td>
                    {row.action === 'invalid' ? (
                      <ul className="problems">
                        {row.problems.map((problem) => (
                          <li key={problem.field}>
                            {t('import.problem', {
                              column: t(`import.column_names.${problem.field as 'email'}`),
                              reason: t(`errors:fields.${problem.code as 'invalid'}`),
                            })}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      t(`import.actions.${row.action}`)
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {rows.data && <Pagination page={page} pages={Math.max(1, Math.ceil(rows.data.total / PAGE_SIZE))} onPage={setPage} />}
    </section>
  );
}
