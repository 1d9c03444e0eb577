import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { LearningNeeds, LearningPackage, PreAssessmentStatus } from '@sstc/shared';
import { createCohort, createEdition, createModule, enrol, seat } from '../factories/learning.factory.js';
import { sendNow } from '../factories/surveys.factory.js';
import { signedIn } from '../factories/users.factory.js';
import type { ApiClient } from '../setup/api-client.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

/** A complete answer to the pre-assessment, with the given module ratings and texts. */
function answers(
  content: { sections: { questions: { key: string; type: string; options: { value: string }[] }[] }[] },
  overrides: Record<string, unknown>,
) {
  const all: Record<string, unknown> = {};
  for (const question of content.sections.flatMap((s) => s.questions)) {
    if (question.type === 'likert') all[question.key] = 3;
    if (question.type === 'single_choice') all[question.key] = question.options[0]!.value;
    if (question.type === 'multiple_choice') all[question.key] = [question.options[0]!.value];
  }
  return { ...all, ...overrides };
}

/** Waits for the person's pre-assessment invitation, then answers it through their personal link. */
async function answerPreAssessment(t: TestApp, client: ApiClient, editionId: string, content: unknown, overrides: Record<string, unknown>) {
  let pkg: LearningPackage;
  const deadline = Date.now() + 20_000;
  do {
    pkg = (await client.get<LearningPackage>(`/editions/${editionId}/learning`)).body;
    if (!pkg.preAssessment.invitationId) await new Promise((resolve) => setTimeout(resolve, 200));
  } while (!pkg.preAssessment.invitationId && Date.now() < deadline);
  const { token } = (await client.post(`/my/surveys/${pkg.preAssessment.invitationId}/link`)).body;
  const submitted = await t
    .client()
    .post(`/survey-links/${token}/response`, { answers: answers(content as Parameters<typeof answers>[0], overrides) });
  expect(submitted.status).toBe(201);
}

