import { Link, useParams } from 'react-router';
import type { Language } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { localized } from '../../../lib/localized.js';
import { useTranslation } from '../../../lib/use-translation.js';
import { EditionNav } from '../../courses/components/edition-nav.js';
import { useEdition } from '../../courses/hooks/use-editions.js';
import { FeedbackSection } from '../../feedback/components/feedback-section.js';
import { CoachingSection } from './coaching-section.js';

/** /editions/:editionId/post-learning: the feedback from the general assessment, and coaching sessions. */
export function PostLearningPage() {
  const { t, i18n } = useTranslation(['coaching', 'courses']);
  const { editionId = '' } = useParams();
  const edition = useEdition(editionId);
  usePageTitle(t('page_title'));
  if (edition.isPending) return <Loading />;
  if (edition.isError) return <ErrorAlert error={edition.error} />;
  const title = localized(edition.data.title, i18n.language as Language, edition.data.defaultLanguage);
  return (
    <div className="stack">
      <p>
        <Link to={`/editions/${editionId}`}>{title.value}</Link>
      </p>
      <h1>{t('page_title')}</h1>
      <EditionNav editionId={editionId} />
      <FeedbackSection edition={edition.data} />
      <CoachingSection edition={edition.data} />
    </div>
  );
}
