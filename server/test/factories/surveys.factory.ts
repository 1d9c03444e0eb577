import type { SurveyKind } from '@sstc/shared';
import type { ApiClient } from '../setup/api-client.js';
import type { Mailbox, ReceivedEmail } from '../setup/mailbox.js';

/** A survey of the kind, from its template, through the API. */
export async function createSurvey(organizer: ApiClient, editionId: string, kind: SurveyKind, anonymous?: boolean): Promise<{ id: string }> {
  const response = await organizer.post(`/editions/${editionId}/surveys`, { kind, ...(anonymous === undefined ? {} : { anonymous }) });
  if (response.status !== 201) throw new Error(`survey not created: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** A distribution that opens now (the opening job runs within a second). */
export async function sendNow(
  organizer: ApiClient,
  surveyId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; status: string }> {
  const response = await organizer.post(`/surveys/${surveyId}/distributions`, {
    audience: { cohortIds: [], statuses: ['active'], roles: ['participant'] },
    opensAt: new Date().toISOString(),
    closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    reminderDays: [],
    ...overrides,
  });
  if (response.status !== 201) throw new Error(`distribution not created: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export function tokenOf(email: ReceivedEmail): string {
  const link = email.links.find((l) => l.includes('/s/'));
  if (!link) throw new Error(`no survey link in: ${email.text}`);
  return link.split('/s/')[1]!.trim();
}

/** The personal link of the survey invitation a person received. */
export async function invitationToken(mailbox: Mailbox, to: string, subject: RegExp | string = /./): Promise<string> {
  const email = await mailbox.waitFor(
    to,
    (e) => (typeof subject === 'string' ? e.subject.includes(subject) : subject.test(e.subject)) && e.links.some((l) => l.includes('/s/')),
  );
  return tokenOf(email);
}

/** A complete, valid answer to the general assessment template. */
export const GENERAL_ANSWERS = {
  recommend: 9,
  objectives_met: 5,
  content_relevance: 4,
  sstc_knowledge: 4,
  best_format: 'world_cafe',
  electives_useful: 'no',
  organisation: 5,
};

/** A complete, valid answer to the impact template: a linked initiative and yes to an interview. */
export const IMPACT_ANSWERS = {
  knowledge_applied: 4,
  sstc_knowledge: 4,
  sstc_confidence: 3,
  network_contacts: 'three_five',
  meeting_point_use: 'monthly',
  initiative_linked: 'yes',
  initiative_role: 'started',
  initiative_description: 'A peer-learning programme on social protection floors',
  initiative_countries: 'Colombia, Mozambique, Portugal',
  initiative_modality: ['triangular', 'south_south'],
  initiative_partners: '=Ministry of Labour, ITC-ILO',
  interview_accept: 'yes',
  academy_contribution: 8,
};
