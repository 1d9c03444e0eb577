import type {
  Answers,
  Comparison,
  CreateDistributionRequest,
  Distribution,
  DistributionProgress,
  Interview,
  InterviewList,
  Language,
  MyInterview,
  MySurvey,
  Page,
  ProposeInterviewRequest,
  Recipient,
  RecordInterviewRequest,
  SurveyAudience,
  SurveyDetail,
  SurveyForm,
  SurveyKind,
  SurveyResults,
  SurveySummary,
  UpdateDistributionRequest,
  UpdateSurveyRequest,
  FillDraftsReply,
  MachineDraftMark,
} from '@sstc/shared';
import { api } from '../../../lib/api.js';

export const surveysApi = {
  list: (editionId: string) => api<SurveySummary[]>(`/editions/${editionId}/surveys`),
  audience: (editionId: string) => api<SurveyAudience>(`/editions/${editionId}/survey-audience`),
  create: (editionId: string, kind: SurveyKind) => api<SurveyDetail>(`/editions/${editionId}/surveys`, { method: 'POST', body: { kind } }),
  detail: (surveyId: string) => api<SurveyDetail>(`/surveys/${surveyId}`),
  update: (surveyId: string, body: UpdateSurveyRequest) => api<SurveyDetail>(`/surveys/${surveyId}`, { method: 'PUT', body }),
  fillDrafts: (surveyId: string) => api<FillDraftsReply>(`/surveys/${surveyId}/machine-drafts`, { method: 'POST' }),
  reviewDraft: (surveyId: string, mark: MachineDraftMark) =>
    api<FillDraftsReply>(`/surveys/${surveyId}/machine-drafts/review`, { method: 'POST', body: mark }),
  createDistribution: (surveyId: string, body: CreateDistributionRequest) =>
    api<Distribution>(`/surveys/${surveyId}/distributions`, { method: 'POST', body }),
  updateDistribution: (id: string, body: UpdateDistributionRequest) => api<Distribution>(`/distributions/${id}`, { method: 'PATCH', body }),
  schedule: (id: string) => api<Distribution>(`/distributions/${id}/schedule`, { method: 'POST' }),
  cancel: (id: string) => api<Distribution>(`/distributions/${id}/cancel`, { method: 'POST' }),
  followEdition: (id: string) => api<Distribution>(`/distributions/${id}/follow-edition`, { method: 'POST' }),
  progress: (id: string) => api<DistributionProgress>(`/distributions/${id}/progress`),
  recipients: (id: string, page: number, search?: string) =>
    api<Page<Recipient>>(`/distributions/${id}/recipients`, { query: { page, pageSize: 25, search: search || undefined } }),
  resend: (id: string, invitationId: string) => api<void>(`/distributions/${id}/recipients/${invitationId}/resend`, { method: 'POST' }),
  results: (surveyId: string, query: { dimension?: string; group?: string; language?: Language }) =>
    api<SurveyResults>(`/surveys/${surveyId}/results`, { query }),
  textAnswers: (surveyId: string, key: string, page: number) =>
    api<Page<string>>(`/surveys/${surveyId}/answers/${key}`, { query: { page, pageSize: 20 } }),
  comparison: (surveyId: string, other: string, language: Language) =>
    api<Comparison>(`/surveys/${surveyId}/comparison`, { query: { with: other, language } }),
  interviews: (surveyId: string, page: number) => api<InterviewList>(`/surveys/${surveyId}/interviews`, { query: { page, pageSize: 25 } }),
  propose: (id: string, body: ProposeInterviewRequest) => api<Interview>(`/interviews/${id}/proposals`, { method: 'POST', body }),
  record: (id: string, body: RecordInterviewRequest) => api<Interview>(`/interviews/${id}`, { method: 'PATCH', body }),
  mySurveys: () => api<MySurvey[]>('/my/surveys'),
  myLink: (invitationId: string) => api<{ token: string }>(`/my/surveys/${invitationId}/link`, { method: 'POST' }),
  myInterviews: () => api<MyInterview[]>('/my/interviews'),
  confirmInterview: (id: string) => api<MyInterview>(`/my/interviews/${id}/confirm`, { method: 'POST' }),
  rescheduleInterview: (id: string, message: string) => api<MyInterview>(`/my/interviews/${id}/reschedule`, { method: 'POST', body: { message } }),
  form: (token: string, language?: Language) => api<SurveyForm>(`/survey-links/${token}`, { query: { language } }),
  saveDraft: (token: string, answers: Answers) => api<void>(`/survey-links/${token}/draft`, { method: 'PUT', body: { answers } }),
  submit: (token: string, answers: Answers) => api<{ submittedOn: string }>(`/survey-links/${token}/response`, { method: 'POST', body: { answers } }),
};

/**
 * Downloads the CSV export, reporting rows received against X-Total-Count as it streams.
 * Records are counted at line breaks outside quoted fields. The file keeps the bytes as sent:
 * decoding drops the byte-order mark that spreadsheets need to read accents as UTF-8.
 */
export async function downloadExport(surveyId: string, language: Language, onProgress: (done: number, total: number) => void): Promise<Blob> {
  const response = await fetch(`/api/surveys/${surveyId}/export?language=${language}`, { credentials: 'same-origin' });
  if (!response.ok || !response.body) throw new Error(String(response.status));
  const total = Number(response.headers.get('x-total-count') ?? 0);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: BlobPart[] = [];
  let quoted = false;
  let records = -1; // the header line is not a response
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const text = decoder.decode(value, { stream: true });
    for (const char of text) {
      if (char === '"') quoted = !quoted;
      else if (char === '\n' && !quoted) records++;
    }
    // A fetch body's chunks sit on a plain ArrayBuffer, never a shared one.
    parts.push(value as Uint8Array<ArrayBuffer>);
    onProgress(Math.max(0, records), total);
  }
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}
