import { useEffect, useMemo, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../../lib/use-translation.js';
import type { CurrentUser } from '@sstc/shared';
import { isApiError } from '../../../lib/api.js';
import { authApi } from '../api/auth.api.js';
import { AuthContext, CURRENT_USER_KEY, type AuthState } from '../hooks/use-auth.js';

async function fetchCurrentUser(): Promise<CurrentUser | null> {
  try {
    return await authApi.me();
  } catch (error) {
    if (isApiError(error, 'unauthenticated')) return null;
    throw error;
  }
}

/** The signed-in user, fetched once (main.tsx starts it before the first render). */
export const currentUserQuery = { queryKey: CURRENT_USER_KEY, queryFn: fetchCurrentUser, staleTime: Infinity } as const;

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
