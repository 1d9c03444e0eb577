import { useEffect, useRef } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { useQuery } from '@tanstack/react-query';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { discussionsApi } from '../api/discussions.api.js';
import { replies, type RoomState } from '../lib/room-store.js';
import { Composer } from './composer.js';
import type { RoomContext } from './message-actions.js';
import { MessageItem } from './message-item.js';
import { PendingMessages } from './pending-messages.js';

/** A thread: its first message and the replies, loaded once, then kept live by the room. */
export function ThreadPanel({ rootId, room, state, onClose }: { rootId: string; room: RoomContext; state: RoomState; onClose: () => void }) {
  const { t } = useTranslation('discussions');
  const thread = useQuery({ queryKey: ['discussions', 'thread', rootId], queryFn: () => discussionsApi.thread(rootId) });
  const { upsert } = room;
  useEffect(() => {
    if (thread.data) upsert(thread.data);
  }, [thread.data, upsert]);
  const root = state.messages.get(rootId);
  // Opening a thread takes keyboard and screen-reader users to it.
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    panel.current?.focus();
    panel.current?.scrollIntoView?.({ block: 'start' });
  }, [rootId]);
  return (
    <aside ref={panel} tabIndex={-1} className="thread card stack-tight" aria-labelledby="thread-title" data-testid="thread">
      <div className="row-between">
        <h2 id="thread-title">{t('thread.title')}</h2>
        <button type="button" className="button button-small" onClick={onClose}>
          {t('actions.close')}
        </button>
      </div>
      {thread.isError && <ErrorAlert error={thread.error} />}
      {!root ? (
        <Loading />
      ) : (
        <>
          <MessageItem message={root} room={room} />
          <ol className="thread-replies">
            {replies(state, rootId).map((message) => (
              <li key={message.id}>
                <MessageItem message={message} room={room} />
              </li>
            ))}
          </ol>
          <PendingMessages roomId={room.id} parentId={rootId} />
          <Composer room={room} parentId={rootId} label={t('thread.reply_label')} />
        </>
      )}
    </aside>
  );
}
