import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import type { Cohort, EditionDetail, Enrolment } from '@sstc/shared';
import { languageName } from '../../../components/language-name.js';
import { useUpdateEnrolment } from '../hooks/use-enrolments.js';
import { EnrolmentElectives } from './enrolment-electives.js';

interface EnrolmentRowProps {
  edition: EditionDetail;
  enrolment: Enrolment;
  cohorts: Cohort[];
  onError: (error: unknown) => void;
}

export function EnrolmentRow({ edition, enrolment, cohorts, onError }: EnrolmentRowProps) {
  const { t } = useTranslation(['enrolments', 'common']);
  const update = useUpdateEnrolment(edition.id);
  const [open, setOpen] = useState(false);
  const { user } = enrolment;
  const withdrawn = enrolment.status === 'withdrawn';
  const save = (body: Parameters<typeof update.mutate>[0]['body']) => update.mutate({ id: enrolment.id, body }, { onError });
  const electives = enrolment.electives
    .map((e) => t(e.status === 'seated' ? 'row.elective_seated' : 'row.elective_waitlisted', { block: e.block, number: e.number }))
    .join(', ');

  return (
    <>
      <tr data-testid="enrolment-row" aria-busy={update.isPending || undefined}>
        <th scope="row">
          {user.name}
          <br />
          <span className="muted email">{user.email}</span>
        </th>
        <td>{t(`common:roles.${enrolment.role}`)}</td>
        <td lang={user.language}>{languageName(user.language)}</td>
        <td>
          <select
            aria-label={t('row.cohort_of', { name: user.name })}
            value={enrolment.cohort?.id ?? ''}
            disabled={withdrawn}
            onChange={(event) => save({ cohortId: event.target.value || null })}
          >
            <option value="">{t('no_cohort')}</option>
            {cohorts.map((cohort) => (
              <option key={cohort.id} value={cohort.id}>
                {cohort.name}
              </option>
            ))}
          </select>
        </td>
        <td>{t(`statuses.${enrolment.status}`)}</td>
        <td>{enrolment.role === 'participant' ? electives || t('row.no_electives') : '—'}</td>
        <td>
          <div className="actions">
            {enrolment.role === 'participant' && !withdrawn && (
              <button
                type="button"
                className="button button-small"
                aria-expanded={open}
                onClick={() => setOpen(!open)}
                aria-label={t('row.electives_of', { name: user.name })}
              >
                {t('row.electives')}
              </button>
            )}
            {withdrawn ? (
              <button
                type="button"
                className="button button-small"
                onClick={() => save({ status: 'active' })}
                aria-label={t('row.reinstate_named', { name: user.name })}
              >
                {t('row.reinstate')}
              </button>
            ) : (
              <button
                type="button"
                className="button button-small button-danger"
                aria-label={t('row.withdraw_named', { name: user.name })}
                onClick={() => window.confirm(t('row.withdraw_confirm', { name: user.name })) && save({ status: 'withdrawn' })}
              >
                {t('row.withdraw')}
              </button>
            )}
          </div>
        </td>
      </tr>
      {open && (
        <tr>
          <td colSpan={7}>
            <EnrolmentElectives edition={edition} enrolment={enrolment} />
          </td>
        </tr>
      )}
    </>
  );
}
