import type {
  CreateLearningUnit,
  FillDraftsReply,
  MachineDraftMark,
  Language,
  LearningPackage,
  LearningNeeds,
  LearningSettings,
  NeedsGrouping,
  PreAssessmentStatus,
  LearningUnit,
  ProgressDashboard,
  ProgressStatus,
  RenderedMarkdown,
  UnitProgress,
  UpdateLearningUnit,
} from '@sstc/shared';
import { api } from '../../../lib/api.js';

export interface DashboardFilters {
  cohortId?: string;
  programmeItemId?: string;
  status?: ProgressStatus;
  page: number;
}

const id = encodeURIComponent;

export const learningApi = {
  package: (editionId: string) => api<LearningPackage>(`/editions/${id(editionId)}/learning`),
  unit: (unitId: string, language: Language) => api<LearningUnit>(`/learning/units/${id(unitId)}`, { query: { language } }),
  fillDrafts: (unitId: string) => api<FillDraftsReply>(`/learning/units/${id(unitId)}/machine-drafts`, { method: 'POST' }),
  reviewDraft: (unitId: string, mark: MachineDraftMark) =>
    api<FillDraftsReply>(`/learning/units/${id(unitId)}/machine-drafts/review`, { method: 'POST', body: mark }),
  create: (editionId: string, input: CreateLearningUnit) =>
    api<LearningUnit>(`/editions/${id(editionId)}/learning/units`, { method: 'POST', body: input }),
  update: (unitId: string, input: UpdateLearningUnit) => api<LearningUnit>(`/learning/units/${id(unitId)}`, { method: 'PATCH', body: input }),
  remove: (unitId: string) => api<void>(`/learning/units/${id(unitId)}`, { method: 'DELETE' }),
  reorder: (editionId: string, unitIds: string[]) =>
    api<LearningPackage>(`/editions/${id(editionId)}/learning/order`, { method: 'PUT', body: { unitIds } }),
  settings: (editionId: string, settings: LearningSettings) =>
    api<LearningSettings>(`/editions/${id(editionId)}/learning/settings`, { method: 'PUT', body: settings }),
  preview: (markdown: string) => api<RenderedMarkdown>('/learning/preview', { method: 'POST', body: { markdown } }),
  progress: (unitId: string, update: { completed?: boolean; at: string }) =>
    api<UnitProgress>(`/learning/units/${id(unitId)}/progress`, { method: 'PUT', body: update }),
  dashboard: (editionId: string, filters: DashboardFilters) =>
    api<ProgressDashboard>(`/editions/${id(editionId)}/learning/progress`, { query: { ...filters } }),
  createPreAssessment: (editionId: string) => api<PreAssessmentStatus>(`/editions/${id(editionId)}/learning/pre-assessment`, { method: 'POST' }),
  needs: (editionId: string, groupBy: NeedsGrouping, programmeItemId?: string) =>
    api<LearningNeeds>(`/editions/${id(editionId)}/learning/needs`, { query: { groupBy, programmeItemId } }),
  /** A fresh personal link to the participant's own survey invitation (survey engine). */
  surveyLink: (invitationId: string) => api<{ token: string }>(`/my/surveys/${id(invitationId)}/link`, { method: 'POST' }),
  /** The CSV export, as a link the browser downloads with the session cookie. */
  csvUrl: (editionId: string, filters: Omit<DashboardFilters, 'page'>) => {
    const params = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => !!entry[1]));
    const search = params.toString();
    return `/api/editions/${id(editionId)}/learning/progress.csv${search ? `?${search}` : ''}`;
  },
};
