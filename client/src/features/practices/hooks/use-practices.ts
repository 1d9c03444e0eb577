import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Language, Practice, PracticeInput } from '@sstc/shared';
import { practicesApi, type PracticeFilters } from '../api/practices.api.js';

export const practiceKeys = {
  all: ['practices'] as const,
  list: (filters: PracticeFilters) => ['practices', 'list', filters] as const,
  one: (practiceId: string, language: Language) => ['practices', 'one', practiceId, language] as const,
};

export function usePracticeList(filters: PracticeFilters) {
  return useQuery({ queryKey: practiceKeys.list(filters), queryFn: () => practicesApi.list(filters), placeholderData: keepPreviousData });
}

export function usePracticeThemes() {
  return useQuery({ queryKey: ['practices', 'themes'], queryFn: practicesApi.themes, staleTime: 5 * 60_000 });
}

export function usePracticeWork() {
  return useQuery({ queryKey: ['practices', 'work'], queryFn: practicesApi.work });
}

export function usePractice(practiceId: string, language: Language) {
  return useQuery({
    queryKey: practiceKeys.one(practiceId, language),
    queryFn: () => practicesApi.read(practiceId, language),
    enabled: !!practiceId,
  });
}

export function useSavePractice(practiceId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PracticeInput) => (practiceId ? practicesApi.update(practiceId, input) : practicesApi.create(input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: practiceKeys.all }),
  });
}

export type ReviewStep = 'submit' | 'comment' | 'request_changes' | 'publish';

/** One step of the review (the author's submission or a reviewer's action); every practice query refreshes after it. */
export function useReviewStep(practiceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ step, body }: { step: ReviewStep; body?: string }): Promise<Practice> => {
      switch (step) {
        case 'submit':
          return practicesApi.submit(practiceId);
        case 'comment':
          return practicesApi.comment(practiceId, body ?? '');
        case 'request_changes':
          return practicesApi.requestChanges(practiceId, body ?? '');
        case 'publish':
          return practicesApi.publish(practiceId, body);
      }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: practiceKeys.all }),
  });
}
