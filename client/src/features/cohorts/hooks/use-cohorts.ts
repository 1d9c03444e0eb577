import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CohortRequest } from '@sstc/shared';
import { cohortsApi } from '../api/cohorts.api.js';

export function useCohorts(editionId: string) {
  return useQuery({ queryKey: ['editions', editionId, 'cohorts'], queryFn: () => cohortsApi.list(editionId) });
}

export function useSaveCohort(editionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ cohortId, body }: { cohortId?: string; body: CohortRequest }) =>
      cohortId ? cohortsApi.update(cohortId, body) : cohortsApi.create(editionId, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['editions', editionId, 'cohorts'] }),
  });
}

export function useDeleteCohort(editionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (cohortId: string) => cohortsApi.remove(cohortId),
    onSuccess: () => client.invalidateQueries({ queryKey: ['editions', editionId] }),
  });
}
