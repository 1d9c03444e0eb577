import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import type { Message } from '@sstc/shared';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';
import type { RoomContext } from './message-actions.js';
import { MessageItem } from './message-item.js';

interface MessageListProps {
  messages: Message[];
  hasOlder: boolean;
  loadOlder: () => Promise<void>;
  room: RoomContext;
  onOpenThread: (message: Message) => void;
}

/**
 * The room's messages, oldest at the top. Scrolling back to the top loads the previous page
 * (a button does the same for keyboards and old browsers); new messages keep the view at the
 * bottom when the reader was already there, and the reader's own new message is always scrolled to.
 */
export function MessageList({ messages, hasOlder, loadOlder, room, onOpenThread }: MessageListProps) {
  const { t } = useTranslation('discussions');
  const top = useRef<HTMLDivElement>(null);
  const bottom = useRef<HTMLDivElement>(null);
  const [loading, setLoading] = useState(false);
  const atBottom = useRef(true);

  const older = async () => {
    if (loading) return;
    setLoading(true);
    try {
      await loadOlder();
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    if (!hasOlder || typeof IntersectionObserver === 'undefined' || !top.current) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && void older());
    observer.observe(top.current);
    return () => observer.disconnect();
  });

  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined' || !bottom.current) return;
    const observer = new IntersectionObserver((entries) => (atBottom.current = entries.some((e) => e.isIntersecting)));
    observer.observe(bottom.current);
    return () => observer.disconnect();
  }, []);

  const me = useSignedInUser().id;
  const lastMessage = messages.at(-1);
  const last = lastMessage?.id;
  const mineLast = lastMessage?.author.id === me;
  // A new message keeps the reader at the bottom if they were there; one's own is always brought into view.
  useEffect(() => {
    // Centred, one's own message is clear of the sticky composer whatever its height.
    if (mineLast && last) document.getElementById(`message-${last}`)?.scrollIntoView?.({ block: 'center' });
    else if (atBottom.current) bottom.current?.scrollIntoView?.({ block: 'end' });
  }, [last, mineLast]);

  return (
    <section aria-label={t('room.messages')} className="message-list" data-testid="message-list">
      <div ref={top} />
      {hasOlder && (
        <button type="button" className="button button-small" onClick={() => void older()} disabled={loading}>
          {loading ? t('room.loading_older') : t('room.load_older')}
        </button>
      )}
      {messages.length === 0 && !hasOlder && <p className="muted">{t('room.empty')}</p>}
      {messages.map((message) => (
        <MessageItem key={message.id} message={message} room={room} onOpenThread={onOpenThread} />
      ))}
      <div ref={bottom} className="message-list-end" />
    </section>
  );
}
