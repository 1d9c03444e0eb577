import type { InviteUserRequest, Page, UserSummary } from '@sstc/shared';
import { api } from '../../../lib/api.js';

export const usersApi = {
  list: (page: number, pageSize: number) => api<Page<UserSummary>>('/users', { query: { page, pageSize } }),
  invite: (body: InviteUserRequest) => api<UserSummary>('/users/invitations', { method: 'POST', body }),
};
