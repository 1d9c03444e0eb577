import { useTranslation } from '../../../lib/use-translation.js';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.js';
import { languageName } from '../../../components/language-name.js';
import { Loading } from '../../../components/loading.js';
import { Pagination } from '../../../components/pagination.js';
import { useUsers, USERS_PAGE_SIZE } from '../hooks/use-users.js';
import { TableScroll } from '../../../components/table-scroll.js';

/** Everyone on the platform, a page at a time; the page lives in the address (?page=2). */
export function UsersTable() {
  const { t } = useTranslation(['users', 'common']);
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const users = useUsers(page);

  if (users.isPending) return <Loading />;
  if (users.isError) return <ErrorAlert error={users.error} />;
  const { items, total } = users.data;
  const pages = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));

  return (
    <section aria-labelledby="users-list" className="card" aria-busy={users.isFetching || undefined}>
      <h2 id="users-list">{t('list.title')}</h2>
      <p className="muted">{t('list.count', { count: total })}</p>
      {items.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <TableScroll name={t('list.title')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('list.name')}</th>
                <th scope="col">{t('list.email')}</th>
                <th scope="col">{t('list.role')}</th>
                <th scope="col">{t('list.language')}</th>
                <th scope="col">{t('list.status')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((user) => (
                <tr key={user.id}>
                  <th scope="row">{user.name}</th>
                  <td>{user.email}</td>
                  <td>{t(`common:roles.${user.role}`)}</td>
                  <td lang={user.language}>{languageName(user.language)}</td>
                  <td>{t(`statuses.${user.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Pagination page={page} pages={pages} onPage={(next) => setParams(next === 1 ? {} : { page: String(next) })} />
    </section>
  );
}
