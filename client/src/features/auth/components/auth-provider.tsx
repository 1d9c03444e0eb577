import { useEffect, useMemo, type ReactNode } from 'react';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from '../../../lib/use-translation.js';
import type { CurrentUser } from '@sstc/shared';
import { SIGNED_IN_HINT_COOKIE } from '@sstc/shared/values';
import { isApiError } from '../../../lib/api.js';
import { authApi } from '../api/auth.api.js';
import { maybeSignedIn } from '../signed-in-hint.js';
import { AuthContext, CURRENT_USER_KEY, type AuthState } from '../hooks/use-auth.js';

async function fetchCurrentUser(): Promise<CurrentUser | null> {
  try {
    return await authApi.me();
  } catch (error) {
    if (isApiError(error, 'unauthenticated')) {
      // The session expired or was ended elsewhere: the next visit need not wait to learn it.
      document.cookie = `${SIGNED_IN_HINT_COOKIE}=; Max-Age=0; Path=/`;
      return null;
    }
    throw error;
  }
}

/** The signed-in user, fetched once (main.tsx starts it before the first render). */
export const currentUserQuery = { queryKey: CURRENT_USER_KEY, queryFn: fetchCurrentUser, staleTime: Infinity } as const;

/**
 * Asks who is signed in before the first render. Without the hint nobody is, and the sign-in form
 * shows at once instead of a round trip later (0.4 s and more on a slow mobile link); the question
 * still goes out, for a session opened before the hint existed.
 */
export function startSessionCheck(client: QueryClient): void {
  if (maybeSignedIn()) {
    void client.prefetchQuery(currentUserQuery);
    return;
  }
  client.setQueryData(CURRENT_USER_KEY, null);
  void client.prefetchQuery({ ...currentUserQuery, staleTime: 0 });
}

/** Who is signed in (GET /api/auth/me), for the whole app; the interface follows their language. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const query = useQuery(currentUserQuery);
  const user = query.data;
  const language = user?.language;

  useEffect(() => {
    if (language && language !== i18n.language) void i18n.changeLanguage(language);
  }, [language, i18n]);

  const { refetch } = query;
  const value = useMemo<AuthState>(
    () => ({ user, error: user === undefined ? query.error : null, retry: () => void refetch() }),
    [user, query.error, refetch],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