describe('pre-assessment of needs', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('is a pre_assessment survey with a 1–5 knowledge question and a free text per module, created once per edition', async () => {
    const edition = await createEdition(t.dataSource, { preLearningInDays: -5, faceToFaceInDays: 20 });
    await createModule(t.dataSource, edition, 2);
    const organizer = await signedIn(t, 'organizer');
    const facilitator = await signedIn(t, 'facilitator');
    await enrol(t.dataSource, edition, facilitator.user);
    expect((await facilitator.client.post(`/editions/${edition.id}/learning/pre-assessment`)).status).toBe(403);

    const [first, second] = await Promise.all([
      organizer.client.post<PreAssessmentStatus>(`/editions/${edition.id}/learning/pre-assessment`),
      organizer.client.post<PreAssessmentStatus>(`/editions/${edition.id}/learning/pre-assessment`),
    ]);
    expect(first.status).toBe(200);
    expect(second.body.surveyId).toBe(first.body.surveyId);
    const survey = (await organizer.client.get(`/surveys/${first.body.surveyId}`)).body;
    expect(survey.kind).toBe('pre_assessment');
    expect(survey.anonymous).toBe(false);
    const section = survey.content.sections.find((s: { key: string }) => s.key === 'module_needs');
    expect(section.questions.map((q: { key: string; type: string }) => `${q.key}:${q.type}`)).toEqual([
      'knowledge_em2:likert',
      'needs_em2:long_text',
    ]);
    expect(survey.translations.every((t: { missing: string[] }) => t.missing.length === 0)).toBe(true);
  });

  it('lets a participant answer from the package, and shows facilitators the needs of their modules per cohort, group and region', async () => {
    const edition = await createEdition(t.dataSource, { preLearningInDays: -5, faceToFaceInDays: 20 });
    const organizer = await signedIn(t, 'organizer');
    const facilitator = await signedIn(t, 'facilitator');
    await enrol(t.dataSource, edition, facilitator.user);
    const mine = await createModule(t.dataSource, edition, 2, [facilitator.user]);
    const theirs = await createModule(t.dataSource, edition, 3);
    const north = await createCohort(t.dataSource, edition, 'Anglophone');
    const south = await createCohort(t.dataSource, edition, 'Lusophone');
    const people: { client: ApiClient; rating: number; needs?: string }[] = [];
    for (const [cohort, rating, needs, country, group] of [
      [north, 2, 'Tools to identify child labour in supply chains', 'GH', 'employers_organization'],
      [north, 4, undefined, 'NG', 'government'],
      [south, 1, 'Examples from Lusophone Africa', 'MZ', 'workers_organization'],
    ] as const) {
      const participant = await signedIn(t, 'participant', { country, constituencyGroup: group });
      await enrol(t.dataSource, edition, participant.user, { cohort });
      // Seated in the facilitator's elective module: the participants whose needs they follow.
      await seat(t.dataSource, mine, participant.user);
      people.push({ client: participant.client, rating, needs });
    }
    const silent = await signedIn(t, 'participant');
    await enrol(t.dataSource, edition, silent.user, { cohort: south });

    const { surveyId } = (await organizer.client.post<PreAssessmentStatus>(`/editions/${edition.id}/learning/pre-assessment`)).body;
    const content = (await organizer.client.get(`/surveys/${surveyId}`)).body.content;
    await sendNow(organizer.client, surveyId!);

    for (const person of people) {
      let pkg: LearningPackage;
      const deadline = Date.now() + 20_000;
      do {
        pkg = (await person.client.get<LearningPackage>(`/editions/${edition.id}/learning`)).body;
        if (!pkg.preAssessment.invitationId) await new Promise((resolve) => setTimeout(resolve, 200));
      } while (!pkg.preAssessment.invitationId && Date.now() < deadline);
      expect(pkg.preAssessment).toMatchObject({ surveyId, responded: false });
      const { token } = (await person.client.post(`/my/surveys/${pkg.preAssessment.invitationId}/link`)).body;
      const submitted = await t.client().post(`/survey-links/${token}/response`, {
        answers: answers(content, {
          knowledge_em2: person.rating,
          knowledge_em3: 5,
          ...(person.needs ? { needs_em2: person.needs } : {}),
          needs_em3: 'Not for this facilitator',
          expectations: `Expecting ${person.rating}`,
        }),
      });
      expect(submitted.status).toBe(201);
      expect((await person.client.get<LearningPackage>(`/editions/${edition.id}/learning`)).body.preAssessment.responded).toBe(true);
    }

    const byCohort = await facilitator.client.get<LearningNeeds>(`/editions/${edition.id}/learning/needs`);
    expect(byCohort.status).toBe(200);
    expect(byCohort.body.responses).toBe(3);
    expect(byCohort.body.modules.map((m) => m.item.id)).toEqual([mine.id]);
    const module = byCohort.body.modules[0]!;
    expect(module.overall).toEqual({ count: 3, mean: 2.3, distribution: [1, 1, 0, 1, 0] });
    expect(module.groups.map((g) => [g.label, g.count, g.mean])).toEqual([
      ['Anglophone', 2, 3],
      ['Lusophone', 1, 1],
    ]);
    expect(module.comments.map((c) => [c.text, c.group, c.rating])).toEqual([
      ['Tools to identify child labour in supply chains', 'Anglophone', 2],
      ['Examples from Lusophone Africa', 'Lusophone', 1],
    ]);
    expect(JSON.stringify(byCohort.body)).not.toContain('Not for this facilitator');
    expect(byCohort.body.expectations).toHaveLength(3);

    const byRegion = (await facilitator.client.get<LearningNeeds>(`/editions/${edition.id}/learning/needs?groupBy=ilo_region`)).body;
    expect(byRegion.modules[0]!.groups.map((g) => [g.group, g.count])).toEqual([['africa', 3]]);
    const byGroup = (await facilitator.client.get<LearningNeeds>(`/editions/${edition.id}/learning/needs?groupBy=constituency_group`)).body;
    expect(byGroup.modules[0]!.groups.map((g) => g.group ?? '').sort()).toEqual(['employers_organization', 'government', 'workers_organization']);

    expect((await facilitator.client.get(`/editions/${edition.id}/learning/needs?programmeItemId=${theirs.id}`)).status).toBe(403);
    expect((await people[0]!.client.get(`/editions/${edition.id}/learning/needs`)).status).toBe(403);
    const all = (await organizer.client.get<LearningNeeds>(`/editions/${edition.id}/learning/needs`)).body;
    expect(all.modules.map((m) => m.item.number)).toEqual([2, 3]);
    expect(all.modules[1]!.comments.map((c) => c.text)).toEqual(['Not for this facilitator', 'Not for this facilitator', 'Not for this facilitator']);
  }, 60_000);

  it('shows a facilitator only the needs of the participants of the cohorts and items they facilitate, organizers everyone', async () => {
    const edition = await createEdition(t.dataSource, { preLearningInDays: -5, faceToFaceInDays: 20 });
    const organizer = await signedIn(t, 'organizer');
    const coach = await signedIn(t, 'facilitator', { name: 'Coach of A' });
    const tutor = await signedIn(t, 'facilitator', { name: 'Tutor of module 4' });
    await enrol(t.dataSource, edition, coach.user);
    await enrol(t.dataSource, edition, tutor.user);
    const elective = await createModule(t.dataSource, edition, 4, [tutor.user]);
    const cohortA = await createCohort(t.dataSource, edition, 'Cohort A', [coach.user]);
    const cohortB = await createCohort(t.dataSource, edition, 'Cohort B');
    const people: Record<string, ApiClient> = {};
    for (const [name, cohort] of [
      ['Ana', cohortA],
      ['Ben', cohortA],
      ['Carla', cohortB],
      ['Dan', cohortB],
    ] as const) {
      const participant = await signedIn(t, 'participant', { name });
      await enrol(t.dataSource, edition, participant.user, { cohort });
      if (name === 'Carla') await seat(t.dataSource, elective, participant.user);
      people[name] = participant.client;
    }
    const { surveyId } = (await organizer.client.post<PreAssessmentStatus>(`/editions/${edition.id}/learning/pre-assessment`)).body;
    const content = (await organizer.client.get(`/surveys/${surveyId}`)).body.content;
    await sendNow(organizer.client, surveyId!);
    for (const [name, client] of Object.entries(people))
      await answerPreAssessment(t, client, edition.id, content, { knowledge_em4: 2, needs_em4: `${name} needs`, expectations: `${name} expects` });

    // The coach of cohort A facilitates no module: Ana's and Ben's general answers, nobody else's.
    const coachView = (await coach.client.get<LearningNeeds>(`/editions/${edition.id}/learning/needs`)).body;
    expect(coachView.responses).toBe(2);
    expect(coachView.modules).toEqual([]);
    expect(coachView.expectations.map((e) => [e.name, e.text, e.group])).toEqual([
      ['Ana', 'Ana expects', 'Cohort A'],
      ['Ben', 'Ben expects', 'Cohort A'],
    ]);
    expect((await coach.client.get(`/editions/${edition.id}/learning/needs?programmeItemId=${elective.id}`)).status).toBe(403);

    // The tutor of the elective module follows those seated in it, whatever their cohort.
    const tutorView = (await tutor.client.get<LearningNeeds>(`/editions/${edition.id}/learning/needs?programmeItemId=${elective.id}`)).body;
    expect(tutorView.responses).toBe(1);
    expect(tutorView.modules.map((m) => [m.item.id, m.overall.count, m.comments.map((c) => c.name)])).toEqual([[elective.id, 1, ['Carla']]]);
    expect(tutorView.expectations.map((e) => e.name)).toEqual(['Carla']);
    expect(JSON.stringify([coachView, tutorView])).not.toMatch(/Dan/);

    const all = (await organizer.client.get<LearningNeeds>(`/editions/${edition.id}/learning/needs`)).body;
    expect(all.responses).toBe(4);
    expect(all.modules[0]!.comments.map((c) => c.name ?? '').sort()).toEqual(['Ana', 'Ben', 'Carla', 'Dan']);
    expect(all.expectations).toHaveLength(4);
  }, 60_000);
});
