import { Link } from 'react-router';
import { useTranslation } from '../../../lib/use-translation.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';
import { ChangePasswordForm } from './change-password-form.js';
import { ProfileForm } from './profile-form.js';
import { SignOutEverywhere } from './sign-out-everywhere.js';

export function ProfilePage() {
  const { t } = useTranslation(['profile', 'common']);
  const user = useSignedInUser();
  usePageTitle(t('title'));
  return (
    <div className="stack">
      <h1>{t('title')}</h1>
      <dl className="facts">
        <div>
          <dt>{t('fields.email')}</dt>
          <dd>{user.email}</dd>
        </div>
        <div>
          <dt>{t('fields.role')}</dt>
          <dd>{t(`common:roles.${user.role}`)}</dd>
        </div>
        {user.iloRegion && (
          <div>
            <dt>{t('fields.region')}</dt>
            <dd>{t(`common:regions.${user.iloRegion}`)}</dd>
          </div>
        )}
      </dl>
      <ProfileForm user={user} />
      <section aria-labelledby="profile-notifications" className="card stack-tight">
        <h2 id="profile-notifications">{t('notifications.title')}</h2>
        <p>{t('notifications.intro')}</p>
        <p>
          <Link to="/notifications/settings">{t('notifications.link')}</Link>
        </p>
      </section>
      <ChangePasswordForm />
      <SignOutEverywhere />
    </div>
  );
}
