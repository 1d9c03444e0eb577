import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import type { EditionDetail, Language } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { localized } from '../../../lib/localized.js';
import { electivesApi } from '../api/electives.api.js';
import { useElectiveFill } from '../hooks/use-electives.js';
import { ModuleParticipants } from './module-participants.js';
import { TableScroll } from '../../../components/table-scroll.js';

/** Organizers: how full each module is, who waits, who has not chosen; lists to export. */
export function ElectiveFillView({ edition }: { edition: EditionDetail }) {
  const { t, i18n } = useTranslation('electives');
  const language = i18n.language as Language;
  const fill = useElectiveFill(edition.id);
  const [shown, setShown] = useState<string | null>(null);
  if (fill.isPending) return <Loading />;
  if (fill.isError) return <ErrorAlert error={fill.error} />;

  return (
    <>
      <p>
        {t('fill.intro', { count: fill.data.participants })}{' '}
        <a href={electivesApi.exportUrl(edition.id)} download>
          {t('fill.export')}
        </a>
      </p>
      {fill.data.blocks.length === 0 && <p>{t('none')}</p>}
      {fill.data.blocks.map((block) => (
        <section key={block.block} aria-labelledby={`fill-${block.block}`} className="card">
          <h2 id={`fill-${block.block}`}>{t('block', { block: block.block })}</h2>
          <p className={block.undecided ? 'note' : 'muted'}>{t('fill.undecided', { count: block.undecided })}</p>
          <TableScroll name={t('block', { block: block.block })}>
            <table data-testid="fill-table">
              <thead>
                <tr>
                  <th scope="col">{t('fill.columns.module')}</th>
                  <th scope="col">{t('fill.columns.fill')}</th>
                  <th scope="col">{t('fill.columns.waitlist')}</th>
                  <th scope="col">{t('fill.columns.lists')}</th>
                </tr>
              </thead>
              <tbody>
                {block.modules.map((module) => {
                  const title = localized(module.title, language, edition.defaultLanguage);
                  const percent = Math.round((module.seated / module.capacity) * 100);
                  return (
                    <tr key={module.id}>
                      <th scope="row" lang={title.lang}>
                        {module.number}. {title.value}
                      </th>
                      <td>
                        <progress max={module.capacity} value={module.seated} aria-label={t('fill.progress_label', { title: title.value })} />{' '}
                        {t('fill.seated', { seated: module.seated, capacity: module.capacity, percent })}
                      </td>
                      <td>{module.waitlisted}</td>
                      <td>
                        <button
                          type="button"
                          className="button button-small"
                          aria-expanded={shown === module.id}
                          aria-label={t('fill.show_list_of', { title: title.value })}
                          onClick={() => setShown(shown === module.id ? null : module.id)}
                        >
                          {t('fill.show_list')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
          {block.modules.some((m) => m.id === shown) && <ModuleParticipants editionId={edition.id} itemId={shown!} />}
        </section>
      ))}
    </>
  );
}
