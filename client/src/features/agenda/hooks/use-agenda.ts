import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { agendaApi } from '../api/agenda.api.js';

export function useAgenda(editionId: string) {
  return useQuery({ queryKey: ['editions', editionId, 'agenda'], queryFn: () => agendaApi.agenda(editionId) });
}

export function useCalendarFeed() {
  return useQuery({ queryKey: ['agenda-feed'], queryFn: agendaApi.feed });
}

/** A new private address (shown once, as only its hash is kept), or none. */
export function useRenewFeed() {
  const client = useQueryClient();
  return useMutation({ mutationFn: agendaApi.renewFeed, onSuccess: (feed) => client.setQueryData(['agenda-feed'], { ...feed, url: null }) });
}

export function useRevokeFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: agendaApi.revokeFeed,
    onSuccess: () => client.setQueryData(['agenda-feed'], { active: false, createdAt: null, url: null }),
  });
}
