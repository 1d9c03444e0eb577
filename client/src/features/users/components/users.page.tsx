import { useTranslation } from '../../../lib/use-translation.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { InviteUserForm } from './invite-user-form.js';
import { UsersTable } from './users-table.js';

/** Organizers only (the route checks the role, the server checks it again). */
export function UsersPage() {
  const { t } = useTranslation('users');
  usePageTitle(t('title'));
  return (
    <div className="stack">
      <h1>{t('title')}</h1>
      <InviteUserForm />
      <UsersTable />
    </div>
  );
}
