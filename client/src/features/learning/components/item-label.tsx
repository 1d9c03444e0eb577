import { useTranslation } from '../../../lib/use-translation.js';
import type { Language, LearningUnitSummary } from '@sstc/shared';
import { localized } from '../../../lib/localized.js';

/** "Panel 2: Triangular cooperation", or "General" for a unit of the whole package. */
export function ItemLabel({ item, defaultLanguage }: { item: LearningUnitSummary['programmeItem']; defaultLanguage: Language }) {
  const { t, i18n } = useTranslation(['learning', 'courses']);
  if (!item) return <span>{t('learning:unit.general')}</span>;
  const title = localized(item.title, i18n.language as Language, defaultLanguage);
  return (
    <span>
      {t(`courses:programme.item_label.${item.kind}`, { number: item.number })}: <span lang={title.lang}>{title.value}</span>
    </span>
  );
}
