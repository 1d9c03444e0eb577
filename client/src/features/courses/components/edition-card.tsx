import { useTranslation } from '../../../lib/use-translation.js';
import { Link } from 'react-router';
import type { EditionSummary, Language } from '@sstc/shared';
import { formatDateRange } from '../../../lib/format.js';
import { localized } from '../../../lib/localized.js';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';
import { ContinueReading } from '../../learning/components/continue-reading.js';
import { PhaseBadge } from './phase-badge.js';

export function EditionCard({ edition }: { edition: EditionSummary }) {
  const { t, i18n } = useTranslation(['courses', 'common']);
  const language = i18n.language as Language;
  const title = localized(edition.title, language, edition.defaultLanguage);
  const course = localized(edition.course.title, language, edition.defaultLanguage);
  const venue = localized(edition.venue, language, edition.defaultLanguage);
  const headingId = `edition-${edition.id}`;
  const user = useSignedInUser();
  return (
    <article className="card edition-card" data-testid="edition-card" aria-labelledby={headingId}>
      <p className="eyebrow" lang={course.lang}>
        {course.value}
      </p>
      <h2 id={headingId} lang={title.lang}>
        <Link to={`/editions/${edition.id}`}>{title.value}</Link>
      </h2>
      <PhaseBadge phase={edition.phase} />
      <dl className="facts">
        <div>
          <dt>{t('common:phases.face_to_face')}</dt>
          <dd>{formatDateRange(edition.faceToFaceStart, edition.faceToFaceEnd, language)}</dd>
        </div>
        <div>
          <dt>{t('common:phases.pre_learning')}</dt>
          <dd>{formatDateRange(edition.preLearningOpens, edition.preLearningCloses, language)}</dd>
        </div>
        <div>
          <dt>{t('edition.venue')}</dt>
          <dd lang={venue.lang}>{venue.value}</dd>
        </div>
      </dl>
      {user.role === 'participant' && edition.phase === 'pre_learning' && <ContinueReading editionId={edition.id} />}
    </article>
  );
}
