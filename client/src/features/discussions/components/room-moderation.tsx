import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { useQuery } from '@tanstack/react-query';
import { errorParams, SLOW_MODE_CHOICES } from '@sstc/shared/values';
import type { ModerateRequest, RoomSummary, SocketErrorBody } from '@sstc/shared';
import { Pagination } from '../../../components/pagination.js';
import type { AppSocket } from '../../../lib/socket.js';
import { discussionsApi, request } from '../api/discussions.api.js';
import { InviteForm } from './invite-form.js';
import { RelativeTime } from './relative-time.js';

/** A moderator's room tools: read-only lock, slow mode, and the log of every moderation action. */
export function RoomModeration({ room, socket }: { room: RoomSummary; socket: AppSocket | null }) {
  const { t } = useTranslation(['discussions', 'errors']);
  const [error, setError] = useState<SocketErrorBody | null>(null);
  const [logOpen, setLogOpen] = useState(false);
  const act = async (action: ModerateRequest) => {
    if (!socket) return;
    const reply = await request(socket, 'moderation:act', action);
    setError(reply.ok ? null : reply.error);
  };
  return (
    <details className="card moderation-tools" data-testid="moderation-tools">
      <summary>{t('discussions:moderation.title')}</summary>
      <div className="stack-tight">
        <div className="row">
          <button
            type="button"
            className="button button-small"
            onClick={() => void act(room.locked ? { action: 'unlock', roomId: room.id } : { action: 'lock', roomId: room.id })}
          >
            {room.locked ? t('discussions:moderation.unlock') : t('discussions:moderation.lock')}
          </button>
          <label className="field-inline">
            <span>{t('discussions:moderation.slow_mode')}</span>
            <select
              value={room.slowModeSeconds}
              onChange={(event) => void act({ action: 'slow_mode', roomId: room.id, seconds: Number(event.target.value) })}
            >
              {SLOW_MODE_CHOICES.map((seconds) => (
                <option key={seconds} value={seconds}>
                  {seconds === 0 ? t('discussions:moderation.slow_mode_off') : t('discussions:moderation.seconds', { count: seconds })}
                </option>
              ))}
            </select>
          </label>
        </div>
        {error && (
          <p className="field-error" role="alert">
            {t(`errors:${error.code}`, errorParams(error.code, error.retryAfter))}
          </p>
        )}
        {room.kind === 'community' && <InviteForm roomId={room.id} />}
        <details onToggle={(event) => setLogOpen((event.target as HTMLDetailsElement).open)}>
          <summary>{t('discussions:moderation.log')}</summary>
          {logOpen && <ModerationLog roomId={room.id} />}
        </details>
      </div>
    </details>
  );
}

function ModerationLog({ roomId }: { roomId: string }) {
  const { t } = useTranslation('discussions');
  const [page, setPage] = useState(1);
  const log = useQuery({ queryKey: ['discussions', 'log', roomId, page], queryFn: () => discussionsApi.log(roomId, page) });
  if (!log.data) return null;
  if (log.data.items.length === 0) return <p className="muted">{t('moderation.log_empty')}</p>;
  return (
    <>
      <ol className="moderation-log" data-testid="moderation-log">
        {log.data.items.map((entry) => (
          <li key={entry.id}>
            <RelativeTime at={entry.createdAt} />{' '}
            {t(`moderation.actions.${entry.action}`, { actor: entry.actor?.name ?? t('moderation.system'), target: entry.targetUser?.name ?? '' })}
            {entry.reason && <span className="muted"> — {entry.reason}</span>}
          </li>
        ))}
      </ol>
      <Pagination page={page} pages={Math.ceil(log.data.total / log.data.pageSize)} onPage={setPage} />
    </>
  );
}
