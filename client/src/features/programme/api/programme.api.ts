import type { CreateProgrammeItemRequest, FillDraftsReply, MachineDraftMark, ProgrammeItem, UpdateProgrammeItemRequest } from '@sstc/shared';
import { api } from '../../../lib/api.js';

export const programmeApi = {
  create: (editionId: string, body: CreateProgrammeItemRequest) =>
    api<ProgrammeItem>(`/editions/${encodeURIComponent(editionId)}/programme`, { method: 'POST', body }),
  update: (itemId: string, body: UpdateProgrammeItemRequest) =>
    api<ProgrammeItem>(`/programme/${encodeURIComponent(itemId)}`, { method: 'PUT', body }),
  remove: (itemId: string) => api<void>(`/programme/${encodeURIComponent(itemId)}`, { method: 'DELETE' }),
  fillDrafts: (itemId: string) => api<FillDraftsReply>(`/programme/${encodeURIComponent(itemId)}/machine-drafts`, { method: 'POST' }),
  reviewDraft: (itemId: string, mark: MachineDraftMark) =>
    api<FillDraftsReply>(`/programme/${encodeURIComponent(itemId)}/machine-drafts/review`, { method: 'POST', body: mark }),
};
