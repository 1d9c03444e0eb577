import { useTranslation } from '../../../lib/use-translation.js';
import { Link, useParams } from 'react-router';
import type { Language, LearningPackage } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { formatDate } from '../../../lib/format.js';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';
import { EditionNav } from '../../courses/components/edition-nav.js';
import { useLearningPackage } from '../hooks/use-learning.js';
import { PackageProgress, standingOf } from './continue-reading.js';
import { PendingProgressNotice } from './pending-progress-notice.js';
import { PreAssessmentCard } from './pre-assessment-card.js';
import { UnitEditorList } from './unit-editor-list.js';
import { UnitReadingList } from './unit-reading-list.js';

export function LearningPackagePage() {
  const { t } = useTranslation('learning');
  const { editionId = '' } = useParams();
  const pkg = useLearningPackage(editionId);
  usePageTitle(t('package.title'));
  return (
    <div className="stack">
      <p>
        <Link to={`/editions/${editionId}`}>{t('package.back')}</Link>
      </p>
      <EditionNav editionId={editionId} />
      <h1>{t('package.title')}</h1>
      {pkg.isPending ? <Loading /> : pkg.isError ? <ErrorAlert error={pkg.error} /> : <PackageContent pkg={pkg.data} />}
    </div>
  );
}

function PackageContent({ pkg }: { pkg: LearningPackage }) {
  const { t, i18n } = useTranslation('learning');
  const user = useSignedInUser();
  const language = i18n.language as Language;
  if (user.role === 'participant' && !pkg.open) {
    return (
      <p className="alert alert-info" data-testid="learning-not-open">
        {t('package.opens_on', { date: formatDate(pkg.opensOn, language) })}
      </p>
    );
  }
  if (user.role !== 'participant') {
    return (
      <>
        <p className="actions">
          {pkg.canCreate && (
            <Link className="button button-primary" to={`/editions/${pkg.editionId}/learning/new`}>
              {t('editor.new_unit')}
            </Link>
          )}
          <Link className="button" to={`/editions/${pkg.editionId}/learning/progress`}>
            {t('dashboard.title')}
          </Link>
        </p>
        {!pkg.open && <p className="note">{t('package.opens_on_staff', { date: formatDate(pkg.opensOn, language) })}</p>}
        <PreAssessmentCard pkg={pkg} />
        <UnitEditorList pkg={pkg} />
      </>
    );
  }
  const standing = standingOf(pkg);
  return (
    <>
      <section className="card stack-tight" aria-labelledby="whats-next">
        <h2 id="whats-next">{t('package.whats_next')}</h2>
        {standing && <PackageProgress standing={standing} />}
        <p className="note">{t('package.before_week', { date: formatDate(pkg.faceToFaceStart, language) })}</p>
      </section>
      <PreAssessmentCard pkg={pkg} />
      <PendingProgressNotice />
      <UnitReadingList pkg={pkg} />
    </>
  );
}
