import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AttendanceMark, AttendanceSheet, CertificateRule } from '@sstc/shared';
import { certificatesApi, type CertificateListFilters } from '../api/certificates.api.js';

export const certificateKeys = {
  mine: (editionId: string) => ['certificates', 'mine', editionId] as const,
  list: (editionId: string) => ['certificates', 'list', editionId] as const,
  sessions: (editionId: string) => ['attendance', 'sessions', editionId] as const,
  sheet: (sessionId: string) => ['attendance', 'sheet', sessionId] as const,
};

export function useMyCertificate(editionId: string, enabled: boolean) {
  return useQuery({ queryKey: certificateKeys.mine(editionId), queryFn: () => certificatesApi.mine(editionId), enabled });
}

export function useClaimCertificate(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => certificatesApi.claim(editionId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: certificateKeys.mine(editionId) }),
  });
}

export function useCertificateList(editionId: string, filters: CertificateListFilters) {
  return useQuery({
    queryKey: [...certificateKeys.list(editionId), filters],
    queryFn: () => certificatesApi.list(editionId, filters),
    placeholderData: keepPreviousData,
  });
}

/** Issuing, revoking and changing the rule all move people between standings: the list is read again. */
function useListChange<T, R>(editionId: string, change: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: change, onSuccess: () => queryClient.invalidateQueries({ queryKey: certificateKeys.list(editionId) }) });
}

export const useIssueCertificates = (editionId: string) =>
  useListChange(editionId, (userIds: string[] | undefined) => certificatesApi.issue(editionId, userIds));
export const useRevokeCertificate = (editionId: string) =>
  useListChange(editionId, ({ certificateId, reason }: { certificateId: string; reason: string }) => certificatesApi.revoke(certificateId, reason));
export const useSaveCertificateRule = (editionId: string) =>
  useListChange(editionId, (rule: CertificateRule) => certificatesApi.setRule(editionId, rule));

export function useCertificateVerification(code: string) {
  return useQuery({ queryKey: ['certificates', 'verify', code], queryFn: () => certificatesApi.verify(code), enabled: !!code, retry: false });
}

export function useAttendanceSessions(editionId: string) {
  return useQuery({ queryKey: certificateKeys.sessions(editionId), queryFn: () => certificatesApi.sessions(editionId) });
}

export function useAttendanceSheet(sessionId: string, q: string, page: number) {
  return useQuery({
    queryKey: [...certificateKeys.sheet(sessionId), q, page],
    queryFn: () => certificatesApi.sheet(sessionId, q, page),
    enabled: !!sessionId,
    placeholderData: keepPreviousData,
  });
}

/** A mark shows at once on the sheet (a facilitator taps through a list on a phone), then the counts are read again. */
export function useMarkAttendance(editionId: string, sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mark: AttendanceMark) => certificatesApi.mark(sessionId, mark),
    onSuccess: (row) => {
      queryClient.setQueriesData<AttendanceSheet>({ queryKey: certificateKeys.sheet(sessionId) }, (sheet) =>
        sheet ? { ...sheet, rows: sheet.rows.map((r) => (r.userId === row.userId ? row : r)) } : sheet,
      );
      void queryClient.invalidateQueries({ queryKey: certificateKeys.sessions(editionId) });
    },
  });
}
