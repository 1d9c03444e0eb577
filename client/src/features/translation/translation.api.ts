import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TranslationSettings } from '@sstc/shared';
import { api } from '../../lib/api.js';

const KEY = ['translation', 'settings'];

export const translationApi = {
  settings: () => api<TranslationSettings>('/translation'),
  updatePreferences: (autoTranslate: boolean) => api<TranslationSettings>('/translation/preferences', { method: 'PUT', body: { autoTranslate } }),
};

/** Whether the platform translates (no engine: nothing is offered) and the reader's setting. */
export function useTranslationSettings() {
  return useQuery({ queryKey: KEY, queryFn: translationApi.settings, staleTime: 5 * 60_000 });
}

export function useAutoTranslateSetting() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: translationApi.updatePreferences,
    onSuccess: (settings) => client.setQueryData(KEY, settings),
  });
}
