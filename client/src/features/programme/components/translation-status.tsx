import { useTranslation } from '../../../lib/use-translation.js';
import { translationStatus, type EditionDetail, type Language } from '@sstc/shared';
import { languageName } from '../../../components/language-name.js';
import { localized } from '../../../lib/localized.js';

/** Which texts still lack which of the edition's languages: for the whole edition, then item by item. */
export function TranslationStatus({ edition }: { edition: EditionDetail }) {
  const { t, i18n } = useTranslation('programme');
  const language = i18n.language as Language;
  const status = translationStatus(edition, edition.programme);
  const gaps = status.items.filter((item) => item.title.length || item.description.length || item.rooms.length);
  const complete = edition.languages.every((l) => status.missing[l] === 0);
  return (
    <section aria-labelledby="translations" className="card stack-tight" data-testid="translation-status">
      <h2 id="translations">{t('translations.title')}</h2>
      {complete ? (
        <p>{t('translations.complete')}</p>
      ) : (
        <>
          <ul className="tags">
            {edition.languages.map((l) => (
              <li key={l} lang={l} className={status.missing[l] ? 'tag-warning' : undefined}>
                {t('translations.missing_count', { language: languageName(l), count: status.missing[l] })}
              </li>
            ))}
          </ul>
          {status.edition.length > 0 && <p>{t('translations.edition_title', { languages: status.edition.map(languageName).join(', ') })}</p>}
          {status.venue.length > 0 && <p>{t('translations.edition_venue', { languages: status.venue.map(languageName).join(', ') })}</p>}
          <ul>
            {gaps.map((gap) => {
              const item = edition.programme.find((i) => i.id === gap.id)!;
              return (
                <li key={gap.id}>
                  <strong>{t(`item_label.${gap.kind}`, { number: gap.number })}</strong>{' '}
                  {localized(item.title, language, edition.defaultLanguage).value}:{' '}
                  {[
                    gap.title.length ? t('translations.title_missing', { languages: gap.title.map(languageName).join(', ') }) : '',
                    gap.description.length ? t('translations.description_missing', { languages: gap.description.map(languageName).join(', ') }) : '',
                    gap.rooms.length ? t('translations.rooms_missing', { languages: gap.rooms.map(languageName).join(', ') }) : '',
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
