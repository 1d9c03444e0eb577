import { Link } from 'react-router';
import type { Language, PracticeSummary } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { useTranslation } from '../../../lib/use-translation.js';
import { usePracticeThemes, usePracticeWork } from '../hooks/use-practices.js';
import { PracticeCard } from './practice-card.js';
import { usePracticeLabels } from './practice-labels.js';

/** My practices in every status, and for facilitators and organizers the practices waiting for their review. */
export function PracticesWorkPage() {
  const { t, i18n } = useTranslation('practices');
  usePageTitle(t('work.title'));
  const work = usePracticeWork();
  const themes = usePracticeThemes();
  const labels = usePracticeLabels(themes.data);
  const language = i18n.language as Language;
  const list = (items: PracticeSummary[]) => (
    <ul className="practice-list stack">
      {items.map((practice) => (
        <li key={practice.id}>
          <PracticeCard practice={practice} labels={labels} language={language} />
        </li>
      ))}
    </ul>
  );
  return (
    <div className="stack">
      <p>
        <Link to="/practices">{t('back')}</Link>
      </p>
      <h1>{t('work.title')}</h1>
      {work.isPending ? (
        <Loading />
      ) : work.isError ? (
        <ErrorAlert error={work.error} />
      ) : (
        <>
          {work.data.toReview.length > 0 && (
            <section aria-labelledby="to-review" className="stack">
              <h2 id="to-review">{t('work.to_review', { count: work.data.toReview.length })}</h2>
              {list(work.data.toReview)}
            </section>
          )}
          <section aria-labelledby="mine" className="stack">
            <h2 id="mine">{t('work.mine')}</h2>
            {work.data.mine.length ? list(work.data.mine) : <p className="muted">{t('work.none')}</p>}
            <p>
              <Link to="/practices/new" className="button button-primary">
                {t('share')}
              </Link>
            </p>
          </section>
        </>
      )}
    </div>
  );
}
