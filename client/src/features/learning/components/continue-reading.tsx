import { useTranslation } from '../../../lib/use-translation.js';
import { Link } from 'react-router';
import type { Language, LearningPackage } from '@sstc/shared';
import { localized } from '../../../lib/localized.js';
import { useLearningPackage } from '../hooks/use-learning.js';

/** A participant's progress through the package and a link to the next unit to read. */
export function PackageProgress({ pkg }: { pkg: LearningPackage }) {
  const { t, i18n } = useTranslation('learning');
  const language = i18n.language as Language;
  const progress = pkg.progress;
  if (!progress) return null;
  const next = pkg.units.find((unit) => unit.id === progress.nextUnitId);
  const nextTitle = next && localized(next.title, language, pkg.defaultLanguage);
  return (
    <>
      <p>{t('package.progress', { completed: progress.completed, total: progress.total })}</p>
      <progress max={100} value={progress.percent} aria-label={t('package.percent', { percent: progress.percent })}>
        {t('package.percent', { percent: progress.percent })}
      </progress>
      {next && nextTitle ? (
        <p>
          <Link className="button button-primary" to={`/learning/units/${next.id}`} lang={nextTitle.lang}>
            {progress.completed === 0 ? t('package.start', { title: nextTitle.value }) : t('package.continue', { title: nextTitle.value })}
          </Link>
        </p>
      ) : (
        progress.total > 0 && <p className="alert alert-success">{t('package.all_done')}</p>
      )}
    </>
  );
}

/**
 * On a participant's course card while the package is open: where they are and the next unit, one
 * click from the course list. Shows nothing until the package is known, and nothing if it is closed.
 */
export function ContinueReading({ editionId }: { editionId: string }) {
  const pkg = useLearningPackage(editionId);
  if (!pkg.data?.open || !pkg.data.progress?.total) return null;
  return (
    <div className="stack-tight" data-testid="continue-reading">
      <PackageProgress pkg={pkg.data} />
    </div>
  );
}
