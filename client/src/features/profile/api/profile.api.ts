import type { ChangePasswordRequest, CurrentUser, UpdateProfileRequest } from '@sstc/shared';
import { api } from '../../../lib/api.js';

export const profileApi = {
  update: (body: UpdateProfileRequest) => api<CurrentUser>('/profile', { method: 'PATCH', body }),
  changePassword: (body: ChangePasswordRequest) => api<void>('/auth/password/change', { method: 'POST', body }),
};
