import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { Link } from 'react-router';
import type { Language, LearningPackage } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { languageName } from '../../../components/language-name.js';
import { StatusMessage } from '../../../components/status-message.js';
import { localized } from '../../../lib/localized.js';
import { useReorderUnits } from '../hooks/use-learning.js';
import { ItemLabel } from './item-label.js';

/** Facilitators' and organizers' view: every unit they see, its missing languages, and ordering. */
export function UnitEditorList({ pkg }: { pkg: LearningPackage }) {
  const { t, i18n } = useTranslation('learning');
  const language = i18n.language as Language;
  const reorder = useReorderUnits(pkg.editionId);
  const [announcement, setAnnouncement] = useState('');
  const editable = pkg.units.filter((unit) => unit.canEdit).map((unit) => unit.id);

  const move = (unitId: string, by: -1 | 1, title: string) => {
    const order = [...editable];
    const from = order.indexOf(unitId);
    const to = from + by;
    if (from < 0 || to < 0 || to >= order.length) return;
    [order[from], order[to]] = [order[to]!, order[from]!];
    reorder.mutate(order, { onSuccess: () => setAnnouncement(t('editor.moved', { title, position: to + 1 })) });
  };

  if (pkg.units.length === 0) return <p>{t('package.empty')}</p>;
  return (
    <>
      <ErrorAlert error={reorder.error} />
      <StatusMessage>{announcement}</StatusMessage>
      <ol className="unit-list" data-testid="unit-editor-list">
        {pkg.units.map((unit) => {
          const title = localized(unit.title, language, pkg.defaultLanguage);
          const index = editable.indexOf(unit.id);
          return (
            <li key={unit.id} className="unit-row">
              <div>
                <Link to={`/learning/units/${unit.id}`} lang={title.lang}>
                  {title.value}
                </Link>
                <p className="muted">
                  <ItemLabel item={unit.programmeItem} defaultLanguage={pkg.defaultLanguage} />
                </p>
                <p className={unit.missingLanguages.length ? 'missing-languages' : 'muted'}>
                  {unit.missingLanguages.length
                    ? t('editor.missing', {
                        languages: new Intl.ListFormat(language, { type: 'conjunction' }).format(unit.missingLanguages.map(languageName)),
                      })
                    : t('editor.all_languages')}
                </p>
              </div>
              {unit.canEdit && (
                <div className="unit-actions">
                  <button
                    type="button"
                    className="button button-small"
                    disabled={index <= 0 || reorder.isPending}
                    onClick={() => move(unit.id, -1, title.value)}
                    aria-label={t('editor.move_up', { title: title.value })}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    disabled={index === editable.length - 1 || reorder.isPending}
                    onClick={() => move(unit.id, 1, title.value)}
                    aria-label={t('editor.move_down', { title: title.value })}
                  >
                    ↓
                  </button>
                  <Link
                    className="button button-small"
                    to={`/learning/units/${unit.id}/edit`}
                    aria-label={t('editor.edit_named', { title: title.value })}
                  >
                    {t('editor.edit')}
                  </Link>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
