import type { EditionDetail, EditionSummary } from '@sstc/shared';
import { api } from '../../../lib/api.js';

export const coursesApi = {
  editions: () => api<EditionSummary[]>('/editions'),
  edition: (id: string) => api<EditionDetail>(`/editions/${encodeURIComponent(id)}`),
};
