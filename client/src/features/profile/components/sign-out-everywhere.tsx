import { useTranslation } from '../../../lib/use-translation.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { useSignOut } from '../../auth/hooks/use-auth-mutations.js';

export function SignOutEverywhere() {
  const { t } = useTranslation('profile');
  const signOut = useSignOut(true);
  return (
    <section aria-labelledby="profile-sessions" className="card">
      <h2 id="profile-sessions">{t('sessions.title')}</h2>
      <p>{t('sessions.intro')}</p>
      <ErrorAlert error={signOut.error} />
      <button
        type="button"
        className="button button-danger"
        aria-disabled={signOut.isPending || undefined}
        onClick={() => !signOut.isPending && signOut.mutate()}
      >
        {t('sessions.submit')}
      </button>
    </section>
  );
}
