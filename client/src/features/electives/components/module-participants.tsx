import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { ELECTIVE_CHOICE_STATUSES } from '@sstc/shared/values';
import type { ElectiveChoiceStatus } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { Pagination } from '../../../components/pagination.js';
import { useElectiveParticipants } from '../hooks/use-electives.js';

const PAGE_SIZE = 50;

/** Who sits in a module, or waits for it, in order. */
export function ModuleParticipants({ editionId, itemId }: { editionId: string; itemId: string }) {
  const { t } = useTranslation('electives');
  const [status, setStatus] = useState<ElectiveChoiceStatus>('seated');
  const [page, setPage] = useState(1);
  const list = useElectiveParticipants(editionId, itemId, { status, page, pageSize: PAGE_SIZE });
  return (
    <div className="stack-tight" aria-busy={list.isFetching || undefined} data-testid="module-participants">
      <fieldset className="segmented">
        <legend className="visually-hidden">{t('list.show')}</legend>
        {ELECTIVE_CHOICE_STATUSES.map((option) => (
          <label key={option}>
            <input type="radio" name={`status-${itemId}`} checked={status === option} onChange={() => (setStatus(option), setPage(1))} />{' '}
            {t(`list.${option}`)}
          </label>
        ))}
      </fieldset>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : list.data.items.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <ol start={(page - 1) * PAGE_SIZE + 1}>
          {list.data.items.map((person) => (
            <li key={person.enrolmentId}>
              {person.name} <span className="muted">({[person.email, person.cohort].filter(Boolean).join(' · ')})</span>
            </li>
          ))}
        </ol>
      )}
      {list.data && <Pagination page={page} pages={Math.max(1, Math.ceil(list.data.total / PAGE_SIZE))} onPage={setPage} />}
    </div>
  );
}
