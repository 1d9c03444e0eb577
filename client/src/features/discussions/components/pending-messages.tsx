import { useTranslation } from '../../../lib/use-translation.js';
import { errorParams } from '@sstc/shared/values';
import type { Language } from '@sstc/shared';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';
import { outboxOf, usePending } from '../hooks/use-outbox.js';
import { Markdown } from '../lib/markdown.js';

/** Messages written here that the server has not acknowledged yet, shown as such. */
export function PendingMessages({ roomId, parentId = null }: { roomId: string; parentId?: string | null }) {
  const { t, i18n } = useTranslation(['discussions', 'errors']);
  const me = useSignedInUser();
  const pending = usePending(roomId).filter((item) => item.parentId === parentId);
  if (pending.length === 0) return null;
  const outbox = outboxOf(me.id);
  return (
    <ul className="pending-messages" aria-label={t('discussions:pending.label')}>
      {pending.map((item) => (
        <li key={item.clientId} className={item.failed ? 'message message-failed' : 'message message-pending'} data-testid="pending-message">
          <p className="message-header">
            <span className="message-author">{me.name}</span>
            <span className="muted small" role="status">
              {item.failed ? t('discussions:pending.failed') : t('discussions:pending.sending')}
            </span>
          </p>
          <div className="message-body" lang={i18n.language as Language}>
            <Markdown text={item.body} me={me.id} />
          </div>
          {!item.failed && item.retrying && (
            <p className="muted small">{t(`errors:${item.retrying.code}`, errorParams(item.retrying.code, item.retrying.retryAfter))}</p>
          )}
          {item.failed && (
            <div role="alert" className="stack-tight">
              <p className="field-error">{t(`errors:${item.failed.code}`, errorParams(item.failed.code, item.failed.retryAfter))}</p>
              <div className="row">
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => outbox.update(item.clientId, { failed: undefined, notBefore: undefined, retrying: undefined })}
                >
                  {t('discussions:pending.retry')}
                </button>
                <button type="button" className="button button-small" onClick={() => outbox.remove(item.clientId)}>
                  {t('discussions:pending.discard')}
                </button>
              </div>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
