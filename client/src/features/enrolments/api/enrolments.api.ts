import type {
  AddEnrolmentRequest,
  ChooseElectiveRequest,
  Enrolment,
  EnrolmentImport,
  EnrolmentListQuery,
  ImportRow,
  ImportRowsQuery,
  Page,
  UpdateEnrolmentRequest,
} from '@sstc/shared';
import { api } from '../../../lib/api.js';

const enrolment = (id: string) => `/enrolments/${encodeURIComponent(id)}`;

export const enrolmentsApi = {
  list: (editionId: string, query: Partial<EnrolmentListQuery>) =>
    api<Page<Enrolment>>(`/editions/${encodeURIComponent(editionId)}/enrolments`, { query }),
  add: (editionId: string, body: AddEnrolmentRequest) =>
    api<Enrolment>(`/editions/${encodeURIComponent(editionId)}/enrolments`, { method: 'POST', body }),
  update: (enrolmentId: string, body: UpdateEnrolmentRequest) => api<Enrolment>(enrolment(enrolmentId), { method: 'PATCH', body }),
  chooseElective: (enrolmentId: string, body: ChooseElectiveRequest) =>
    api<Enrolment>(`${enrolment(enrolmentId)}/electives`, { method: 'PUT', body }),
  leaveElective: (enrolmentId: string, itemId: string) =>
    api<Enrolment>(`${enrolment(enrolmentId)}/electives/${encodeURIComponent(itemId)}`, { method: 'DELETE' }),
};

export const importsApi = {
  preview: (editionId: string, fileName: string, csv: string) =>
    api<EnrolmentImport>(`/editions/${encodeURIComponent(editionId)}/imports`, {
      method: 'POST',
      query: { fileName },
      text: { content: csv, type: 'text/csv' },
    }),
  get: (importId: string) => api<EnrolmentImport>(`/imports/${encodeURIComponent(importId)}`),
  rows: (importId: string, query: ImportRowsQuery) => api<Page<ImportRow>>(`/imports/${encodeURIComponent(importId)}/rows`, { query }),
  createMissingCohorts: (importId: string) => api<EnrolmentImport>(`/imports/${encodeURIComponent(importId)}/cohorts`, { method: 'POST' }),
  confirm: (importId: string) => api<EnrolmentImport>(`/imports/${encodeURIComponent(importId)}/confirm`, { method: 'POST' }),
};
