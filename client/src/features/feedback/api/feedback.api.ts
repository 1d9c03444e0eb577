import type { FeedbackInput, FeedbackPage, Language } from '@sstc/shared';
import { api } from '../../../lib/api.js';

const id = encodeURIComponent;

export const feedbackApi = {
  read: (editionId: string, language: Language) => api<FeedbackPage>(`/editions/${id(editionId)}/feedback`, { query: { language } }),
  save: (editionId: string, input: FeedbackInput) => api<FeedbackPage>(`/editions/${id(editionId)}/feedback`, { method: 'PUT', body: input }),
  publish: (editionId: string) => api<FeedbackPage>(`/editions/${id(editionId)}/feedback/publish`, { method: 'POST', body: {} }),
};
