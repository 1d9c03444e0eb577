import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { CurrentUser } from '@sstc/shared';
import { ApiError, isApiError } from '../../../lib/api.js';
import { checkForm, passwordsDiffer, type FormInput } from '../../../lib/validation.js';
import { profileFieldsOf } from '../../profile/api/profile-fields.js';
import { authApi } from '../api/auth.api.js';
import { CURRENT_USER_KEY, SIGN_OUT_REASON_KEY, type SignOutReason } from './use-auth.js';

/**
 * Records who is signed in now and forgets everything fetched for the previous user. A sign-out
 * the user asked for carries its reason, so the guards send them to a fresh sign-in page rather
 * than back to where they were.
 */
export function setSignedInUser(client: QueryClient, user: CurrentUser | null, reason?: SignOutReason): void {
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== CURRENT_USER_KEY[0] });
  if (user) client.removeQueries({ queryKey: SIGN_OUT_REASON_KEY });
  if (reason) client.setQueryData(SIGN_OUT_REASON_KEY, reason);
  client.setQueryData(CURRENT_USER_KEY, user);
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (form: FormInput) => {
      const values = checkForm(form);
      return authApi.signIn({ email: values.email ?? '', password: values.password ?? '' });
    },
    onSuccess: (user) => setSignedInUser(client, user),
  });
}

export function useSignOut(everywhere = false) {
  const client = useQueryClient();
  const reason: SignOutReason = everywhere ? 'everywhere' : 'here';
  return useMutation({
    // Recorded before the request: the websocket's session:ended may arrive before the response.
    onMutate: () => client.setQueryData(SIGN_OUT_REASON_KEY, reason),
    mutationFn: () => (everywhere ? authApi.signOutEverywhere() : authApi.signOut()),
    // RequireAuth then leads to the sign-in page.
    onSuccess: () => setSignedInUser(client, null, reason),
    onError: () => client.removeQueries({ queryKey: SIGN_OUT_REASON_KEY }),
  });
}

export function useForgotPassword() {
  return useMutation({
    mutationFn: async (form: FormInput) => {
      const email = (checkForm(form).email ?? '').trim();
      await authApi.forgotPassword({ email });
      return email;
    },
  });
}

export function useResetPassword(token: string) {
  return useMutation({
    mutationFn: async (form: FormInput) => {
      const values = checkForm(form, [passwordsDiffer(form.values)]);
      try {
        await authApi.resetPassword({ token, password: values.password ?? '' });
      } catch (error) {
        // A mangled link is an invalid link, not a form problem the reader could fix.
        if (isApiError(error, 'validation_failed') && error.body.details?.some((detail) => detail.path === 'token')) {
          throw ApiError.local(410, 'reset_token_invalid');
        }
        throw error;
      }
    },
  });
}

export function useInvitation(token: string) {
  return useQuery({ queryKey: ['auth', 'invitation', token], queryFn: () => authApi.invitation(token), staleTime: Infinity });
}

export function useAcceptInvitation(token: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (form: FormInput) => {
      const values = checkForm(form, [passwordsDiffer(form.values)]);
      return authApi.acceptInvitation(token, { ...profileFieldsOf(values), password: values.password ?? '' });
    },
    onSuccess: (user) => setSignedInUser(client, user),
  });
}
