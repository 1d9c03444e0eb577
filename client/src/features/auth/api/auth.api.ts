import type {
  AcceptInvitationRequest,
  CurrentUser,
  ForgotPasswordRequest,
  InvitationDetails,
  ResetPasswordRequest,
  SignInRequest,
} from '@sstc/shared';
import { api } from '../../../lib/api.js';

export const authApi = {
  me: () => api<CurrentUser>('/auth/me'),
  signIn: (body: SignInRequest) => api<CurrentUser>('/auth/sign-in', { method: 'POST', body }),
  signOut: () => api<void>('/auth/sign-out', { method: 'POST' }),
  signOutEverywhere: () => api<void>('/auth/sign-out-everywhere', { method: 'POST' }),
  forgotPassword: (body: ForgotPasswordRequest) => api<void>('/auth/password/forgot', { method: 'POST', body }),
  resetPassword: (body: ResetPasswordRequest) => api<void>('/auth/password/reset', { method: 'POST', body }),
  invitation: (token: string) => api<InvitationDetails>(`/auth/invitations/${encodeURIComponent(token)}`),
  acceptInvitation: (token: string, body: AcceptInvitationRequest) =>
    api<CurrentUser>(`/auth/invitations/${encodeURIComponent(token)}/accept`, { method: 'POST', body }),
};
