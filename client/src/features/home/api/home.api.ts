import type { Home } from '@sstc/shared';
import { api } from '../../../lib/api.js';

export const homeApi = {
  get: () => api<Home>('/home'),
};

/** What needs the person now; asked by the home page, and ahead of it right after signing in. */
export const homeQuery = { queryKey: ['home'], queryFn: homeApi.get } as const;
