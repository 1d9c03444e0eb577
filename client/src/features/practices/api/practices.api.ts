import type {
  Language,
  Practice,
  PracticeConversation,
  PracticeDocument,
  PracticePerson,
  PracticeInput,
  PracticeLinkOptions,
  PracticeLinksRequest,
  PracticeList,
  PracticeSummary,
  PracticeTheme,
  PracticeWorkList,
} from '@sstc/shared';
import { api } from '../../../lib/api.js';

/** The search form's state, as the URL keeps it (so a search can be shared and survives a reload). */
export interface PracticeFilters {
  q?: string;
  region?: string;
  country?: string;
  modality?: string;
  theme?: string;
  sdg?: string;
  page?: number;
}

const id = encodeURIComponent;

/** Where a practice's file downloads from (served as an attachment). */
export const documentUrl = (practiceId: string, documentId: string) => `/api/practices/${id(practiceId)}/documents/${id(documentId)}`;

export const practicesApi = {
  list: (filters: PracticeFilters) => api<PracticeList>('/practices', { query: { ...filters } }),
  forRoom: (roomId: string) => api<PracticeSummary[]>(`/practices/for-room/${id(roomId)}`),
  themes: () => api<PracticeTheme[]>('/practices/themes'),
  work: () => api<PracticeWorkList>('/practices/work'),
  read: (practiceId: string, language: Language) => api<Practice>(`/practices/${id(practiceId)}`, { query: { language } }),
  create: (input: PracticeInput) => api<Practice>('/practices', { method: 'POST', body: input }),
  update: (practiceId: string, input: PracticeInput) => api<Practice>(`/practices/${id(practiceId)}`, { method: 'PATCH', body: input }),
  submit: (practiceId: string) => api<Practice>(`/practices/${id(practiceId)}/submit`, { method: 'POST', body: {} }),
  comment: (practiceId: string, body: string) => api<Practice>(`/practices/${id(practiceId)}/comments`, { method: 'POST', body: { body } }),
  requestChanges: (practiceId: string, body: string) =>
    api<Practice>(`/practices/${id(practiceId)}/request-changes`, { method: 'POST', body: { body } }),
  fromInterview: (interviewId: string) => api<Practice>(`/practices/from-interview/${id(interviewId)}`, { method: 'POST', body: {} }),
  people: (q: string) => api<PracticePerson[]>('/practices/people', { query: { q } }),
  conversation: (practiceId: string, userId: string) =>
    api<PracticeConversation>(`/practices/${id(practiceId)}/contacts/${id(userId)}/conversation`, { method: 'POST', body: {} }),
  upload: (practiceId: string, file: File) =>
    api<PracticeDocument>(`/practices/${id(practiceId)}/documents`, {
      method: 'POST',
      query: { name: file.name },
      text: { content: file, type: 'application/octet-stream' },
    }),
  removeDocument: (practiceId: string, documentId: string) =>
    api<void>(`/practices/${id(practiceId)}/documents/${id(documentId)}`, { method: 'DELETE' }),
  linkOptions: (practiceId: string) => api<PracticeLinkOptions>(`/practices/${id(practiceId)}/link-options`),
  setLinks: (practiceId: string, body: PracticeLinksRequest) => api<Practice>(`/practices/${id(practiceId)}/links`, { method: 'PUT', body }),
  publish: (practiceId: string, body?: string) =>
    api<Practice>(`/practices/${id(practiceId)}/publish`, { method: 'POST', body: body ? { body } : {} }),
};
