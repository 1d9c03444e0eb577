import type { Home } from '@sstc/shared';
import { api } from '../../../lib/api.js';

export const homeApi = {
  get: () => api<Home>('/home'),
};
