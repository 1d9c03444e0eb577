import { useTranslation } from '../../../lib/use-translation.js';
import { Link } from 'react-router';
import type { Language, RoomSummary } from '@sstc/shared';
import { localized } from '../../../lib/localized.js';
import { RelativeTime } from './relative-time.js';
import { roomKindLabel, roomTitle } from './room-title.js';

/** Rooms grouped by edition (community rooms last), most recently active first within each. */
export function RoomList({ rooms }: { rooms: RoomSummary[] }) {
  const { t, i18n } = useTranslation('discussions');
  const language = i18n.language as Language;
  if (rooms.length === 0) return <p>{t('rooms.empty')}</p>;
  const groups = new Map<string, { title: string; lang?: string; rooms: RoomSummary[] }>();
  for (const room of rooms) {
    const key = room.edition?.id ?? 'community';
    const title = room.edition ? localized(room.edition.title, language, 'en') : { value: t('rooms.community'), lang: undefined };
    const group = groups.get(key) ?? { title: title.value, lang: title.lang, rooms: [] };
    group.rooms.push(room);
    groups.set(key, group);
  }
  const ordered = [...groups.entries()].sort(([a], [b]) => Number(a === 'community') - Number(b === 'community'));
  return (
    <>
      {ordered.map(([key, group]) => (
        <section key={key} className="stack-tight" aria-labelledby={`rooms-${key}`}>
          <h2 id={`rooms-${key}`} lang={group.lang}>
            {group.title}
          </h2>
          <ul className="room-list">
            {group.rooms.map((room) => (
              <RoomRow key={room.id} room={room} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function RoomRow({ room }: { room: RoomSummary }) {
  const { t, i18n } = useTranslation('discussions');
  const title = roomTitle(room, i18n.language as Language);
  return (
    <li className="room-row" data-testid="room-row">
      <div>
        <p className="eyebrow">{roomKindLabel(room, t)}</p>
        <Link to={`/discussions/rooms/${room.id}`} lang={title.lang} className="room-link">
          {title.value}
        </Link>
        <p className="muted small">
          {room.lastActivityAt ? (
            <RelativeTime at={room.lastActivityAt} label={(time) => t('rooms.last_activity', { time })} />
          ) : (
            t('rooms.no_activity')
          )}
          {room.locked && <> · {t('room.locked_badge')}</>}
          {room.archived && <> · {t('room.archived_badge')}</>}
        </p>
      </div>
      <div className="room-badges">
        {room.unreadMentions > 0 && <span className="badge badge-mention">{t('rooms.mentions', { count: room.unreadMentions })}</span>}
        {room.unread > 0 && (
          <span className="badge badge-unread" data-testid="room-unread">
            {t('rooms.unread', { count: room.unread, max: room.unread >= 100 ? '99+' : room.unread })}
          </span>
        )}
      </div>
    </li>
  );
}
