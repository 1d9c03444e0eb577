import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChooseElectiveRequest, ElectiveParticipantsQuery } from '@sstc/shared';
import { electivesApi } from '../api/electives.api.js';

/** Seats change while people choose: refreshed every 10 s while the chooser is open, and after each choice. */
export const SEATS_REFRESH_MS = 10_000;

const key = (editionId: string) => ['editions', editionId, 'electives'] as const;

export function useElectives(editionId: string, { live = false } = {}) {
  return useQuery({
    queryKey: key(editionId),
    queryFn: () => electivesApi.overview(editionId),
    refetchInterval: live ? SEATS_REFRESH_MS : false,
    // Only while the page is in front: a phone in a pocket spends no data.
    refetchIntervalInBackground: false,
    staleTime: live ? 0 : 60_000,
  });
}

export function useChooseElective(editionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, choice }: { itemId: string; choice: ChooseElectiveRequest | null }) =>
      choice ? electivesApi.choose(editionId, choice) : electivesApi.leave(editionId, itemId),
    // The answer is the fresh overview: seats left as they are now.
    onSuccess: (overview) => {
      client.setQueryData(key(editionId), overview);
      void client.invalidateQueries({ queryKey: ['editions', editionId, 'agenda'] });
    },
    // A refusal (full, closed) means what we showed was stale: fetch it again.
    onError: () => client.invalidateQueries({ queryKey: key(editionId) }),
  });
}

export function useElectiveFill(editionId: string) {
  return useQuery({
    queryKey: [...key(editionId), 'fill'],
    queryFn: () => electivesApi.fill(editionId),
    refetchInterval: SEATS_REFRESH_MS,
    refetchIntervalInBackground: false,
  });
}

export function useElectiveParticipants(editionId: string, itemId: string, query: Partial<ElectiveParticipantsQuery>) {
  return useQuery({
    queryKey: [...key(editionId), itemId, query],
    queryFn: () => electivesApi.participants(itemId, query),
    placeholderData: keepPreviousData,
  });
}
