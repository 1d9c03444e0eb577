import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateDistributionRequest, Language, UpdateDistributionRequest, UpdateSurveyRequest } from '@sstc/shared';
import { surveysApi } from '../api/surveys.api.js';

export const useEditionSurveys = (editionId: string) =>
  useQuery({ queryKey: ['surveys', 'edition', editionId], queryFn: () => surveysApi.list(editionId), enabled: Boolean(editionId) });
/**
 * A survey with its distributions. While one is scheduled and due, the page asks every two seconds
 * until the server has opened it (then its progress takes over); a later one is checked each minute.
 */
export const useSurvey = (surveyId: string) =>
  useQuery({
    queryKey: ['surveys', surveyId],
    queryFn: () => surveysApi.detail(surveyId),
    refetchInterval: (query) => {
      const scheduled = query.state.data?.distributions.filter((d) => d.status === 'scheduled') ?? [];
      if (scheduled.some((d) => Date.parse(d.opensAt) <= Date.now())) return 2000;
      return scheduled.length > 0 ? 60_000 : false;
    },
  });
export const useAudience = (editionId: string | undefined) =>
  useQuery({ queryKey: ['surveys', 'audience', editionId], queryFn: () => surveysApi.audience(editionId!), enabled: Boolean(editionId) });

export function useSurveyMutations(surveyId: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['surveys'] });
  return {
    update: useMutation({
      mutationFn: (body: UpdateSurveyRequest) => surveysApi.update(surveyId, body),
      onSuccess: (data) => client.setQueryData(['surveys', surveyId], data),
    }),
    createDistribution: useMutation({
      mutationFn: (body: CreateDistributionRequest) => surveysApi.createDistribution(surveyId, body),
      onSuccess: refresh,
    }),
    updateDistribution: useMutation({
      mutationFn: ({ id, body }: { id: string; body: UpdateDistributionRequest }) => surveysApi.updateDistribution(id, body),
      onSuccess: refresh,
    }),
    schedule: useMutation({ mutationFn: (id: string) => surveysApi.schedule(id), onSuccess: refresh }),
    cancel: useMutation({ mutationFn: (id: string) => surveysApi.cancel(id), onSuccess: refresh }),
    followEdition: useMutation({ mutationFn: (id: string) => surveysApi.followEdition(id), onSuccess: refresh }),
  };
}

/** Progress refreshes every two seconds until no email is left to send, then twice a minute (responses). */
export function useDistributionProgress(distributionId: string) {
  return useQuery({
    queryKey: ['surveys', 'progress', distributionId],
    queryFn: () => surveysApi.progress(distributionId),
    refetchInterval: (query) => {
      const messages = query.state.data?.messages ?? [];
      return messages.length === 0 || messages.some((m) => m.status === 'queued') ? 2000 : 30_000;
    },
  });
}

export const useRecipients = (distributionId: string, page: number, search: string) =>
  useQuery({
    queryKey: ['surveys', 'recipients', distributionId, page, search],
    queryFn: () => surveysApi.recipients(distributionId, page, search),
    placeholderData: keepPreviousData,
  });

export function useResend(distributionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => surveysApi.resend(distributionId, invitationId),
    onSuccess: () => client.invalidateQueries({ queryKey: ['surveys', 'recipients', distributionId] }),
  });
}

export const useResults = (surveyId: string, query: { dimension?: string; group?: string; language: Language }) =>
  useQuery({
    queryKey: ['surveys', 'results', surveyId, query],
    queryFn: () => surveysApi.results(surveyId, query),
    placeholderData: keepPreviousData,
  });
