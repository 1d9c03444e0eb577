import type {
  AutomaticSend,
  CourseSummary,
  CreateCourseRequest,
  CreateEditionRequest,
  EditionDetail,
  EditionSummary,
  UpdateEditionRequest,
} from '@sstc/shared';
import { api } from '../../../lib/api.js';

const edition = (id: string) => `/editions/${encodeURIComponent(id)}`;

export const coursesApi = {
  editions: () => api<EditionSummary[]>('/editions'),
  edition: (id: string) => api<EditionDetail>(edition(id)),
  courses: () => api<CourseSummary[]>('/courses'),
  createCourse: (body: CreateCourseRequest) => api<CourseSummary>('/courses', { method: 'POST', body }),
  createEdition: (body: CreateEditionRequest) => api<EditionDetail>('/editions', { method: 'POST', body }),
  updateEdition: (id: string, body: UpdateEditionRequest) => api<EditionDetail>(edition(id), { method: 'PATCH', body }),
  automaticSends: (id: string) => api<AutomaticSend[]>(`${edition(id)}/automatic-sends`),
};

/** The editions the person may see: the home page's list, asked ahead of it right after signing in. */
export const editionsQuery = { queryKey: ['editions'], queryFn: coursesApi.editions } as const;
