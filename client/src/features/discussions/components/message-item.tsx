import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import type { Language, Message } from '@sstc/shared';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';
import { Markdown } from '../lib/markdown.js';
import { AnnouncementReview, VersionNote, versionFor } from './announcement-versions.js';
import { MessageActions, type RoomContext } from './message-actions.js';
import { Reactions } from './reactions.js';
import { RelativeTime } from './relative-time.js';
import { useMessageTranslation } from './translations-context.js';

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
  const { translations, view } = useMessageTranslation(message);
  const readable = message.body !== null && !message.deletedAt && !message.hidden;
  // An announcement written (or drafted) in the reader's language is read in it, not translated by the engine.
  const version = readable ? versionFor(message, language) : undefined;
  const [versionHidden, setVersionHidden] = useState(false);
  const showVersion = !!version && !versionHidden;
  const translatable = !!translations && foreign && readable && !version;
  const translated = showVersion || (translatable && view.status === 'done' && !view.showOriginal);
  const article = useRef<HTMLElement>(null);
  const languageName = (code: string) => new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;

  // Automatic translation: ask when the message comes into view, so what is on screen goes first.
  const auto = translatable && translations.auto && view.status === 'idle';
  useEffect(() => {
    if (!auto || !translations) return;
    const element = article.current;
    if (typeof IntersectionObserver === 'undefined' || !element) return translations.store.want(message, false, true);
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      translations.store.want(message, false, true);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [auto, translations, message]);
  const classes = [
    'message',
    `message-${message.kind}`,
    message.hidden ? 'message-hidden' : '',
    message.mentions.includes(me.id) ? 'message-mentions-me' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <article ref={article} className={classes} id={`message-${message.id}`} data-testid="message" aria-labelledby={`message-${message.id}-author`}>
      <header className="message-header">
        <span className="message-author" id={`message-${message.id}-author`}>
          {message.author.name}
        </span>
        {message.author.role !== 'participant' && <span className="badge">{t(`common:roles.${message.author.role}`)}</span>}
        {message.kind !== 'message' && <span className="badge badge-kind">{t(`discussions:message.kinds.${message.kind}`)}</span>}
        <RelativeTime at={message.createdAt} editionTimeZone={room.editionTimeZone} />
        {foreign && message.body !== null && (
          <span className="muted small">{t('discussions:message.written_in', { language: languageName(message.language) })}</span>
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
        <div
          className={translated ? 'message-body message-translated' : 'message-body'}
          lang={translated ? language : foreign ? message.language : undefined}
          data-testid="message-body"
        >
          <Markdown text={showVersion ? version.body : translated && view.status === 'done' ? view.body : message.body} me={me.id} />
        </div>
      )}
      {version && (
        <VersionNote
          message={message}
          machineDraft={version.machineDraft}
          showOriginal={versionHidden}
          onToggle={() => setVersionHidden(!versionHidden)}
        />
      )}
      {room.moderator && message.kind === 'announcement' && readable && <AnnouncementReview message={message} room={room} />}
      {translatable && (
        <p className="muted small message-translation" data-testid="message-translation">
          {view.status === 'idle' && (
            <button type="button" className="link-button" onClick={() => translations.store.want(message)}>
              {t('discussions:translation.translate')}
            </button>
          )}
          {view.status === 'pending' && <span role="status">{t('discussions:translation.translating')}</span>}
          {view.status === 'unavailable' && (
            <>
              <span role="status">{t('discussions:translation.unavailable')}</span>{' '}
              <button type="button" className="link-button" onClick={() => translations.store.want(message, true)}>
                {t('discussions:translation.retry')}
              </button>
            </>
          )}
          {view.status === 'done' && !view.showOriginal && (
            <>
              {t('discussions:translation.translated_from', { language: languageName(view.from) })}{' '}
              <button type="button" className="link-button" onClick={() => translations.store.toggle(message.id)}>
                {t('discussions:translation.show_original')}
              </button>
            </>
          )}
          {view.status === 'done' && view.showOriginal && (
            <button type="button" className="link-button" onClick={() => translations.store.toggle(message.id)}>
              {t('discussions:translation.show_translation')}
            </button>
          )}
        </p>
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
