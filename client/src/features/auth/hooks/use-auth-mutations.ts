import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import {
  acceptInvitationRequestSchema,
  forgotPasswordRequestSchema,
  resetPasswordRequestSchema,
  signInRequestSchema,
  tokenSchema,
  type CurrentUser,
} from '@sstc/shared';
import { ApiError } from '../../../lib/api.js';
import { parseOrThrow } from '../../../lib/validation.js';
import { authApi } from '../api/auth.api.js';
import { CURRENT_USER_KEY } from './use-auth.js';

/** Forgets everything fetched for the previous user and records who is signed in now. */
export function setSignedInUser(client: QueryClient, user: CurrentUser | null): void {
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== CURRENT_USER_KEY[0] });
  client.setQueryData(CURRENT_USER_KEY, user);
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (values: Record<string, string>) => authApi.signIn(parseOrThrow(signInRequestSchema, values)),
    onSuccess: (user) => setSignedInUser(client, user),
  });
}

export function useSignOut(everywhere = false) {
  const client = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => (everywhere ? authApi.signOutEverywhere() : authApi.signOut()),
    onSuccess: () => {
      void navigate('/sign-in', { replace: true, state: everywhere ? { notice: 'signed_out_everywhere' } : undefined });
      setSignedInUser(client, null);
    },
  });
}

export function useForgotPassword() {
  return useMutation({
    mutationFn: async (values: Record<string, string>) => {
      const body = parseOrThrow(forgotPasswordRequestSchema, values);
      await authApi.forgotPassword(body);
      return body.email;
    },
  });
}

export function useResetPassword(token: string) {
  return useMutation({
    mutationFn: (values: Record<string, string>) => {
      // A mangled link is an invalid link, not a form problem the reader could fix.
      if (!tokenSchema.safeParse(token).success) throw ApiError.local(410, 'reset_token_invalid');
      return authApi.resetPassword(
        parseOrThrow(resetPasswordRequestSchema, { token, password: values.password }, [
          values.confirmPassword !== values.password && { path: 'confirmPassword', code: 'passwords_differ' },
        ]),
      );
    },
  });
}

export function useInvitation(token: string) {
  return useQuery({ queryKey: ['auth', 'invitation', token], queryFn: () => authApi.invitation(token), staleTime: Infinity });
}

export function useAcceptInvitation(token: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ confirmPassword, ...values }: Record<string, string>) =>
      authApi.acceptInvitation(
        token,
        parseOrThrow(acceptInvitationRequestSchema, values, [confirmPassword !== values.password && { path: 'confirmPassword', code: 'passwords_differ' }]),
      ),
    onSuccess: (user) => setSignedInUser(client, user),
  });
}
