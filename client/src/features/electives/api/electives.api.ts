import type { ChooseElectiveRequest, ElectiveFill, ElectiveParticipant, ElectiveParticipantsQuery, ElectivesOverview, Page } from '@sstc/shared';
import { api } from '../../../lib/api.js';

const electives = (editionId: string) => `/editions/${encodeURIComponent(editionId)}/electives`;

export const electivesApi = {
  overview: (editionId: string) => api<ElectivesOverview>(electives(editionId)),
  choose: (editionId: string, body: ChooseElectiveRequest) => api<ElectivesOverview>(`${electives(editionId)}/choices`, { method: 'PUT', body }),
  leave: (editionId: string, itemId: string) =>
    api<ElectivesOverview>(`${electives(editionId)}/choices/${encodeURIComponent(itemId)}`, { method: 'DELETE' }),
  fill: (editionId: string) => api<ElectiveFill>(`${electives(editionId)}/fill`),
  participants: (itemId: string, query: Partial<ElectiveParticipantsQuery>) =>
    api<Page<ElectiveParticipant>>(`/programme/${encodeURIComponent(itemId)}/participants`, { query }),
  /** A plain link: the browser downloads the file with the session cookie. */
  exportUrl: (editionId: string) => `/api${electives(editionId)}/export`,
};
