import { useMemo, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { RoomPractices } from '../../practices/components/room-practices.js';
import { Link, useParams, useSearchParams } from 'react-router';
import { errorParams } from '@sstc/shared/values';
import type { Language, Message, SocketErrorBody } from '@sstc/shared';
import { Loading } from '../../../components/loading.js';
import { useNow } from '../../../components/use-now.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';
import { useRoom } from '../hooks/use-room.js';
import { timeline, typingPeople } from '../lib/room-store.js';
import { Composer } from './composer.js';
import type { RoomContext } from './message-actions.js';
import { MessageItem } from './message-item.js';
import { MessageList } from './message-list.js';
import { PendingMessages } from './pending-messages.js';
import { RoomModeration } from './room-moderation.js';
import { roomKindLabel, roomTitle } from './room-title.js';
import { ThreadPanel } from './thread-panel.js';
import { AutoTranslateSetting } from './auto-translate-setting.js';
import { TranslationsProvider } from './translations-context.js';

/** One room: history by pages, live messages, who is here and typing, the composer and, for moderators, their tools. */
export function RoomPage() {
  const { t, i18n } = useTranslation(['discussions', 'errors', 'common']);
  const { roomId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const me = useSignedInUser();
  const { socket, state, room, pinned, status, error, loadOlder, upsert, copy, unavailable } = useRoom(roomId);
  const [actionError, setActionError] = useState<SocketErrorBody | null>(null);
  // While someone may be typing, a clock ticks so that "… is typing" ends when it should.
  const now = useNow(state.typing.size > 0 ? 1_000 : undefined);
  const title = room ? roomTitle(room, i18n.language as Language) : undefined;
  usePageTitle(title?.value || t('discussions:title'));
  const threadId = search.get('thread');

  const context: RoomContext | null = useMemo(
    () =>
      room && {
        id: room.id,
        // Read only while the socket is down: actions need the server; the composer's outbox does not.
        socket: status === 'live' ? socket : null,
        moderator: room.canModerate,
        canPost: !room.archived && (!room.locked || room.canModerate),
        editionTimeZone: room.edition?.timeZone,
        upsert,
        onError: setActionError,
      },
    [room, socket, status, upsert],
  );

  if (unavailable) return <RoomUnavailable message={t('common:failure.network')} />;
  if (error && !room) return <RoomUnavailable message={t(`errors:${error.code}`, errorParams(error.code, error.retryAfter))} />;
  if (!room || !context) return <Loading />;

  // A pinned message is shown once, in the pinned section at the top (element ids stay unique).
  const pinnedIds = new Set(pinned.map((message) => message.id));
  const messages = timeline(state).filter((message) => !pinnedIds.has(message.id));
  const typing = typingPeople(state, now, me.id);
  const openThread = (message: Message) => setSearch({ thread: message.id });
  const present = [...state.presence.values()];

  return (
    <TranslationsProvider socket={socket} roomId={room.id}>
      <div className="stack room">
        <p>
          <Link to="/discussions">{t('discussions:room.back')}</Link>
        </p>
        <header className="stack-tight">
          <p className="eyebrow">{roomKindLabel(room, t)}</p>
          <h1 lang={title?.lang}>{title?.value}</h1>
          <p className="muted small" role="status" data-testid="room-status" data-status={status}>
            {t(`discussions:room.status.${status}`)} · {t('discussions:room.online', { count: present.length })}
            {present.length > 0 && <>: {present.map((p) => p.name).join(', ')}</>}
          </p>
          {room.locked && <p className="note">{t('discussions:room.locked')}</p>}
          {room.archived && <p className="note">{t('discussions:room.archived')}</p>}
          {room.slowModeSeconds > 0 && <p className="note">{t('discussions:room.slow_mode', { count: room.slowModeSeconds })}</p>}
          <AutoTranslateSetting />
          {copy && (
            <p className="note" data-testid="room-offline-copy">
              <strong>{t('discussions:room.offline_copy.title')}</strong> {t('discussions:room.offline_copy.body')}
            </p>
          )}
        </header>
        {error && (
          <div className="alert alert-error" role="alert">
            <p>{t(`errors:${error.code}`, errorParams(error.code, error.retryAfter))}</p>
          </div>
        )}
        {room.canModerate && <RoomModeration room={room} socket={socket} />}
        {pinned.length > 0 && (
          <section aria-labelledby="pinned-title" className="pinned stack-tight">
            <h2 id="pinned-title">{t('discussions:room.pinned')}</h2>
            {pinned.map((message) => (
              <MessageItem key={message.id} message={message} room={context} onOpenThread={openThread} />
            ))}
          </section>
        )}
        <RoomPractices roomId={room.id} />
        <MessageList messages={messages} hasOlder={state.hasOlder} loadOlder={loadOlder} room={context} onOpenThread={openThread} />
        <PendingMessages roomId={room.id} />
        <p className="typing muted small" aria-live="polite">
          {typing.length > 0 &&
            t('discussions:room.typing', {
              names: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(typing.map((p) => p.name)),
              count: typing.length,
            })}
        </p>
        {actionError && (
          <div className="alert alert-error" role="alert">
            <p>{t(`errors:${actionError.code}`, errorParams(actionError.code, actionError.retryAfter))}</p>
            <button type="button" className="link-button" onClick={() => setActionError(null)}>
              {t('discussions:actions.close')}
            </button>
          </div>
        )}
        <Composer room={context} />
        {threadId && <ThreadPanel rootId={threadId} room={context} state={state} onClose={() => setSearch({})} />}
      </div>
    </TranslationsProvider>
  );
}

/** A room that cannot be shown (offline without a copy, or refused): why, and the way back to the list. */
function RoomUnavailable({ message }: { message: string }) {
  const { t } = useTranslation('discussions');
  return (
    <div className="stack">
      <p>
        <Link to="/discussions">{t('room.back')}</Link>
      </p>
      <div className="alert alert-error" role="alert">
        <p>{message}</p>
      </div>
    </div>
  );
}
