import { useTranslation } from '../../../lib/use-translation.js';
import { Link } from 'react-router';
import type { Language, LearningPackage } from '@sstc/shared';
import { localized } from '../../../lib/localized.js';
import { ItemLabel } from './item-label.js';
import { UnitStatus } from './unit-status.js';

/** The participant's list of units, in order, with what they have done in each. */
export function UnitReadingList({ pkg }: { pkg: LearningPackage }) {
  const { t, i18n } = useTranslation('learning');
  const language = i18n.language as Language;
  if (pkg.units.length === 0) return <p>{t('package.empty')}</p>;
  return (
    <ol className="unit-list" data-testid="unit-list">
      {pkg.units.map((unit) => {
        const title = localized(unit.title, language, pkg.defaultLanguage);
        return (
          <li key={unit.id} className="unit-row">
            <div>
              <Link to={`/learning/units/${unit.id}`} lang={title.lang}>
                {title.value}
              </Link>
              <p className="muted">
                <ItemLabel item={unit.programmeItem} defaultLanguage={pkg.defaultLanguage} />
                {unit.estimatedMinutes !== null && <> · {t('unit.minutes', { count: unit.estimatedMinutes })}</>}
              </p>
            </div>
            <UnitStatus progress={unit.progress} />
          </li>
        );
      })}
    </ol>
  );
}
