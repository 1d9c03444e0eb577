import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { REACTIONS } from '@sstc/shared/values';
import type { Message } from '@sstc/shared';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';
import { request } from '../api/discussions.api.js';
import type { RoomContext } from './message-actions.js';

/** Counts per emoji; pressing one adds or takes back the reader's own. */
export function Reactions({ message, room }: { message: Message; room: RoomContext }) {
  const { t } = useTranslation('discussions');
  const me = useSignedInUser().id;
  const [picking, setPicking] = useState(false);
  const toggle = async (emoji: string, on: boolean) => {
    setPicking(false);
    if (!room.socket) return;
    const reply = await request(room.socket, 'message:react', { messageId: message.id, emoji: emoji as (typeof REACTIONS)[number], on });
    if (reply.ok) room.upsert([reply.data]);
    else room.onError(reply.error);
  };
  return (
    <span className="reactions">
      {message.reactions.map((reaction) => {
        const mine = reaction.userIds.includes(me);
        return (
          <button
            key={reaction.emoji}
            type="button"
            className={mine ? 'reaction reaction-mine' : 'reaction'}
            aria-pressed={mine}
            aria-label={t('reactions.label', { emoji: reaction.emoji, total: reaction.count })}
            onClick={() => void toggle(reaction.emoji, !mine)}
            disabled={!room.canPost}
          >
            {reaction.emoji} {reaction.count}
          </button>
        );
      })}
      {room.canPost && (
        <button type="button" className="link-button" aria-expanded={picking} onClick={() => setPicking(!picking)}>
          {t('reactions.add')}
        </button>
      )}
      {picking && (
        <span role="group" aria-label={t('reactions.add')} className="reaction-picker">
          {REACTIONS.map((emoji) => (
            <button key={emoji} type="button" className="reaction" onClick={() => void toggle(emoji, true)}>
              {emoji}
            </button>
          ))}
        </span>
      )}
    </span>
  );
}
