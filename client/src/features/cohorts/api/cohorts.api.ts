import type { Cohort, CohortRequest } from '@sstc/shared';
import { api } from '../../../lib/api.js';

export const cohortsApi = {
  list: (editionId: string) => api<Cohort[]>(`/editions/${encodeURIComponent(editionId)}/cohorts`),
  create: (editionId: string, body: CohortRequest) => api<Cohort>(`/editions/${encodeURIComponent(editionId)}/cohorts`, { method: 'POST', body }),
  update: (cohortId: string, body: CohortRequest) => api<Cohort>(`/cohorts/${encodeURIComponent(cohortId)}`, { method: 'PUT', body }),
  remove: (cohortId: string) => api<void>(`/cohorts/${encodeURIComponent(cohortId)}`, { method: 'DELETE' }),
};
