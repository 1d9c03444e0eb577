import type { CreateProgrammeItemRequest, ProgrammeItem, UpdateProgrammeItemRequest } from '@sstc/shared';
import { api } from '../../../lib/api.js';

export const programmeApi = {
  create: (editionId: string, body: CreateProgrammeItemRequest) =>
    api<ProgrammeItem>(`/editions/${encodeURIComponent(editionId)}/programme`, { method: 'POST', body }),
  update: (itemId: string, body: UpdateProgrammeItemRequest) =>
    api<ProgrammeItem>(`/programme/${encodeURIComponent(itemId)}`, { method: 'PUT', body }),
  remove: (itemId: string) => api<void>(`/programme/${encodeURIComponent(itemId)}`, { method: 'DELETE' }),
};
