import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateProgrammeItemRequest, ProgrammeItemKind, UpdateProgrammeItemRequest } from '@sstc/shared';
import { enrolmentsApi } from '../../enrolments/api/enrolments.api.js';
import { programmeApi } from '../api/programme.api.js';

/** Saves a new item (with its kind) or an existing one, then refreshes the edition. */
export function useSaveItem(editionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, kind, body }: { itemId?: string; kind: ProgrammeItemKind; body: UpdateProgrammeItemRequest }) =>
      itemId ? programmeApi.update(itemId, body) : programmeApi.create(editionId, { ...body, kind } satisfies CreateProgrammeItemRequest),
    onSuccess: () => client.invalidateQueries({ queryKey: ['editions', editionId] }),
  });
}

export function useDeleteItem(editionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (itemId: string) => programmeApi.remove(itemId),
    onSuccess: () => client.invalidateQueries({ queryKey: ['editions', editionId] }),
  });
}

/** The edition's facilitators, who can run items and cohorts. */
export function useEditionFacilitators(editionId: string) {
  return useQuery({
    queryKey: ['editions', editionId, 'facilitators'],
    queryFn: async () =>
      (await enrolmentsApi.list(editionId, { role: 'facilitator', status: undefined, pageSize: 200 })).items
        .filter((e) => e.status !== 'withdrawn')
        .map((e) => e.user),
  });
}
