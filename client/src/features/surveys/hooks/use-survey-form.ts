import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { Answers, Language } from '@sstc/shared';
import { ApiError } from '../../../lib/api.js';
import { surveysApi } from '../api/surveys.api.js';

export const useSurveyForm = (token: string, language?: Language) =>
  useQuery({
    queryKey: ['survey-form', token, language],
    queryFn: () => surveysApi.form(token, language),
    // An invalid, closed or answered link will not change by asking again.
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    staleTime: Infinity,
  });

const storageKey = (token: string) => `sstc.survey-draft.${token.slice(0, 16)}`;

export function readLocalDraft(token: string): Answers | null {
  try {
    const raw = localStorage.getItem(storageKey(token));
    return raw ? (JSON.parse(raw) as Answers) : null;
  } catch {
    return null;
  }
}

export function clearLocalDraft(token: string): void {
  try {
    localStorage.removeItem(storageKey(token));
  } catch {
    // Storage may be disabled; nothing to clear then.
  }
}

export type DraftState = 'idle' | 'saving' | 'saved' | 'local';

/**
 * Keeps answers as a draft: at once on this device (survives a reload, even offline), and on the
 * server a moment after the last change (survives a change of device through the same link).
 */
export function useDraft(token: string, answers: Answers | null): DraftState {
  const [state, setState] = useState<DraftState>('idle');
  const first = useRef(true);
  useEffect(() => {
    if (!answers) return;
    if (first.current) {
      first.current = false;
      return;
    }
    try {
      localStorage.setItem(storageKey(token), JSON.stringify(answers));
    } catch {
      // Private browsing: the server copy still works.
    }
    setState('saving');
    const timer = setTimeout(() => {
      surveysApi.saveDraft(token, answers).then(
        () => setState('saved'),
        () => setState('local'),
      );
    }, 800);
    return () => clearTimeout(timer);
  }, [token, answers]);
  return state;
}

export function useSubmitResponse(token: string) {
  return useMutation({ mutationFn: (answers: Answers) => surveysApi.submit(token, answers), onSuccess: () => clearLocalDraft(token) });
}
