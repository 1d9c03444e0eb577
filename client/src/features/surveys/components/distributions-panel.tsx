import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { ENROLMENT_STATUSES } from '@sstc/shared/values';
import type { Distribution, EnrolmentStatus, SurveyDetail } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { StatusMessage } from '../../../components/status-message.js';
import { SubmitButton } from '../../../components/submit-button.js';
import { browserTimeZone } from '../../../lib/format.js';
import { useAudience, useSurveyMutations } from '../hooks/use-surveys.js';
import { DistributionProgressView } from './distribution-progress.js';

const local = (date: Date) => new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

/** The survey's distributions: audience, opening, reminders, closing; and their progress once open. */
export function DistributionsPanel({ survey }: { survey: SurveyDetail }) {
  const { t, i18n } = useTranslation(['surveys', 'errors']);
  const mutations = useSurveyMutations(survey.id);
  const when = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  return (
    <section className="stack" aria-labelledby="distributions-title" data-testid="distributions">
      <h2 id="distributions-title">{t('distribution.title')}</h2>
      {survey.distributions.length === 0 && <p>{t('distribution.none')}</p>}
      {survey.distributions.map((d: Distribution) => (
        <article key={d.id} id={`distribution-${d.id}`} className="card stack-tight" data-testid="distribution" data-status={d.status}>
          <p>
            <strong>{t(`distribution.status.${d.status}`)}</strong> · {t('distribution.window', { opens: when(d.opensAt), closes: when(d.closesAt) })}
          </p>
          <p className="muted">
            {t('distribution.reminders', { days: d.reminderDays.join(', ') || '—' })} ·{' '}
            {d.audience.cohortIds.length
              ? t('distribution.audience_cohorts', { count: d.audience.cohortIds.length })
              : t('distribution.audience_all')}
          </p>
          {d.blockedReason && <p className="field-error">{t('errors:survey_translation_missing')}</p>}
          {d.automatic && (d.followsEdition ? <p className="muted">{t('distribution.automatic')}</p> : <NotFollowing distribution={d} />)}
          <p className="actions">
            {(d.status === 'draft' || d.status === 'blocked') && (
              <button type="button" className="button button-primary" onClick={() => mutations.schedule.mutate(d.id)}>
                {t('distribution.schedule')}
              </button>
            )}
            {(d.status === 'draft' || d.status === 'scheduled' || d.status === 'blocked') && (
              <button type="button" className="button" onClick={() => mutations.cancel.mutate(d.id)}>
                {t('distribution.cancel')}
              </button>
            )}
          </p>
          {(d.status === 'draft' || d.status === 'scheduled' || d.status === 'blocked') && (
            <DatesForm key={d.opensAt + d.closesAt} survey={survey} distribution={d} />
          )}
          {(d.status === 'open' || d.status === 'closed') && <DistributionProgressView distribution={d} anonymous={survey.anonymous} />}
        </article>
      ))}
      <ErrorAlert error={mutations.schedule.error ?? mutations.cancel.error} />
      <NewDistribution survey={survey} />
    </section>
  );
}

/** An automatic distribution whose dates were set by hand, and the way back to the edition's dates. */
function NotFollowing({ distribution }: { distribution: Distribution }) {
  const { t } = useTranslation(['surveys', 'errors']);
  const { followEdition } = useSurveyMutations(distribution.surveyId);
  const notStarted = distribution.status === 'draft' || distribution.status === 'scheduled' || distribution.status === 'blocked';
  return (
    <div className="stack-tight" data-testid="not-following">
      <p>
        <strong className="badge badge-warning">{t('distribution.not_following')}</strong>
      </p>
      {notStarted && (
        <p>
          <button type="button" className="button" disabled={followEdition.isPending} onClick={() => followEdition.mutate(distribution.id)}>
            {t('distribution.follow_again')}
          </button>
        </p>
      )}
      <ErrorAlert error={followEdition.error} />
    </div>
  );
}

