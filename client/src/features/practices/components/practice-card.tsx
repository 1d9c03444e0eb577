import { Link } from 'react-router';
import type { Language, PracticeSummary } from '@sstc/shared';
import { localized } from '../../../lib/localized.js';
import { useTranslation } from '../../../lib/use-translation.js';
import type { PracticeLabels } from './practice-labels.js';

interface PracticeCardProps {
  practice: PracticeSummary;
  labels: PracticeLabels;
  language: Language;
  headingLevel?: 'h2' | 'h3';
}

/** One practice in a list: its title (a link), summary, where, how and when, and its themes. */
export function PracticeCard({ practice, labels, language, headingLevel: Heading = 'h3' }: PracticeCardProps) {
  const { t } = useTranslation('practices');
  const title = localized(practice.title, language, practice.language);
  const summary = localized(practice.summary, language, practice.language);
  const period = labels.period(practice.periodStart, practice.periodEnd);
  return (
    <article className="card stack-tight practice-card">
      <Heading lang={title.lang}>
        <Link to={`/practices/${practice.id}`}>{title.value}</Link>
      </Heading>
      {practice.status !== 'published' && <p className="badge">{t(`status.${practice.status}`)}</p>}
      {summary.value && <p lang={summary.lang}>{summary.value}</p>}
      <p className="muted small">
        {[labels.region(practice.region), labels.modality(practice.modality), period, ...practice.countries.map(labels.country)]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {(practice.themes.length > 0 || practice.sdgs.length > 0) && (
        <ul className="tags" aria-label={t('themes_and_sdgs')}>
          {practice.themes.map((theme) => (
            <li key={theme.id}>{labels.theme(theme.id) || localized(theme.name, language, 'en').value}</li>
          ))}
          {practice.sdgs.map((sdg) => (
            <li key={sdg}>{labels.sdg(sdg)}</li>
          ))}
        </ul>
      )}
    </article>
  );
}
