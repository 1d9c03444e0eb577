import { useTranslation } from '../../../lib/use-translation.js';
import { MachineTranslationNote } from '../../translation/machine-drafts-panel.js';
import { Link, useParams } from 'react-router';
import type { Language, LearningUnit } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { languageName } from '../../../components/language-name.js';
import { Loading } from '../../../components/loading.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { isApiError } from '../../../lib/api.js';
import { localized } from '../../../lib/localized.js';
import { useLearningUnit, useUnitProgress } from '../hooks/use-learning.js';
import { ItemLabel } from './item-label.js';
import { PendingProgressNotice } from './pending-progress-notice.js';
import { UnitResources } from './unit-resources.js';

export function UnitReaderPage() {
  const { t, i18n } = useTranslation('learning');
  const { unitId = '' } = useParams();
  const language = i18n.language as Language;
  const unit = useLearningUnit(unitId, language);
  const title = unit.data ? localized(unit.data.title, language, unit.data.shownLanguage) : undefined;
  usePageTitle(title?.value || t('package.title'));
  if (unit.isPending) return <Loading />;
  if (unit.isError) {
    return <ErrorAlert error={unit.error}>{isApiError(unit.error, 'learning_not_open') && <p>{t('unit.not_open_help')}</p>}</ErrorAlert>;
  }
  return <UnitReader unit={unit.data} />;
}

function UnitReader({ unit }: { unit: LearningUnit }) {
  const { t, i18n } = useTranslation('learning');
  const language = i18n.language as Language;
  const progress = useUnitProgress(unit, unit.editionId);
  const title = localized(unit.title, language, unit.shownLanguage);
  const fallback = unit.shownLanguage !== unit.requestedLanguage;
  return (
    <article className="stack unit-reader" lang={fallback ? unit.shownLanguage : undefined}>
      <p lang={language}>
        <Link to={`/editions/${unit.editionId}/learning`}>{t('unit.back')}</Link>
      </p>
      <header className="stack-tight">
        <p className="eyebrow" lang={language}>
          <ItemLabel item={unit.programmeItem} defaultLanguage={unit.shownLanguage} />
        </p>
        <h1 lang={title.lang}>{title.value}</h1>
        {unit.estimatedMinutes !== null && (
          <p className="muted" lang={language}>
            {t('unit.minutes', { count: unit.estimatedMinutes })}
          </p>
        )}
      </header>
      {fallback && (
        <p className="alert alert-info" lang={language} data-testid="language-missing">
          {t('unit.language_missing', { wanted: languageName(unit.requestedLanguage), shown: languageName(unit.shownLanguage) })}
        </p>
      )}
      {unit.machineDrafts.some((d) => d.language === unit.shownLanguage && (d.field === 'body' || d.field === 'title')) && (
        <MachineTranslationNote lang={language} />
      )}
      {/* Sanitized by the server (no raw HTML, no script, safe links): see server/src/modules/learning/markdown.ts. */}
      <div className="unit-body" dangerouslySetInnerHTML={{ __html: unit.html }} />
      {unit.keyQuestions.length > 0 && (
        <section className="card" aria-labelledby="key-questions" lang={language}>
          <h2 id="key-questions">{t('unit.key_questions')}</h2>
          <ul>
            {unit.keyQuestions.map((question, index) => {
              const text = localized(question, language, unit.shownLanguage);
              return (
                <li key={index} lang={text.lang}>
                  {text.value}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <UnitResources resources={unit.resources} />
      <footer className="stack-tight" lang={language}>
        {progress.canRecord &&
          (progress.completed ? (
            <p className="alert alert-success" role="status">
              {t('unit.completed')}
            </p>
          ) : (
            <p>
              <button type="button" className="button button-primary" onClick={() => void progress.complete()}>
                {t('unit.mark_completed')}
              </button>
            </p>
          ))}
        <PendingProgressNotice />
        <nav className="unit-nav" aria-label={t('unit.navigation')}>
          {unit.previousUnitId && <Link to={`/learning/units/${unit.previousUnitId}`}>{t('unit.previous')}</Link>}
          {unit.nextUnitId && <Link to={`/learning/units/${unit.nextUnitId}`}>{t('unit.next')}</Link>}
          {unit.canEdit && <Link to={`/learning/units/${unit.id}/edit`}>{t('editor.edit')}</Link>}
        </nav>
      </footer>
    </article>
  );
}
