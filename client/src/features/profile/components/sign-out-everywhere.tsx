import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { useCalendarFeed, useRevokeFeed } from '../../agenda/hooks/use-agenda.js';
import { useSignOut } from '../../auth/hooks/use-auth-mutations.js';

/**
 * Ends every session. The calendar feed is a bearer address that no sign-out reaches, so when one
 * is active the form offers to stop it as well (ticked: whoever had the phone may have it).
 */
export function SignOutEverywhere() {
  const { t } = useTranslation('profile');
  const signOut = useSignOut(true);
  const feed = useCalendarFeed();
  const stopFeed = useRevokeFeed();
  const [alsoFeed, setAlsoFeed] = useState(true);
  const pending = signOut.isPending || stopFeed.isPending;
  const submit = () => {
    if (pending) return;
    if (feed.data?.active && alsoFeed) stopFeed.mutate(undefined, { onSuccess: () => signOut.mutate() });
    else signOut.mutate();
  };
  return (
    <section aria-labelledby="profile-sessions" className="card stack-tight">
      <h2 id="profile-sessions">{t('sessions.title')}</h2>
      <p>{t('sessions.intro')}</p>
      {feed.data?.active && (
        <label className="check">
          <input type="checkbox" checked={alsoFeed} onChange={(event) => setAlsoFeed(event.currentTarget.checked)} data-testid="stop-feed" />{' '}
          {t('sessions.stop_feed')}
        </label>
      )}
      <ErrorAlert error={stopFeed.error ?? signOut.error} />
      <p>
        <button type="button" className="button button-danger" aria-disabled={pending || undefined} onClick={submit}>
          {t('sessions.submit')}
        </button>
      </p>
    </section>
  );
}
