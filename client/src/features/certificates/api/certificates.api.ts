import type {
  AttendanceMark,
  AttendanceRow,
  AttendanceSession,
  AttendanceSheet,
  CertificateList,
  CertificateRule,
  CertificateStanding,
  CertificateSummary,
  CertificateVerification,
  IssueCertificatesReply,
  Language,
  MyCertificate,
} from '@sstc/shared';
import { api } from '../../../lib/api.js';

const edition = (id: string) => `/editions/${encodeURIComponent(id)}`;

export interface CertificateListFilters {
  standing?: CertificateStanding;
  q?: string;
  page: number;
}

export const certificatesApi = {
  mine: (editionId: string) => api<MyCertificate>(`${edition(editionId)}/certificate`),
  claim: (editionId: string) => api<CertificateSummary>(`${edition(editionId)}/certificate`, { method: 'POST' }),
  list: (editionId: string, filters: CertificateListFilters) =>
    api<CertificateList>(`${edition(editionId)}/certificates`, {
      query: { standing: filters.standing, q: filters.q || undefined, page: filters.page },
    }),
  issue: (editionId: string, userIds?: string[]) =>
    api<IssueCertificatesReply>(`${edition(editionId)}/certificates`, { method: 'POST', body: userIds ? { userIds } : {} }),
  revoke: (certificateId: string, reason: string) =>
    api<CertificateSummary>(`/certificates/${encodeURIComponent(certificateId)}/revoke`, { method: 'POST', body: { reason } }),
  setRule: (editionId: string, rule: CertificateRule) =>
    api<CertificateRule>(`${edition(editionId)}/certificate-rule`, { method: 'PUT', body: rule }),
  verify: (code: string) => api<CertificateVerification>(`/certificates/verify/${encodeURIComponent(code)}`),
  sessions: (editionId: string) => api<AttendanceSession[]>(`${edition(editionId)}/attendance`),
  sheet: (sessionId: string, q: string, page: number) =>
    api<AttendanceSheet>(`/sessions/${encodeURIComponent(sessionId)}/attendance`, { query: { q: q || undefined, page } }),
  mark: (sessionId: string, mark: AttendanceMark) =>
    api<AttendanceRow>(`/sessions/${encodeURIComponent(sessionId)}/attendance`, { method: 'PUT', body: mark }),
};

/** The PDF's address: a plain link, so the browser downloads it with the session cookie. */
export function certificatePdfUrl(certificateId: string, language: Language): string {
  return `/api/certificates/${encodeURIComponent(certificateId)}/pdf?language=${language}`;
}
