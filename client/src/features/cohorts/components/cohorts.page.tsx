import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { Link } from 'react-router';
import type { EditionDetail } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { languageName } from '../../../components/language-name.js';
import { Loading } from '../../../components/loading.js';
import { EditionShell } from '../../courses/components/edition-shell.js';
import { useEditionFacilitators } from '../../programme/hooks/use-programme.js';
import { useCohorts, useDeleteCohort } from '../hooks/use-cohorts.js';
import { CohortForm } from './cohort-form.js';

export function CohortsPage() {
  const { t } = useTranslation('cohorts');
  return <EditionShell page={t('title')}>{(edition) => <Cohorts edition={edition} />}</EditionShell>;
}

function Cohorts({ edition }: { edition: EditionDetail }) {
  const { t } = useTranslation('cohorts');
  const cohorts = useCohorts(edition.id);
  const facilitators = useEditionFacilitators(edition.id);
  const remove = useDeleteCohort(edition.id);
  const [editing, setEditing] = useState<string | null>(null);
  const people = facilitators.data ?? [];

  return (
    <>
      <p>{t('intro')}</p>
      <section aria-labelledby="new-cohort" className="card">
        <h2 id="new-cohort">{t('new')}</h2>
        <CohortForm editionId={edition.id} facilitators={people} />
      </section>
      <section aria-labelledby="cohort-list">
        <h2 id="cohort-list">{t('list')}</h2>
        <ErrorAlert error={remove.error} />
        {cohorts.isPending ? (
          <Loading />
        ) : cohorts.isError ? (
          <ErrorAlert error={cohorts.error} />
        ) : cohorts.data.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <ul className="item-list">
            {cohorts.data.map((cohort) => (
              <li key={cohort.id} className="card" data-testid="cohort-row">
                {editing === cohort.id ? (
                  <CohortForm editionId={edition.id} cohort={cohort} facilitators={people} onDone={() => setEditing(null)} />
                ) : (
                  <>
                    <h3>{cohort.name}</h3>
                    <p className="muted">
                      {[cohort.language ? languageName(cohort.language) : null, t('participants', { count: cohort.participants })]
                        .filter(Boolean)
                        .join(' · ')}
                    </p>
                    <p>
                      {cohort.facilitators.length
                        ? t('facilitated_by', { names: cohort.facilitators.map((f) => f.name).join(', ') })
                        : t('no_facilitator')}
                    </p>
                    <div className="actions">
                      <Link to={`/editions/${edition.id}/enrolments?cohort=${cohort.id}`}>{t('see_people')}</Link>
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => setEditing(cohort.id)}
                        aria-label={t('edit_named', { name: cohort.name })}
                      >
                        {t('edit')}
                      </button>
                      <button
                        type="button"
                        className="button button-small button-danger"
                        aria-label={t('delete_named', { name: cohort.name })}
                        onClick={() => window.confirm(t('delete_confirm', { name: cohort.name })) && remove.mutate(cohort.id)}
                      >
                        {t('delete')}
                      </button>
                    </div>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
