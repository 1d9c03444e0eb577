import { useTranslation } from '../../../lib/use-translation.js';
import type { Language, Message } from '@sstc/shared';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';
import { Markdown } from '../lib/markdown.js';
import { MessageActions, type RoomContext } from './message-actions.js';
import { Reactions } from './reactions.js';
import { RelativeTime } from './relative-time.js';

interface MessageItemProps {
  message: Message;
  room: RoomContext;
  /** Open this message's thread (top-level messages only). */
  onOpenThread?: (message: Message) => void;
}

/**
 * One message: author, time in the reader's zone, its text marked with the author's language when
 * it differs from the reader's (screen readers switch voice), reactions and the actions the reader may take.
 */
export function MessageItem({ message, room, onOpenThread }: MessageItemProps) {
  const { t, i18n } = useTranslation(['discussions', 'common']);
  const me = useSignedInUser();
  const language = i18n.language as Language;
  const foreign = message.language !== language;
  const classes = [
    'message',
    `message-${message.kind}`,
    message.hidden ? 'message-hidden' : '',
    message.mentions.includes(me.id) ? 'message-mentions-me' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <article className={classes} id={`message-${message.id}`} data-testid="message" aria-labelledby={`message-${message.id}-author`}>
      <header className="message-header">
        <span className="message-author" id={`message-${message.id}-author`}>
          {message.author.name}
        </span>
        {message.author.role !== 'participant' && <span className="badge">{t(`common:roles.${message.author.role}`)}</span>}
        {message.kind !== 'message' && <span className="badge badge-kind">{t(`discussions:message.kinds.${message.kind}`)}</span>}
        <RelativeTime at={message.createdAt} editionTimeZone={room.editionTimeZone} />
        {foreign && message.body !== null && (
          <span className="muted small">
            {t('discussions:message.written_in', {
              language: new Intl.DisplayNames([language], { type: 'language' }).of(message.language) ?? message.language,
            })}
          </span>
        )}
      </header>
      {message.hidden && !room.moderator && (
        <p className="note" role="note">
          {t('discussions:message.hidden_placeholder')}
        </p>
      )}
      {message.hidden && room.moderator && (
        <p className="note" role="note">
          {message.hidden.by
            ? t('discussions:message.hidden_by', { name: message.hidden.by.name, reason: message.hidden.reason ?? '' })
            : t('discussions:message.hidden_by_reports')}
        </p>
      )}
      {message.deletedAt && <p className="muted">{t('discussions:message.deleted')}</p>}
      {message.body !== null && !message.deletedAt && (
        <div className="message-body" lang={foreign ? message.language : undefined} data-testid="message-body">
          <Markdown text={message.body} me={me.id} />
        </div>
      )}
      {message.body !== null && message.deletedAt && room.moderator && (
        <div className="message-body message-removed" lang={foreign ? message.language : undefined}>
          <Markdown text={message.body} me={me.id} />
        </div>
      )}
      <footer className="message-footer">
        {message.editedAt && <span className="muted small">{t('discussions:message.edited')}</span>}
        {room.moderator && message.openReports > 0 && (
          <span className="badge badge-mention">{t('discussions:message.reports', { count: message.openReports })}</span>
        )}
        {!message.deletedAt && !message.hidden && <Reactions message={message} room={room} />}
        {onOpenThread && message.parentId === null && (
          <button type="button" className="link-button" onClick={() => onOpenThread(message)}>
            {message.replyCount > 0 ? t('discussions:message.replies', { count: message.replyCount }) : t('discussions:message.reply')}
          </button>
        )}
        <MessageActions message={message} room={room} />
      </footer>
    </article>
  );
}
