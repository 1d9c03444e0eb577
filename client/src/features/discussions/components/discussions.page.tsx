import { useTranslation } from '../../../lib/use-translation.js';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';
import { useRooms } from '../hooks/use-rooms.js';
import { CommunityRoomForm } from './community-room-form.js';
import { NotificationList } from './notification-list.js';
import { RoomList } from './room-list.js';

/** The virtual meeting point: the reader's rooms with unread counts, and what concerns them. */
export function DiscussionsPage() {
  const { t } = useTranslation('discussions');
  const user = useSignedInUser();
  const rooms = useRooms();
  usePageTitle(t('title'));
  return (
    <div className="stack">
      <header className="stack-tight">
        <h1>{t('title')}</h1>
        <p className="muted">{t('intro')}</p>
        {user.role !== 'participant' && (
          <p>
            <Link to="/discussions/reports">{t('reports.link')}</Link>
          </p>
        )}
      </header>
      <NotificationList />
      {user.role === 'organizer' && <CommunityRoomForm />}
      {rooms.isPending ? <Loading /> : rooms.isError ? <ErrorAlert error={rooms.error} /> : <RoomList rooms={rooms.data} />}
    </div>
  );
}
