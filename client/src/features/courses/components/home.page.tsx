import { useTranslation } from '../../../lib/use-translation.js';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';
import { HomeTasks } from '../../home/components/home-tasks.js';
import { useEditions } from '../hooks/use-editions.js';
import { EditionCard } from './edition-card.js';

/** Each role's starting point: the editions the server lets them see. */
export function HomePage() {
  const { t } = useTranslation('courses');
  const user = useSignedInUser();
  const editions = useEditions();
  usePageTitle(t(`home.title.${user.role}`));
  return (
    <div className="stack">
      <h1>{t(`home.title.${user.role}`)}</h1>
      <p>{t(`home.intro.${user.role}`)}</p>
      {user.role === 'organizer' && (
        <p>
          <Link to="/editions/new" className="button button-primary">
            {t('home.new_edition')}
          </Link>
        </p>
      )}
      <HomeTasks />
      {editions.isPending ? (
        <Loading />
      ) : editions.isError ? (
        <ErrorAlert error={editions.error} />
      ) : editions.data.length === 0 ? (
        <p>{t('home.empty')}</p>
      ) : (
        <>
          <p className="muted">{t('home.count', { count: editions.data.length })}</p>
          <ul className="card-list">
            {editions.data.map((edition) => (
              <li key={edition.id}>
                <EditionCard edition={edition} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
