import { useParams } from 'react-router';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { NotificationKind } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { StatusMessage } from '../../../components/status-message.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { useTranslation } from '../../../lib/use-translation.js';
import { notificationsApi } from '../api/notifications.api.js';

/**
 * An emailed unsubscribe link, opened without signing in: it says which emails it stops and stops
 * them with one button (opening the page changes nothing, so a link checker cannot unsubscribe anyone).
 */
export function UnsubscribePage() {
  const { token = '' } = useParams();
  const { t } = useTranslation('notifications');
  usePageTitle(t('unsubscribe.title'));
  const summary = useQuery({ queryKey: ['unsubscribe', token], queryFn: () => notificationsApi.unsubscribeSummary(token), retry: false });
  const stop = useMutation({ mutationFn: () => notificationsApi.unsubscribe(token) });
  const result = stop.data ?? summary.data;
  const kinds = (list: NotificationKind[]) => list.map((kind) => t(`settings.kinds.${kind}`)).join(', ');

  return (
    <div className="stack narrow-wide">
      <h1>{t('unsubscribe.title')}</h1>
      {summary.isPending && <Loading />}
      <ErrorAlert error={summary.error ?? stop.error} />
      {result && !result.done && (
        <>
          <p>{t('unsubscribe.intro', { kinds: kinds(result.kinds) })}</p>
          <p>
            <button
              type="button"
              className="button button-primary"
              aria-disabled={stop.isPending || undefined}
              onClick={() => stop.isPending || stop.mutate()}
            >
              {t('unsubscribe.confirm')}
            </button>
          </p>
        </>
      )}
      <StatusMessage>{result?.done && t('unsubscribe.done', { kinds: kinds(result.kinds) })}</StatusMessage>
    </div>
  );
}
