import { useTranslation } from '../../../lib/use-translation.js';
import { Link, useParams } from 'react-router';
import type { EditionDetail, Language } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { languageName } from '../../../components/language-name.js';
import { Loading } from '../../../components/loading.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { formatDate, formatDateRange, timeZoneName } from '../../../lib/format.js';
import { localized, type Localized } from '../../../lib/localized.js';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';
import { LearningLink } from '../../learning/components/learning-link.js';
import { MyCertificate } from '../../certificates/components/my-certificate.js';
import { useEdition } from '../hooks/use-editions.js';
import { EditionNav } from './edition-nav.js';
import { NextSteps } from './next-steps.js';
import { PhaseBadge } from './phase-badge.js';
import { Programme } from './programme.js';

export function EditionPage() {
  const { t, i18n } = useTranslation(['courses', 'common']);
  const { editionId = '' } = useParams();
  const edition = useEdition(editionId);
  const language = i18n.language as Language;
  const title = edition.data ? localized(edition.data.title, language, edition.data.defaultLanguage) : undefined;
  usePageTitle(title?.value || t('programme.title'));

  return (
    <div className="stack">
      <p>
        <Link to="/">{t('edition.back')}</Link>
      </p>
      {edition.isPending ? (
        <Loading />
      ) : edition.isError ? (
        <ErrorAlert error={edition.error} />
      ) : (
        <EditionDetails edition={edition.data} title={title!} />
      )}
    </div>
  );
}

function EditionDetails({ edition, title }: { edition: EditionDetail; title: Localized }) {
  const { t, i18n } = useTranslation(['courses', 'common']);
  const user = useSignedInUser();
  const language = i18n.language as Language;
  const course = localized(edition.course.title, language, edition.defaultLanguage);
  const venue = localized(edition.venue, language, edition.defaultLanguage);
  const languages = new Intl.ListFormat(language, { type: 'conjunction' }).format(edition.languages.map(languageName));
  return (
    <>
      <header className="stack-tight">
        <p className="eyebrow" lang={course.lang}>
          {course.value}
        </p>
        <h1 lang={title.lang}>{title.value}</h1>
        <p>
          <PhaseBadge phase={edition.phase} />
        </p>
      </header>
      <EditionNav editionId={edition.id} />
      <NextSteps edition={edition} />
      <LearningLink editionId={edition.id} />
      {user.role === 'participant' && <MyCertificate editionId={edition.id} />}
      <dl className="facts">
        <div>
          <dt>{t('edition.venue')}</dt>
          <dd lang={venue.lang}>{venue.value}</dd>
        </div>
        <div>
          <dt>{t('edition.languages')}</dt>
          <dd>{languages}</dd>
        </div>
        <div>
          <dt>{t('common:phases.pre_learning')}</dt>
          <dd>{formatDateRange(edition.preLearningOpens, edition.preLearningCloses, language)}</dd>
        </div>
        <div>
          <dt>{t('common:phases.face_to_face')}</dt>
          <dd>{formatDateRange(edition.faceToFaceStart, edition.faceToFaceEnd, language)}</dd>
        </div>
        <div>
          <dt>{t('common:phases.post_learning')}</dt>
          <dd>
            {edition.postLearningCloses
              ? formatDateRange(edition.postLearningOpens, edition.postLearningCloses, language)
              : t('edition.from_date', { date: formatDate(edition.postLearningOpens, language) })}
          </dd>
        </div>
        <div>
          <dt>{t('edition.elective_deadline')}</dt>
          <dd>{formatDate(edition.electiveDeadline, language)}</dd>
        </div>
        <div>
          <dt>{t('edition.impact_assessment')}</dt>
          <dd>{formatDate(edition.impactAssessmentOn, language)}</dd>
        </div>
      </dl>
      <p className="note">
        {t('edition.times_note', { userZone: timeZoneName(user.timeZone, language), editionZone: timeZoneName(edition.timeZone, language) })}
      </p>
      <Programme edition={edition} timeZone={user.timeZone} />
    </>
  );
}
