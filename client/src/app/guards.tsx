import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from '../lib/use-translation.js';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '@sstc/shared';
import { ErrorAlert } from '../components/error-alert.js';
import { Loading } from '../components/loading.js';
import { SIGN_OUT_REASON_KEY, useAuth, type SignOutReason } from '../features/auth/hooks/use-auth.js';
import { ApiError } from '../lib/api.js';

/** While the session is checked: a loading state, or why it could not be checked and a retry. */
function SessionPending() {
  const { t } = useTranslation();
  const { error, retry } = useAuth();
  if (!error) return <Loading />;
  return (
    <ErrorAlert error={error}>
      <button type="button" className="button" onClick={retry}>
        {t('failure.reload')}
      </button>
    </ErrorAlert>
  );
}

/** Signed-in pages; a visitor goes to sign in and comes back afterwards. */
export function RequireAuth() {
  const { user } = useAuth();
  const location = useLocation();
  const client = useQueryClient();
  if (user === undefined) return <SessionPending />;
  if (user === null) {
    // Read when the user changes (this render): an explicit sign-out starts afresh.
    const reason = client.getQueryData<SignOutReason>(SIGN_OUT_REASON_KEY);
    if (reason) return <Navigate to={reason === 'everywhere' ? '/sign-in?notice=signed_out_everywhere' : '/sign-in'} replace />;
    return <Navigate to="/sign-in" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  return <Outlet />;
}

/**
 * Sign-in and forgotten-password pages; once signed in, go where the visitor was heading, and let
 * `onSignedIn` start that page's requests alongside its code.
 */
export function PublicOnly({ onSignedIn }: { onSignedIn?: (client: QueryClient, to: string) => void }) {
  const { user } = useAuth();
  const location = useLocation();
  const client = useQueryClient();
  const to = (location.state as { from?: string } | null)?.from ?? '/';
  useEffect(() => {
    if (user) onSignedIn?.(client, to);
  }, [user, to, client, onSignedIn]);
  if (user === undefined) return <SessionPending />;
  if (user) return <Navigate to={to} replace />;
  return <Outlet />;
}

/** A page for one role; the server enforces the same rule on every call. */
export function RequireRole({ role }: { role: Role | Role[] }) {
  const { user } = useAuth();
  const allowed = Array.isArray(role) ? role : [role];
  if (!user || !allowed.includes(user.role)) return <ErrorAlert error={ApiError.local(403, 'forbidden')} />;
  return <Outlet />;
}
