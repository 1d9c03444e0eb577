import { useTranslation } from '../lib/use-translation.js';
import { Link } from 'react-router';
import { usePageTitle } from '../components/use-page-title.js';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('not_found.title'));
  return (
    <div className="narrow">
      <h1>{t('not_found.title')}</h1>
      <p>{t('not_found.body')}</p>
      <p>
        <Link to="/">{t('not_found.home_link')}</Link>
      </p>
    </div>
  );
}
