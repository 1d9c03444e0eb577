import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AddEnrolmentRequest, ChooseElectiveRequest, EnrolmentListQuery, UpdateEnrolmentRequest } from '@sstc/shared';
import { enrolmentsApi } from '../api/enrolments.api.js';

export const ENROLMENTS_PAGE_SIZE = 25;

export type EnrolmentFilters = Pick<EnrolmentListQuery, 'status' | 'role' | 'cohort' | 'q'> & { page: number };

export function useEnrolments(editionId: string, filters: EnrolmentFilters) {
  return useQuery({
    queryKey: ['editions', editionId, 'enrolments', filters],
    queryFn: () => enrolmentsApi.list(editionId, { ...filters, pageSize: ENROLMENTS_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
}

/** After any change to people: lists, cohort counts and elective fill are all stale. */
function useRefresh(editionId: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['editions', editionId], predicate: (query) => query.queryKey.length > 2 });
}

export function useAddEnrolment(editionId: string) {
  const refresh = useRefresh(editionId);
  return useMutation({ mutationFn: (body: AddEnrolmentRequest) => enrolmentsApi.add(editionId, body), onSuccess: refresh });
}

export function useUpdateEnrolment(editionId: string) {
  const refresh = useRefresh(editionId);
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateEnrolmentRequest }) => enrolmentsApi.update(id, body),
    onSuccess: refresh,
  });
}

/** An organizer places (or removes) a participant in an elective, deadline or not. */
export function usePlaceElective(editionId: string) {
  const refresh = useRefresh(editionId);
  return useMutation({
    mutationFn: ({ id, itemId, choice }: { id: string; itemId: string; choice: ChooseElectiveRequest | null }) =>
      choice ? enrolmentsApi.chooseElective(id, choice) : enrolmentsApi.leaveElective(id, itemId),
    onSuccess: refresh,
  });
}
