import { useTranslation } from '../../../lib/use-translation.js';
import type { Language } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { formatDate } from '../../../lib/format.js';
import { agendaApi } from '../api/agenda.api.js';
import { useCalendarFeed, useRenewFeed, useRevokeFeed } from '../hooks/use-agenda.js';

/** Download the week as an .ics file, or subscribe to a private feed that stays up to date. */
export function CalendarLinks({ editionId }: { editionId: string }) {
  const { t, i18n } = useTranslation('agenda');
  const language = i18n.language as Language;
  const feed = useCalendarFeed();
  const renew = useRenewFeed();
  const revoke = useRevokeFeed();
  const url = renew.data?.url;
  const active = feed.data?.active;

  return (
    <section aria-labelledby="calendar" className="card stack-tight" data-testid="calendar-links">
      <h2 id="calendar">{t('calendar.title')}</h2>
      <p>
        <a href={agendaApi.downloadUrl(editionId)} download className="button">
          {t('calendar.download')}
        </a>
      </p>
      <h3>{t('calendar.subscribe_title')}</h3>
      <p>{t('calendar.subscribe_intro')}</p>
      <p className="field-hint" data-testid="feed-bearer">
        {t('calendar.bearer')}
      </p>
      <ErrorAlert error={renew.error ?? revoke.error ?? feed.error} />
      {url && (
        <div className="stack-tight" role="status">
          <label htmlFor="feed-url">{t('calendar.url_label')}</label>
          <input id="feed-url" type="text" readOnly value={url} onFocus={(event) => event.currentTarget.select()} data-testid="feed-url" />
          <p className="field-hint">{t('calendar.url_once')}</p>
          <p>
            <button type="button" className="button button-small" onClick={() => void navigator.clipboard?.writeText(url)}>
              {t('calendar.copy')}
            </button>{' '}
            <a href={url.replace(/^https?:/, 'webcal:')}>{t('calendar.open_in_app')}</a>
          </p>
        </div>
      )}
      {active && !url && feed.data?.createdAt && (
        <p>{t('calendar.active_since', { date: formatDate(feed.data.createdAt.slice(0, 10), language) })}</p>
      )}
      <div className="actions">
        <button type="button" className="button" aria-disabled={renew.isPending || undefined} onClick={() => !renew.isPending && renew.mutate()}>
          {active ? t('calendar.renew') : t('calendar.create')}
        </button>
        {active && (
          <button
            type="button"
            className="button button-danger"
            aria-disabled={revoke.isPending || undefined}
            onClick={() => !revoke.isPending && revoke.mutate(undefined, { onSuccess: () => renew.reset() })}
          >
            {t('calendar.revoke')}
          </button>
        )}
      </div>
      {active && <p className="field-hint">{t('calendar.renew_hint')}</p>}
    </section>
  );
}
