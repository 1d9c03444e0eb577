import { createContext, useContext } from 'react';
import type { CurrentUser } from '@sstc/shared';

export const CURRENT_USER_KEY = ['auth', 'me'] as const;

/** Why the user is signed out, when they asked for it (an expired session has no reason). */
export const SIGN_OUT_REASON_KEY = ['auth', 'sign-out-reason'] as const;
export type SignOutReason = 'here' | 'everywhere';

export interface AuthState {
  /** undefined while the session is being checked, null when signed out. */
  user: CurrentUser | null | undefined;
  /** Why the session could not be checked (network down, server error); null otherwise. */
  error: unknown;
  retry: () => void;
}

export const AuthContext = createContext<AuthState>({ user: undefined, error: null, retry: () => {} });

export function useAuth(): AuthState {
  return useContext(AuthContext);
}

/** The signed-in user, for components that only render behind RequireAuth. */
export function useSignedInUser(): CurrentUser {
  const { user } = useAuth();
  if (!user) throw new Error('useSignedInUser outside a signed-in route');
  return user;
}