/** New opening and closing times for a distribution that has not started (in the viewer's time zone). */
function DatesForm({ survey, distribution }: { survey: SurveyDetail; distribution: Distribution }) {
  const { t } = useTranslation('surveys');
  const { updateDistribution } = useSurveyMutations(survey.id);
  const [opensAt, setOpensAt] = useState(() => local(new Date(distribution.opensAt)));
  const [closesAt, setClosesAt] = useState(() => local(new Date(distribution.closesAt)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    updateDistribution.mutate({
      id: distribution.id,
      body: { opensAt: new Date(opensAt).toISOString(), closesAt: new Date(closesAt).toISOString() },
    });
  };
  return (
    <details>
      <summary>{t('distribution.change_dates')}</summary>
      <form className="stack-tight" onSubmit={submit}>
        <p className="muted">{t('distribution.time_zone', { zone: browserTimeZone() })}</p>
        <div className="field">
          <label htmlFor={`opens-at-${distribution.id}`}>{t('distribution.opens_at')}</label>
          <input id={`opens-at-${distribution.id}`} type="datetime-local" value={opensAt} onChange={(e) => setOpensAt(e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor={`closes-at-${distribution.id}`}>{t('distribution.closes_at')}</label>
          <input id={`closes-at-${distribution.id}`} type="datetime-local" value={closesAt} onChange={(e) => setClosesAt(e.target.value)} required />
        </div>
        <ErrorAlert error={updateDistribution.error} />
        <SubmitButton pending={updateDistribution.isPending}>{t('distribution.save_dates')}</SubmitButton>
      </form>
    </details>
  );
}

function NewDistribution({ survey }: { survey: SurveyDetail }) {
  const { t } = useTranslation('surveys');
  const { createDistribution } = useSurveyMutations(survey.id);
  const audience = useAudience(survey.editionId);
  const [opensAt, setOpensAt] = useState(() => local(new Date()));
  const [closesAt, setClosesAt] = useState(() => local(new Date(Date.now() + 30 * 86_400_000)));
  const [reminders, setReminders] = useState('7, 14');
  const [cohortIds, setCohortIds] = useState<string[]>([]);
  const [statuses, setStatuses] = useState<EnrolmentStatus[]>(['active']);
  const [scheduled, setScheduled] = useState(false);
  // Once scheduled, the form starts afresh: sending it again would be a second distribution.
  const reset = () => {
    setOpensAt(local(new Date()));
    setClosesAt(local(new Date(Date.now() + 30 * 86_400_000)));
    setReminders('7, 14');
    setCohortIds([]);
    setStatuses(['active']);
    setScheduled(true);
  };
  const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const reminderDays = reminders
      .split(/[,\s]+/)
      .filter(Boolean)
      .map(Number);
    if (createDistribution.isPending) return;
    setScheduled(false);
    createDistribution.mutate(
      {
        audience: { cohortIds, statuses, roles: ['participant'] },
        opensAt: new Date(opensAt).toISOString(),
        closesAt: new Date(closesAt).toISOString(),
        reminderDays,
        schedule: true,
      },
      { onSuccess: reset },
    );
  };
  return (
    <form className="card stack-tight" onSubmit={submit} data-testid="new-distribution">
      <h3>{t('distribution.new')}</h3>
      <p className="muted">{t('distribution.time_zone', { zone: browserTimeZone() })}</p>
      <div className="field">
        <label htmlFor="opens-at">{t('distribution.opens_at')}</label>
        <input id="opens-at" type="datetime-local" value={opensAt} onChange={(e) => setOpensAt(e.target.value)} required />
      </div>
      <div className="field">
        <label htmlFor="closes-at">{t('distribution.closes_at')}</label>
        <input id="closes-at" type="datetime-local" value={closesAt} onChange={(e) => setClosesAt(e.target.value)} required />
      </div>
      <div className="field">
        <label htmlFor="reminder-days">{t('distribution.reminder_days')}</label>
        <input id="reminder-days" inputMode="numeric" value={reminders} onChange={(e) => setReminders(e.target.value)} />
      </div>
      <fieldset>
        <legend>{t('distribution.cohorts')}</legend>
        <p className="field-hint">{t('distribution.cohorts_hint')}</p>
        {audience.data?.cohorts.map((cohort) => (
          <label key={cohort.id} className="choice">
            <input type="checkbox" checked={cohortIds.includes(cohort.id)} onChange={() => setCohortIds(toggle(cohortIds, cohort.id))} />{' '}
            {t('distribution.cohort', { name: cohort.name, count: cohort.participants })}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('distribution.statuses')}</legend>
        {ENROLMENT_STATUSES.map((status) => (
          <label key={status} className="choice">
            <input type="checkbox" checked={statuses.includes(status)} onChange={() => setStatuses(toggle(statuses, status))} />{' '}
            {t(`enrolment_status.${status}`)}
          </label>
        ))}
      </fieldset>
      <ErrorAlert error={createDistribution.error} />
      <StatusMessage>{scheduled && t('distribution.scheduled_notice')}</StatusMessage>
      <SubmitButton pending={createDistribution.isPending}>{t('distribution.create')}</SubmitButton>
    </form>
  );
}
