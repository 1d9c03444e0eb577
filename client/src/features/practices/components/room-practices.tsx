import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Language } from '@sstc/shared';
import { localized } from '../../../lib/localized.js';
import { useTranslation } from '../../../lib/use-translation.js';
import { practicesApi } from '../api/practices.api.js';

/** In a room: the published good practices linked to it (nothing at all when there are none, or offline). */
export function RoomPractices({ roomId }: { roomId: string }) {
  const { t, i18n } = useTranslation('practices');
  const language = i18n.language as Language;
  const practices = useQuery({ queryKey: ['practices', 'room', roomId], queryFn: () => practicesApi.forRoom(roomId), retry: false });
  if (!practices.data?.length) return null;
  return (
    <section aria-labelledby="room-practices-title" className="stack-tight">
      <h2 id="room-practices-title">{t('linked.room_title')}</h2>
      <ul>
        {practices.data.map((practice) => {
          const title = localized(practice.title, language, practice.language);
          return (
            <li key={practice.id} lang={title.lang}>
              <Link to={`/practices/${practice.id}`}>{title.value}</Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
