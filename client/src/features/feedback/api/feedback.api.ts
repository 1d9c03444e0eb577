import type { FeedbackInput, FeedbackPage, FillDraftsReply, Language, MachineDraftMark } from '@sstc/shared';
import { api } from '../../../lib/api.js';

const id = encodeURIComponent;

export const feedbackApi = {
  read: (editionId: string, language: Language) => api<FeedbackPage>(`/editions/${id(editionId)}/feedback`, { query: { language } }),
  save: (editionId: string, input: FeedbackInput) => api<FeedbackPage>(`/editions/${id(editionId)}/feedback`, { method: 'PUT', body: input }),
  fillDrafts: (editionId: string) => api<FillDraftsReply>(`/editions/${id(editionId)}/feedback/machine-drafts`, { method: 'POST', body: {} }),
  reviewDraft: (editionId: string, mark: MachineDraftMark) =>
    api<FillDraftsReply>(`/editions/${id(editionId)}/feedback/machine-drafts/review`, { method: 'POST', body: mark }),
  publish: (editionId: string) => api<FeedbackPage>(`/editions/${id(editionId)}/feedback/publish`, { method: 'POST', body: {} }),
};
