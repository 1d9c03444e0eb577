import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import type { EditionDetail, Enrolment, Language } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { localized } from '../../../lib/localized.js';
import { useElectives } from '../../electives/hooks/use-electives.js';
import { usePlaceElective } from '../hooks/use-enrolments.js';

/** Organizers place a participant in one module per block, at any time, within capacity. */
export function EnrolmentElectives({ edition, enrolment }: { edition: EditionDetail; enrolment: Enrolment }) {
  const { t, i18n } = useTranslation('enrolments');
  const language = i18n.language as Language;
  const overview = useElectives(edition.id);
  const place = usePlaceElective(edition.id);
  const [waitlist, setWaitlist] = useState(false);
  if (!overview.data) return null;

  const change = (block: string, itemId: string) => {
    const current = enrolment.electives.find((e) => e.block === block);
    place.mutate({ id: enrolment.id, itemId: itemId || current!.itemId, choice: itemId ? { itemId, waitlist } : null });
  };

  return (
    <div className="stack-tight" data-testid="enrolment-electives">
      <ErrorAlert error={place.error} />
      {overview.data.blocks.map(({ block, modules }) => {
        const current = enrolment.electives.find((e) => e.block === block);
        return (
          <label key={block} className="field">
            {t('electives.block', { block })}
            <select value={current?.itemId ?? ''} onChange={(event) => change(block, event.target.value)} aria-busy={place.isPending || undefined}>
              <option value="">{t('electives.none')}</option>
              {modules.map((module) => (
                <option key={module.id} value={module.id}>
                  {t('electives.option', {
                    number: module.number,
                    title: localized(module.title, language, edition.defaultLanguage).value,
                    seats: module.seatsLeft,
                  })}
                  {current?.itemId === module.id && current.status === 'waitlisted' ? ` (${t('electives.waitlisted')})` : ''}
                </option>
              ))}
            </select>
          </label>
        );
      })}
      <label className="check">
        <input type="checkbox" checked={waitlist} onChange={(event) => setWaitlist(event.target.checked)} /> {t('electives.waitlist_if_full')}
      </label>
    </div>
  );
}
