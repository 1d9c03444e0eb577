import { useTranslation } from '../../../lib/use-translation.js';
import { Link } from 'react-router';

/** The way into an edition's pre-learning package, from the edition page. */
export function LearningLink({ editionId }: { editionId: string }) {
  const { t } = useTranslation('learning');
  return (
    <p>
      <Link className="button" to={`/editions/${editionId}/learning`}>
        {t('package.open_link')}
      </Link>
    </p>
  );
}
