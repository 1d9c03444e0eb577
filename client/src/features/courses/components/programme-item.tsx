import { useTranslation } from '../../../lib/use-translation.js';
import type { Language, ProgrammeItem } from '@sstc/shared';
import { localized } from '../../../lib/localized.js';
import { MachineTranslationNote } from '../../translation/machine-drafts-panel.js';
import { SessionList } from './session-list.js';

interface ProgrammeItemCardProps {
  item: ProgrammeItem;
  /** Heading level inside the programme's outline. */
  level: 3 | 4 | 5;
  defaultLanguage: Language;
  timeZone: string;
  editionTimeZone: string;
}

export function ProgrammeItemCard({ item, level, defaultLanguage, timeZone, editionTimeZone }: ProgrammeItemCardProps) {
  const { t, i18n } = useTranslation(['courses', 'common']);
  const language = i18n.language as Language;
  const Heading = `h${level}` as const;
  const title = localized(item.title, language, defaultLanguage);
  const description = localized(item.description, language, defaultLanguage);
  // A shown text that a machine filled and nobody reviewed yet carries a note.
  const drafted = item.machineDrafts.some(
    (mark) =>
      (mark.field === 'title' && mark.language === (title.lang ?? language)) ||
      (mark.field === 'description' && !!description.value && mark.language === (description.lang ?? language)) ||
      item.sessions.some((session) => {
        const room = localized(session.room, language, defaultLanguage);
        return mark.field === `sessions.${session.id}.room` && !!room.value && mark.language === (room.lang ?? language);
      }),
  );
  return (
    <article className="programme-item">
      <p className="eyebrow">{t(`programme.item_label.${item.kind}`, { number: item.number })}</p>
      <Heading lang={title.lang}>{title.value}</Heading>
      {description.value && (
        <p className="description" lang={description.lang}>
          {description.value}
        </p>
      )}
      {drafted && <MachineTranslationNote lang={language} />}
      {item.capacity !== null && <p className="muted">{t('programme.capacity', { count: item.capacity })}</p>}
      {item.modalities.length > 0 && (
        <ul className="tags" aria-label={t('programme.modalities')}>
          {item.modalities.map((modality) => (
            <li key={modality}>{t(`common:modalities.${modality}`)}</li>
          ))}
        </ul>
      )}
      {item.sdgs.length > 0 && (
        <ul className="tags" aria-label={t('programme.sdgs')}>
          {item.sdgs.map((sdg) => (
            <li key={sdg}>{t('programme.sdg', { number: sdg })}</li>
          ))}
        </ul>
      )}
      <SessionList sessions={item.sessions} timeZone={timeZone} editionTimeZone={editionTimeZone} defaultLanguage={defaultLanguage} />
    </article>
  );
}
